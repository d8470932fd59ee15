/** Dates as the agreements keep them: local days in Europe/Stockholm, `YYYY-MM-DD`. */
const TIME_ZONE = 'Europe/Stockholm';

const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Stockholm (not in the browser's own zone: a strategist abroad sees the county's day). */
export function stockholmToday(now: Date = new Date()): string {
  return isoDay.format(now);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

const longDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const monthName = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', month: 'long' });
const dateTime = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });

/** A local day as noon UTC, so that formatting in UTC gives the same day everywhere. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** "tisdag 3 februari 2027" */
export const formatLongDay = (day: string) => longDay.format(noon(day));
/** "3 februari 2027" */
export const formatDay = (day: string) => shortDay.format(noon(day));
/** "februari" for 2027-02 */
export const formatMonth = (day: string) => monthName.format(noon(day));
/** An instant (ISO 8601) as Stockholm's date and time: "3 februari 2027 14:05". */
export const formatInstant = (instant: string) => dateTime.format(new Date(instant));
/** "14:00" from an ISO 8601 local time with offset, as the calendar gives it. */
export const timeOfDay = (start: string) => start.slice(11, 16);
