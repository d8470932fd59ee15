import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from './role.js';
import { AuthError } from './auth.error.js';
import type { AuthenticatedRequest } from './auth.middleware.js';

const ROLES = 'samverkan:roles';

/** Restricts a route to users holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (user && required.some((role) => user.roles.includes(role))) return true;
    throw new AuthError('AUTH_FORBIDDEN', 403, `Requires one of the roles: ${required.join(', ')}`);
  }
}
