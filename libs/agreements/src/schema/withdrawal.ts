import { z } from 'zod';
import { clauseRefSchema, isoDurationSchema } from './primitives.js';

/** When a withdrawal can take effect: only at a year end, or at any month end. */
export const withdrawalEffectiveAts = ['yearEnd', 'anyMonthEnd'] as const;
export const withdrawalEffectiveAtSchema = z.enum(withdrawalEffectiveAts);
export type WithdrawalEffectiveAt = z.infer<typeof withdrawalEffectiveAtSchema>;

/** Uppsägning: a party leaves at the first `effectiveAt` at least `noticePeriod` after notice. */
export const withdrawalSchema = z.strictObject({
  noticePeriod: isoDurationSchema,
  effectiveAt: withdrawalEffectiveAtSchema,
  inWriting: z.boolean(),
  clause: clauseRefSchema,
});
export type Withdrawal = z.infer<typeof withdrawalSchema>;
