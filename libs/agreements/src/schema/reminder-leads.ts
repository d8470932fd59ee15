import { z } from 'zod';
import { dateNoticeKinds, type DateNoticeKind } from '../notices/reminder-leads.js';
import { timeOfDaySchema } from './primitives.js';

/**
 * A county's lead time for one kind of date reminder: whole days before the date (a year at
 * most: a yearly date's reminder must come after the one before it) and the local time.
 */
export const reminderLeadChoiceSchema = z.strictObject({
  daysBefore: z.number().int().min(0).max(365),
  at: timeOfDaySchema.optional(),
});
export type ReminderLeadChoice = z.infer<typeof reminderLeadChoiceSchema>;

/** The county's lead times, by kind of date reminder (product defaults for the kinds left out). */
export const reminderLeadsSchema = z.strictObject(
  Object.fromEntries(dateNoticeKinds.map((kind) => [kind, reminderLeadChoiceSchema.optional()])) as Record<
    DateNoticeKind,
    z.ZodOptional<typeof reminderLeadChoiceSchema>
  >,
);
export type ReminderLeads = z.infer<typeof reminderLeadsSchema>;
