import { z } from 'zod';
import { parseRrule, rruleParts } from './rrule.js';
import { clauseRefSchema, countyChoiceSchema, isoDateSchema, timeOfDaySchema } from './primitives.js';

/** The RFC 5545 rule, checked for form; every problem is reported, in Swedish and English. */
export const rruleSchema = z.string().superRefine((text, ctx) => {
  const result = parseRrule(text);
  if (result.ok) return;
  for (const problem of result.problems) {
    ctx.addIssue({ code: 'custom', message: problem.en, params: { code: 'invalidRrule', sv: problem.sv } });
  }
});

/**
 * A rhythm the text fixes ("varje vecka"): an RRULE (`FREQ=WEEKLY;BYDAY=TU`) with the time of
 * day in Europe/Stockholm and, where known, the first date. Parts the text does not give but the
 * county had to choose (the weekday, the hour) are listed in `countyChoice`.
 */
export const recurrenceCadenceSchema = z.strictObject({
  kind: z.literal('recurrence'),
  rrule: rruleSchema,
  timeOfDay: timeOfDaySchema.optional(),
  start: isoDateSchema.optional(),
  clause: clauseRefSchema,
  countyChoice: countyChoiceSchema([...rruleParts, 'timeOfDay', 'start']).optional(),
});
export type RecurrenceCadence = z.infer<typeof recurrenceCadenceSchema>;

export const cadencePeriods = ['year', 'term'] as const;
export const cadencePeriodSchema = z.enum(cadencePeriods);
export type CadencePeriod = z.infer<typeof cadencePeriodSchema>;

/**
 * A number of meetings per period whose dates the convener sets: "4 gånger per år" is min 4 and
 * max 4 per year, "minst 4 gånger/år" min 4, "två till tre gånger per termin" min 2 max 3 per
 * term (termin: a half-year, spring or autumn).
 */
export const countPerPeriodCadenceSchema = z.strictObject({
  kind: z.literal('countPerPeriod'),
  min: z.number().int().positive().optional(),
  max: z.number().int().positive().optional(),
  per: cadencePeriodSchema,
  clause: clauseRefSchema,
  countyChoice: countyChoiceSchema(['min', 'max', 'per']).optional(),
});
export type CountPerPeriodCadence = z.infer<typeof countPerPeriodCadenceSchema>;

/** How often a body meets (mötesfrekvens). */
export const cadenceSchema = z.discriminatedUnion('kind', [recurrenceCadenceSchema, countPerPeriodCadenceSchema]);
export type Cadence = z.infer<typeof cadenceSchema>;
