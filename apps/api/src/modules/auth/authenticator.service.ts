import { Injectable } from '@nestjs/common';
import { UsersService } from '../identity/users.service.js';
import { AuthError } from '../../platform/auth/auth.error.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import type { CallerResolver } from '../../platform/auth/caller-resolver.js';
import { TokenService } from './token.service.js';

/**
 * Turns an Authorization header into the user it names, or a 401/403 AuthError: the platform's
 * CALLER_RESOLVER.
 */
@Injectable()
export class Authenticator implements CallerResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async authenticate(authorization: string | undefined): Promise<AuthUser> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new AuthError('AUTH_REQUIRED', 401, 'A bearer token is required');
    const subject = await this.tokens.verify(match[1]);
    const user = await this.users.findBySubject(subject);
    if (!user) throw new AuthError('AUTH_UNKNOWN_USER', 403, 'The token is valid but names no user of Samverkan');
    return this.users.toAuthUser(user);
  }
}
