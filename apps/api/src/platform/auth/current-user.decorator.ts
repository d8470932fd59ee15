import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AuthError } from './auth.error.js';
import type { AuthenticatedRequest } from './auth.middleware.js';
import type { AuthUser } from './auth-user.js';

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new AuthError('AUTH_REQUIRED', 401, 'A bearer token is required');
  return user;
});
