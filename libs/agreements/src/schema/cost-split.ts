import { z } from 'zod';
import { costMethodSchema } from './cost-method.js';
import { amountSchema, clauseRefSchema, keySchema, textSchema } from './primitives.js';

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

/** Money from outside the split (state development funds, a county board's project funds). */
export const fundingSchema = z.strictObject({
  key: keySchema,
  funder: textSchema,
  description: textSchema.optional(),
  amount: amountSchema.optional(),
  /** The text gives the amount as an estimate ("omkring 1 mnkr"). */
  approximate: z.boolean().optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  /** The cost items it goes towards. */
  covers: z.array(keySchema).min(1).optional(),
  clause: clauseRefSchema,
});
export type Funding = z.infer<typeof fundingSchema>;

/** Kostnadsfördelning. */
export const costSplitSchema = z.strictObject({
  items: z.array(costItemSchema).optional(),
  totals: z.array(costTotalSchema).optional(),
  funding: z.array(fundingSchema).optional(),
  /** Parties that bear their own staff and costs ("Övriga parter bekostar sin egen personal"). */
  selfFunded: z.strictObject({ parties: z.array(keySchema).min(1), clause: clauseRefSchema }).optional(),
  /** Where questions about other costs are decided. */
  otherCostsDecidedBy: z.strictObject({ body: keySchema, clause: clauseRefSchema }).optional(),
  clause: clauseRefSchema,
});
export type CostSplit = z.infer<typeof costSplitSchema>;
