import { z } from 'zod';
import { clauseRefSchema, keySchema, textSchema } from './primitives.js';

/** Om samverkan inte fungerar: the bodies a dispute climbs, first level first. */
export const escalationLadderSchema = z.strictObject({
  levels: z.array(z.strictObject({ body: keySchema, description: textSchema.optional() })).min(1),
  clause: clauseRefSchema,
});
export type EscalationLadder = z.infer<typeof escalationLadderSchema>;
