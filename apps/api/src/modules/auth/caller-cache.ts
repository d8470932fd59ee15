import { createHash } from 'node:crypto';
import type { AuthUser } from '../../platform/auth/auth-user.js';

/**
 * How long a verified token's user is remembered: every request of a signed-in user would
 * otherwise verify the signature and read the user and its party again (two queries and a
 * signature check each time). A change of a user's roles, party or grants therefore takes
 * effect within this time; an expired token is never served from here.
 */
export const CALLER_CACHE_TTL_MS = 30_000;
/** Tokens remembered at once; the oldest goes first. */
export const CALLER_CACHE_SIZE = 10_000;

interface Entry {
  user: AuthUser;
  until: number;
}

/** Verified tokens → their users, by a hash of the token (the token itself is not kept). */
export class CallerCache {
  private readonly entries = new Map<string, Entry>();

  get(token: string, now: number): AuthUser | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.user;
  }

  set(token: string, user: AuthUser, now: number, expiresAt: number | undefined): void {
    const until = Math.min(now + CALLER_CACHE_TTL_MS, expiresAt ?? Number.POSITIVE_INFINITY);
    if (until <= now) return;
    if (this.entries.size >= CALLER_CACHE_SIZE) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(keyOf(token), { user, until });
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
