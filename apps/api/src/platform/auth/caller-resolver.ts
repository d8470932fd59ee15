import type { AuthUser } from './auth-user.js';

/**
 * The port through which the platform learns who is calling: an Authorization header in, the
 * user it names out, or an AuthError (401/403). modules/auth provides it (tokens, users); the
 * platform's middleware only asks.
 */
export interface CallerResolver {
  authenticate(authorization: string | undefined): Promise<AuthUser>;
}

export const CALLER_RESOLVER = Symbol('CALLER_RESOLVER');
