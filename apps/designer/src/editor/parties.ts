import type { PartyKind } from '@samverkan/agreements';
import type { Municipality } from '../api/types';
import { freeKey } from './draft';
import { slug } from './new-agreement';

/** The clause the template lists its parties in (§ 2 Parter), as the first draft cites it. */
export const PARTIES_CLAUSE = '2';

/**
 * A party added after the draft was created: its key from its name (free in the list), its kind;
 * a municipality from the register with its code and population (the figure and its date).
 */
export function newParty(
  kind: PartyKind,
  name: string,
  taken: readonly { key: string }[],
  municipality?: Municipality,
): Record<string, unknown> & { key: string } {
  if (kind === 'municipality' && municipality) {
    return {
      key: freeKey(`${slug(municipality.name)}-kommun`, taken),
      name: `${municipality.name} kommun`,
      kind,
      municipalityCode: municipality.code,
      ...(municipality.population ? { population: municipality.population } : {}),
      clause: PARTIES_CLAUSE,
    };
  }
  return { key: freeKey(slug(name) || 'part', taken), name: name.trim(), kind, clause: PARTIES_CLAUSE };
}
