import type { AuthUser } from '../../platform/auth/auth-user.js';
import type { Role } from '../../platform/auth/role.js';
import { type InstanceBindings, partyPlaysAnyRole } from './instance-bindings.js';

/**
 * Who works in cases (issue 9, defect 7). Cases concern people at risk and are shared between
 * authorities under secrecy, so only those who do the work see them:
 * - a coordinator or member acts and reads for their organisation, in the cases where it plays
 *   a role of the routine (as bound at the start, the home municipality chosen);
 * - the admin (the integrator's operator) reads every case, to run the service, and acts in none;
 * - a strategist writes agreements and works in no case (a user who also does case work is given
 *   the coordinator or member role as well).
 */
export const caseWorkerRoles: readonly Role[] = ['coordinator', 'member'];

export function worksInCases(user: AuthUser): boolean {
  return user.roles.some((role) => caseWorkerRoles.includes(role));
}

export function readsEveryCase(user: AuthUser): boolean {
  return user.roles.includes('admin');
}

export function mayReadCase(user: AuthUser, bindings: InstanceBindings): boolean {
  return readsEveryCase(user) || (worksInCases(user) && partyPlaysAnyRole(bindings, user.party.key));
}

/** May act in this case at all; which events the organisation may send is the routine's to say. */
export function mayActInCase(user: AuthUser, bindings: InstanceBindings): boolean {
  return worksInCases(user) && partyPlaysAnyRole(bindings, user.party.key);
}
