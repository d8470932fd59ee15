import { z } from 'zod';
import { clauseRefSchema, keySchema, textSchema } from './primitives.js';

/** A part of the county (länsdel) served by its own coordinator or working group. */
export const subRegionSchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  clause: clauseRefSchema,
});
export type SubRegion = z.infer<typeof subRegionSchema>;
