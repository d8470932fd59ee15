import type { Role } from './role.js';

/** Who is calling: resolved from the bearer token on every /api request. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  party: { id: string; key: string; name: string; kind: string };
  /** Counties whose agreements this user may write (strategists only). */
  counties: string[];
}
