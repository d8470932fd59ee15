import { z } from 'zod';
import { levelSchema } from './level.js';
import { clauseRefSchema, keySchema, textSchema } from './primitives.js';

export const roleKinds = ['coordinator', 'representative', 'function'] as const;
export const roleKindSchema = z.enum(roleKinds);
export type RoleKind = z.infer<typeof roleKindSchema>;

/**
 * Who employs or appoints a role: the party a clause names (`clause`), or, where the text names
 * none (Norrbotten's 2012 texts create coordinators without saying who employs them), the party
 * the county has chosen, marked `source: { countyChoice: { note } }` with why, in Swedish. The
 * views show such a party as the county's choice, never as the text's.
 */
export const providedBySchema = z.union([
  z.strictObject({ party: keySchema, clause: clauseRefSchema }),
  z.strictObject({
    party: keySchema,
    source: z.strictObject({ countyChoice: z.strictObject({ note: textSchema }) }),
  }),
]);
export type ProvidedBy = z.infer<typeof providedBySchema>;

/** The county's note when a role's employing party is its own choice, not the text's. */
export function providerChoiceNote(providedBy: ProvidedBy | undefined): string | undefined {
  return providedBy !== undefined && 'source' in providedBy ? providedBy.source.countyChoice.note : undefined;
}

/**
 * A function the agreement names rather than an organisation: the coordinator, a party's
 * representative, a support centre. Bodies, commitments and routines refer to it by key.
 * A role at `subRegion` level without a `subRegion` means one such role in every sub-region.
 */
export const roleSchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  kind: roleKindSchema,
  level: levelSchema.optional(),
  subRegion: keySchema.optional(),
  /** The party that employs or appoints it: as a clause says, or as the county's own choice. */
  providedBy: providedBySchema.optional(),
  /** Share of a full-time post, in percent (20 = "20 % av en tjänst"; 100 = a full-time post). */
  extentPercent: z.number().positive().max(100).optional(),
  /** How many substitutes (ersättare) the providing party appoints. */
  substitutes: z.number().int().positive().optional(),
  clause: clauseRefSchema,
});
export type Role = z.infer<typeof roleSchema>;
