import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesGuard } from './roles.guard.js';

/**
 * Who is calling, inside Nest: `@Roles(...)` checked on every route. Who the caller is comes
 * from the auth middleware, through the CALLER_RESOLVER a feature module provides.
 */
@Module({ providers: [{ provide: APP_GUARD, useClass: RolesGuard }] })
export class RolesModule {}
