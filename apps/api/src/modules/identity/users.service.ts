import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findBySubject(subject: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { subject }, relations: { party: true } });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { username }, relations: { party: true } });
  }

  toAuthUser(user: UserEntity): AuthUser {
    if (!user.party) throw new Error(`user ${user.id} was loaded without its party`);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      party: { id: user.party.id, name: user.party.name, kind: user.party.kind },
    };
  }
}
