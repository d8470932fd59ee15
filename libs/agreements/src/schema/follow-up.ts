import { z } from 'zod';
import { clauseRefSchema, isoDateSchema, keySchema, textSchema } from './primitives.js';

/** The follow-up plan the parties owe by a date (uppföljningsplan). */
export const followUpPlanSchema = z.strictObject({
  due: isoDateSchema,
  by: z.array(keySchema).min(1),
  contents: textSchema.optional(),
  clause: clauseRefSchema,
});

/** The yearly report (årlig verksamhetsrapport) and the bodies it goes to. */
export const annualReportSchema = z.strictObject({
  recipients: z.array(z.strictObject({ body: keySchema, clause: clauseRefSchema })).min(1),
  /** Who prepares it: a party, role or body. */
  by: z.strictObject({ ref: keySchema, clause: clauseRefSchema }).optional(),
  clause: clauseRefSchema,
});

/** Uppföljning. */
export const followUpSchema = z.strictObject({
  plan: followUpPlanSchema.optional(),
  annualReport: annualReportSchema.optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;
