import { z } from 'zod';
import { isoDateSchema, textSchema } from './primitives.js';

/**
 * A population figure (folkmängd) and what it refers to: the date of the count (SCB counts on
 * 31 December) or, where a source gives only the year, that year; and where it was read.
 * Either `date` or `year` is given (checked with the other rules).
 */
export const populationSchema = z.strictObject({
  count: z.number().int().positive(),
  date: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  source: textSchema,
});
export type Population = z.infer<typeof populationSchema>;
