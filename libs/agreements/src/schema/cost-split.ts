import { z } from 'zod';
import { costMethodSchema } from './cost-method.js';
import { amountSchema, clauseRefSchema, isoDateSchema, keySchema, readingSchema, textSchema } from './primitives.js';

/** One cost (a budget line, or a line's share for one group of payers) and how it is split.
 * `amount` is per calendar year, in öre; absent where the text names the cost but not its size. */
export const costItemSchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  amount: amountSchema.optional(),
  method: costMethodSchema,
  clause: clauseRefSchema,
});
export type CostItem = z.infer<typeof costItemSchema>;

/** A total the text states; the items it names must add up to it exactly. */
export const costTotalSchema = z.strictObject({
  key: keySchema,
  label: textSchema,
  amount: amountSchema,
  items: z.array(keySchema).min(1),
  clause: clauseRefSchema,
});
export type CostTotal = z.infer<typeof costTotalSchema>;

/**
 * How a funding enters the split in its `year`: `amount` deducts its amount from the gross of the
 * items it `covers` before their payers split the rest ("Kostnaderna utöver finansiering via
 * socialstyrelsens utvecklingsmedel föreslås fördelas …", seed 003 § 6.1); `whole` pays the whole
 * of them (a party financing its own part with a grant larger than it). Absent: the funding is
 * shown beside the split and deducted from nothing.
 */
export const fundingDeductions = ['amount', 'whole'] as const;
export const fundingDeductionSchema = z.enum(fundingDeductions);
export type FundingDeduction = z.infer<typeof fundingDeductionSchema>;

/** Money from outside the split (state development funds, a county board's project funds). */
export const fundingSchema = z.strictObject({
  key: keySchema,
  funder: textSchema,
  description: textSchema.optional(),
  /** In öre: for the `year` where one is given. */
  amount: amountSchema.optional(),
  /** The text gives the amount as an estimate ("omkring 1 mnkr"). */
  approximate: z.boolean().optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  /** The cost items it goes towards. */
  covers: z.array(keySchema).min(1).optional(),
  /** Whether and how it reduces what the payers of `covers` split in `year` (checked with the other rules). */
  deduct: fundingDeductionSchema.optional(),
  /** What of it is a reading of the text rather than its words. */
  reading: readingSchema(['amount', 'year', 'covers', 'deduct']).optional(),
  clause: clauseRefSchema,
});
export type Funding = z.infer<typeof fundingSchema>;

/** A date the project period rests on, with the clause that gives it. */
const periodDateSchema = z.strictObject({
  date: isoDateSchema,
  clause: clauseRefSchema,
  reading: readingSchema(['date']).optional(),
});

/**
 * The project period the financing covers (seed 003: the centre starts 2017-01-01, § 7, for "en
 * treårig projekttid", § 6.1), both dates inclusive. A funding that deducts must fall in it.
 */
export const projectPeriodSchema = z.strictObject({
  start: periodDateSchema,
  end: periodDateSchema,
});
export type ProjectPeriod = z.infer<typeof projectPeriodSchema>;

/** Kostnadsfördelning. */
export const costSplitSchema = z.strictObject({
  items: z.array(costItemSchema).optional(),
  totals: z.array(costTotalSchema).optional(),
  funding: z.array(fundingSchema).optional(),
  projectPeriod: projectPeriodSchema.optional(),
  /** Parties that bear their own staff and costs ("Övriga parter bekostar sin egen personal"). */
  selfFunded: z.strictObject({ parties: z.array(keySchema).min(1), clause: clauseRefSchema }).optional(),
  /** Where questions about other costs are decided. */
  otherCostsDecidedBy: z.strictObject({ body: keySchema, clause: clauseRefSchema }).optional(),
  clause: clauseRefSchema,
});
export type CostSplit = z.infer<typeof costSplitSchema>;
