import { z } from 'zod';
import { levelSchema } from './level.js';
import { clauseRefSchema, keySchema, textSchema } from './primitives.js';

export const roleKinds = ['coordinator', 'representative', 'function'] as const;
export const roleKindSchema = z.enum(roleKinds);
export type RoleKind = z.infer<typeof roleKindSchema>;

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
  /** The party that employs or appoints it, and the clause that says so. */
  providedBy: z.strictObject({ party: keySchema, clause: clauseRefSchema }).optional(),
  /** Share of a full-time post, in percent (20 = "20 % av en tjänst"; 100 = a full-time post). */
  extentPercent: z.number().positive().max(100).optional(),
  /** How many substitutes (ersättare) the providing party appoints. */
  substitutes: z.number().int().positive().optional(),
  clause: clauseRefSchema,
});
export type Role = z.infer<typeof roleSchema>;
