import { z } from 'zod';
import { isoDateSchema, textSchema } from './primitives.js';

/**
 * A population figure (folkmängd) and what it refers to: the date of the count (SCB counts on
 * 31 December) or, where a source gives only the year, that year; and where it was read.
 * Either `date` or `year` is given (checked with the other rules).
 */
export interface Population {
  count: number;
  /** ISO 8601 date of the count. */
  date?: string;
  year?: number;
  source: string;
}

// Declared as an interface (checked against the schema here) so that the API's answer schemas
// can be generated from the types that hold a population (the municipality register).
export const populationSchema: z.ZodType<Population> = z.strictObject({
  count: z.number().int().positive(),
  date: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  source: textSchema,
});
