import { STOCKHOLM, addWorkingDays } from '@samverkan/agreements';
import { DateTime, Duration } from 'luxon';

/**
 * Due times, in Swedish time (ARCHITECTURE.md, Time). Every result is an ISO 8601 instant with
 * its Stockholm offset (`2026-03-30T11:00:00+02:00`), so it reads as local time and is exact.
 *
 * - A duration's hours, minutes and seconds are elapsed time: "within 48 hours" (PT48H) is 48
 *   hours later across a DST change too. Its days, weeks, months and years are calendar time:
 *   P1D is the same wall-clock time the next day (23 or 25 hours across a change).
 * - N working days is the same wall-clock time on the N-th Swedish working day after the
 *   start's date (weekends, public holidays and the three eves skipped: libs/agreements'
 *   addWorkingDays, which never counts the start day itself).
 * - A date (an agreement's "senast den 30 juni", a term's last day) is due when that day is
 *   over: at midnight starting the next day.
 */

export function instant(text: string): DateTime {
  return DateTime.fromISO(text, { setZone: true }).setZone(STOCKHOLM);
}

export function formatInstant(time: DateTime): string {
  return time.setZone(STOCKHOLM).toISO({ suppressMilliseconds: true }) ?? '';
}

export function isValidInstant(text: string): boolean {
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && DateTime.fromISO(text, { setZone: true }).isValid;
}

export function afterDuration(from: string, iso: string): string {
  return formatInstant(instant(from).plus(Duration.fromISO(iso)));
}

export function beforeDuration(due: string, iso: string): string {
  return formatInstant(instant(due).minus(Duration.fromISO(iso)));
}

export function afterWorkingDays(from: string, days: number): string | undefined {
  const start = instant(from);
  const date = start.toISODate();
  if (date === null) return undefined;
  const result = addWorkingDays(date, days);
  if (!result.ok) return undefined;
  const day = DateTime.fromISO(result.value, { zone: STOCKHOLM }).set({
    hour: start.hour,
    minute: start.minute,
    second: start.second,
    millisecond: start.millisecond,
  });
  return formatInstant(day);
}

export function endOfDate(date: string): string {
  return formatInstant(DateTime.fromISO(date, { zone: STOCKHOLM }).plus({ days: 1 }).startOf('day'));
}

/** An instant or a date from a record, as the instant it is due. */
export function dueFromRecord(value: string, kind: 'instant' | 'date'): string {
  return kind === 'date' ? endOfDate(value) : formatInstant(instant(value));
}

export function isBefore(a: string, b: string): boolean {
  return instant(a).toMillis() < instant(b).toMillis();
}
