import { CALENDAR_MAX_RANGE_YEARS } from '@samverkan/agreements';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.js';

/**
 * The dates a view may be asked about: 1900-01-01 through 2199-12-31. An agreement says nothing
 * about other centuries, and far dates only cost: recurrences walked towards them, durations
 * added beyond the date library's range. The same bounds as the years of a cost split.
 */
export const VIEW_FIRST_DATE = '1900-01-01';
export const VIEW_LAST_DATE = '2199-12-31';

/** A calendar date that exists (`2026-02-30` does not), within the view dates. */
const viewDate = z.iso
  .date('a calendar date YYYY-MM-DD that exists')
  .refine((date) => date >= VIEW_FIRST_DATE && date <= VIEW_LAST_DATE, {
    message: `a date from ${VIEW_FIRST_DATE} through ${VIEW_LAST_DATE}`,
  });
const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a key: lower-case letters, digits and single hyphens');

export const yearQuery = z.object({
  year: z.coerce.number('a year').int('a whole year').min(1900).max(2199).optional(),
});
export const withdrawalQuery = z.object({ party: key, noticeDate: viewDate.optional() });
export const dateQuery = z.object({ date: viewDate.optional() });
export const obligationsQuery = z.object({ party: key, date: viewDate.optional() });
export const diffQuery = z.object({
  against: z.string().regex(/^(template|latest|[1-9][0-9]{0,8})$/, 'a version number, latest or template'),
});
export const calendarQuery = z
  .object({ from: viewDate.optional(), to: viewDate.optional(), party: key.optional(), body: key.optional() })
  .refine((q) => !(q.party && q.body), { message: 'give party or body, not both', path: ['body'] });

export type CalendarQuery = z.infer<typeof calendarQuery>;

/**
 * The range of a calendar: `from` defaults to today, `to` to a year after `from` (28 February
 * for a 29 February); it runs forward and spans at most CALENDAR_MAX_RANGE_YEARS years and stays
 * within the view dates. Otherwise 422 VALIDATION_FAILED at `to`, as a bad query is answered.
 */
export function calendarRange(query: CalendarQuery, today: string): { from: string; to: string } {
  const from = query.from ?? today;
  const to = query.to ?? min(addYears(from, 1), VIEW_LAST_DATE);
  const latest = addYears(from, CALENDAR_MAX_RANGE_YEARS);
  if (to < from || to > latest) {
    throw new AppError('VALIDATION_FAILED', 422, 'The request query is invalid', {
      problems: [
        {
          path: 'to',
          message: `the range ${from}–${to} must run forward and span at most ${CALENDAR_MAX_RANGE_YEARS} years`,
        },
      ],
    });
  }
  return { from, to };
}

/** `YYYY-MM-DD` plus whole years; 29 February becomes 28 February in a common year. */
function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, 1));
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
