import { z } from 'zod';
import { countyCodeSchema, textSchema } from './primitives.js';

/** The county (län) whose agreement this is. */
export const countySchema = z.strictObject({
  code: countyCodeSchema,
  name: textSchema,
});
export type County = z.infer<typeof countySchema>;
