import { Injectable } from '@nestjs/common';
import { UsersService } from '../identity/users.service.js';
import { AuthError } from '../../platform/auth/auth.error.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import type { CallerResolver } from '../../platform/auth/caller-resolver.js';
import { CallerCache } from './caller-cache.js';
import { TokenService } from './token.service.js';

/**
 * Turns an Authorization header into the user it names, or a 401/403 AuthError: the platform's
 * CALLER_RESOLVER. A verified token's user is remembered for a short while (CallerCache), so a
 * signed-in user's requests cost neither a signature check nor a query each.
 */
@Injectable()
export class Authenticator implements CallerResolver {
  private readonly cache = new CallerCache();

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async authenticate(authorization: string | undefined): Promise<AuthUser> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) throw new AuthError('AUTH_REQUIRED', 401, 'A bearer token is required');
    // Wall-clock time, as the token's own expiry is checked: not business time (Clock).
    const cached = this.cache.get(token, Date.now());
    if (cached) return cached;
    const { subject, expiresAt } = await this.tokens.verify(token);
    const user = await this.users.findBySubject(subject);
    if (!user) throw new AuthError('AUTH_UNKNOWN_USER', 403, 'The token is valid but names no user of Samverkan');
    const caller = await this.users.toAuthUser(user);
    this.cache.set(token, caller, Date.now(), expiresAt);
    return caller;
  }
}
