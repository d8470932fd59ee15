import { z } from 'zod';
import { clauseRefSchema, keySchema } from './primitives.js';

/** Who signs (one signature page each) and in how many copies the agreement is made. */
export const signingSchema = z.strictObject({
  parties: z.array(keySchema).min(1),
  copies: z.number().int().positive().optional(),
  clause: clauseRefSchema,
});
export type Signing = z.infer<typeof signingSchema>;
