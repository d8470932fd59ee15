import { findPersonalData } from '@samverkan/workflows';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { canWrite } from '../agreements/agreement-access.js';
import { LifecycleError } from './lifecycle.error.js';

/**
 * Who may record what a party signed — its signature, its notice of withdrawal: the party's own
 * strategist or coordinator, the county's strategists (who collect the signed papers) and the
 * admin (access-policy.ts: partyRecorders).
 */
export function mayRecordFor(user: AuthUser, party: string, countyCode: string): boolean {
  return (
    user.roles.includes('admin') ||
    canWrite(user, countyCode) ||
    (user.party.key === party && (user.roles.includes('strategist') || user.roles.includes('coordinator')))
  );
}

/** The signatory is recorded by function, never by name: a function that looks like personal data is a 422. */
export function refusePersonalFunction(signatoryFunction: string): void {
  if (findPersonalData({ signatoryFunction }).length > 0) {
    throw new LifecycleError('PERSONAL_DATA_REJECTED', 422, 'The signatory’s function looks like personal data', {
      problems: [{ path: 'signatoryFunction', message: 'a function or title, never a name, number or address' }],
    });
  }
}
