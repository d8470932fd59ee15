import { z } from 'zod';
import {
  amountSchema,
  clauseRefSchema,
  countyChoiceSchema,
  isoDateSchema,
  keySchema,
  textSchema,
} from './primitives.js';

/**
 * Which population figures a split by population uses: a count date (or year) and where the
 * figures were read. Every payer's `population` must refer to the same date (or year).
 */
export const populationReferenceSchema = z.strictObject({
  date: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  source: textSchema,
  clause: clauseRefSchema.optional(),
  countyChoice: countyChoiceSchema(['date', 'year', 'source']).optional(),
});
export type PopulationReference = z.infer<typeof populationReferenceSchema>;

export const byPopulationSchema = z.strictObject({
  method: z.literal('byPopulation'),
  payers: z.array(keySchema).min(1),
  population: populationReferenceSchema,
  /** A figure the text states per inhabitant ("ca 10 kr/länsinvånare"), kept to compare with. */
  statedPerInhabitant: z
    .strictObject({ amount: amountSchema, approximate: z.boolean(), clause: clauseRefSchema })
    .optional(),
  clause: clauseRefSchema,
});

export const equalSchema = z.strictObject({
  method: z.literal('equal'),
  payers: z.array(keySchema).min(1),
  clause: clauseRefSchema,
});

/** Fixed shares in percent; they sum to exactly 100. One payer at 100 pays it all. */
export const fixedSharesSchema = z.strictObject({
  method: z.literal('fixedShares'),
  shares: z.array(z.strictObject({ party: keySchema, percent: z.number().positive().max(100) })).min(1),
  clause: clauseRefSchema,
});

/** Split as another agreement sets it ("enligt Centrum mot vålds samverkansavtal"). */
export const asSetInAgreementSchema = z.strictObject({
  method: z.literal('asSetInAgreement'),
  agreement: textSchema,
  payers: z.array(keySchema).min(1),
  clause: clauseRefSchema,
});

export const costMethodSchema = z.discriminatedUnion('method', [
  byPopulationSchema,
  equalSchema,
  fixedSharesSchema,
  asSetInAgreementSchema,
]);
export type CostMethod = z.infer<typeof costMethodSchema>;
export type CostMethodName = CostMethod['method'];
