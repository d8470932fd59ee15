import { type AgreementVersion, calendarBetween, calendarInputOf } from '@samverkan/agreements';
import { formatLongDay, timeOfDay } from '../app/stockholm';

/**
 * The next meetings of a body from `from` (a date in Stockholm), in Swedish, computed by the
 * calendar of `@samverkan/agreements`: the same code as the API's calendar. Where the convener
 * sets the dates, the calendar's note of the period and its count.
 */
export function nextMeetings(version: AgreementVersion, body: string, from: string, count = 5): string[] {
  const to = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  const result = calendarBetween(calendarInputOf(version), from, to);
  if (!result.ok) return [];
  return result.value.entries
    .filter((entry) => entry.bodyKey === body && (entry.kind === 'meeting' || entry.kind === 'meetingsToSchedule'))
    .slice(0, count)
    .map((entry) =>
      entry.kind === 'meeting' && !entry.allDay
        ? `${formatLongDay(entry.date)} kl. ${timeOfDay(entry.start)}`
        : `${formatLongDay(entry.date)}: ${entry.title}`,
    );
}
