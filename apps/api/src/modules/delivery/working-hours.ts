import { isWorkingDay } from '@samverkan/agreements';
import { DateTime } from 'luxon';

const ZONE = 'Europe/Stockholm';

/** Working hours in Stockholm time, `HH:MM` each (the county's setting WORKING_HOURS; 08:00–17:00 the product default). */
export interface WorkingHours {
  from: string;
  to: string;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function working(day: DateTime): boolean {
  const result = isWorkingDay(day.toISODate() ?? '');
  return result.ok && result.value;
}

/**
 * The first instant at or after `at` that falls in working hours in Europe/Stockholm: on a
 * working day (a weekday that is neither a Swedish public holiday nor midsommarafton, julafton
 * or nyårsafton, as libs/agreements counts them), from `from` until before `to`. A reminder
 * written on a Friday evening goes out on Monday at `from`; one written at 10:00 on a Tuesday
 * goes out at once. Wall-clock times stay put across a change to or from summer time.
 */
export function nextWorkingMoment(at: Date, hours: WorkingHours): Date {
  const start = minutesOf(hours.from);
  const end = minutesOf(hours.to);
  const local = DateTime.fromJSDate(at, { zone: ZONE });
  const minute = local.hour * 60 + local.minute;
  if (working(local) && minute >= start && minute < end) return at;
  let day = local.startOf('day');
  if (!working(day) || minute >= end) day = day.plus({ days: 1 });
  // At most a fortnight of days off in a row (Christmas to Epiphany is the longest): bounded.
  for (let i = 0; i < 30 && !working(day); i += 1) day = day.plus({ days: 1 });
  return day.set({ hour: Math.floor(start / 60), minute: start % 60 }).toJSDate();
}
