import type { AuthUser } from '../../platform/auth/auth-user.js';

/**
 * Who may do what with a county's agreement (pure, so the rules read in one place):
 * a strategist writes only the counties granted to them; every member of a party to the
 * agreement reads its published versions; drafts are for the county's strategists; the
 * integrator's admin reads everything and writes nothing.
 */
export function canWrite(user: AuthUser, countyCode: string): boolean {
  return user.roles.includes('strategist') && user.counties.includes(countyCode);
}

export function canReadDrafts(user: AuthUser, countyCode: string): boolean {
  return user.roles.includes('admin') || canWrite(user, countyCode);
}

export function canReadPublished(user: AuthUser, countyCode: string, partyKeys: readonly string[]): boolean {
  return canReadDrafts(user, countyCode) || partyKeys.includes(user.party.key);
}

/** The party keys a version's content names (its readers, once published). */
export function partyKeysOf(content: unknown): string[] {
  const parties = (content as { parties?: unknown })?.parties;
  return Array.isArray(parties) ? parties.map((p) => String((p as { key?: unknown }).key)) : [];
}
