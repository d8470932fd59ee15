import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeController } from './me.controller.js';
import { StrategistGrantEntity } from './strategist-grant.entity.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** The users of Samverkan, their roles, their organisation and their counties' grants. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, StrategistGrantEntity])],
  controllers: [MeController],
  providers: [UsersService],
  exports: [UsersService],
})
export class IdentityModule {
  static readonly entities = [UserEntity, StrategistGrantEntity];
}
