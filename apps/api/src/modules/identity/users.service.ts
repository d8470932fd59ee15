import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { StrategistGrantEntity } from './strategist-grant.entity.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(StrategistGrantEntity) private readonly grants: Repository<StrategistGrantEntity>,
  ) {}

  findBySubject(subject: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { subject }, relations: { party: true } });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { username }, relations: { party: true } });
  }

  async toAuthUser(user: UserEntity): Promise<AuthUser> {
    if (!user.party) throw new Error(`user ${user.id} was loaded without its party`);
    const counties = user.roles.includes('strategist')
      ? (await this.grants.find({ where: { userId: user.id }, order: { countyCode: 'ASC' } })).map((g) => g.countyCode)
      : [];
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      party: { id: user.party.id, key: user.party.key, name: user.party.name, kind: user.party.kind },
      counties,
    };
  }
}
