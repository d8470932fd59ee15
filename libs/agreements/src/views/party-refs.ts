import type { AgreementVersion } from '../schema/agreement-version.js';
import type { Body } from '../schema/body.js';

/**
 * The parties behind a key that may name a party, a role (the party that provides it) or a
 * body (the parties that sit in it): commitments and follow-up duties use all three.
 */
export function partiesBehind(version: AgreementVersion, key: string): string[] {
  if (version.parties.some((party) => party.key === key)) return [key];
  const role = version.roles?.find((r) => r.key === key);
  if (role) return role.providedBy ? [role.providedBy.party] : [];
  const body = version.bodies?.find((b) => b.key === key);
  return body ? memberParties(version, body) : [];
}

export function memberParties(version: AgreementVersion, body: Body): string[] {
  const keys = (body.members ?? []).flatMap((member) =>
    'party' in member ? [member.party] : 'role' in member ? partiesBehind(version, member.role) : [],
  );
  return [...new Set(keys)];
}

export function partiesBehindAll(version: AgreementVersion, keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((key) => partiesBehind(version, key)))];
}
