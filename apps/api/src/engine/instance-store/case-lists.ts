import type { AuthUser } from '../../platform/auth/auth-user.js';
import { EngineError } from '../engine.error.js';
import { readsEveryCase, worksInCases } from './case-access.js';

/** At most this many rows in a list of tasks or notifications: a page, not an export. */
export const CASE_LIST_LIMIT = 500;

/**
 * Whose tasks and notifications a caller lists: the admin everyone's, a case worker their
 * organisation's; anyone else is refused (docs/security.md).
 */
export function listScope(user: AuthUser): string | 'anyone' {
  if (readsEveryCase(user)) return 'anyone';
  if (worksInCases(user)) return user.party.key;
  throw new EngineError('CASE_ROLE_REQUIRED', 403, 'Tasks and notifications are for case workers of an organisation');
}
