import { z } from 'zod';
import { clauseRefSchema, isoDateSchema, isoDurationSchema } from './primitives.js';

/** Automatic renewal by `period` at each end unless the parties agree otherwise, or none. */
export const renewalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('automatic'), period: isoDurationSchema, clause: clauseRefSchema }),
  z.strictObject({ kind: z.literal('none'), clause: clauseRefSchema }),
]);
export type Renewal = z.infer<typeof renewalSchema>;

/** Giltighet: in force from `start` through `end` (both inclusive). */
export const termSchema = z.strictObject({
  start: isoDateSchema,
  end: isoDateSchema.optional(),
  renewal: renewalSchema.optional(),
  clause: clauseRefSchema,
});
export type Term = z.infer<typeof termSchema>;
