import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/** A role's providing party and sub-region exist; only a sub-region role names a sub-region. */
export function checkRoles(ctx: CheckContext): void {
  eachItem(ctx.draft.roles, (role, index) => {
    const path = ['roles', index];
    if (role.providedBy) ctx.expectRef(role.providedBy.party, ['party'], [...path, 'providedBy', 'party']);
    if (role.subRegion !== undefined) {
      ctx.expectSubRegion(role.subRegion, [...path, 'subRegion']);
      if (role.level !== 'subRegion') {
        ctx.report(
          [...path, 'level'],
          'levelMismatch',
          'en roll i en länsdel ska ha nivån länsdel (subRegion)',
          'a role in a sub-region must have level subRegion',
        );
      }
    }
  });
}
