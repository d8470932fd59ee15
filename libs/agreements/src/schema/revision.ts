import { z } from 'zod';
import { clauseRefSchema, textSchema } from './primitives.js';

/** Revidering: who may ask for the agreement to be revised, and when. */
export const revisionSchema = z.strictObject({
  requestedBy: z.literal('anyParty'),
  condition: textSchema.optional(),
  clause: clauseRefSchema,
});
export type Revision = z.infer<typeof revisionSchema>;
