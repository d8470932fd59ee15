import Holidays from 'date-holidays';
import { type DateTime } from 'luxon';
import { formatDate, parseDate } from './dates.js';
import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';

export interface NonWorkingDay {
  date: string;
  /** Swedish name, as date-holidays gives it: "midsommarafton", "juldagen". */
  name: string;
  kind: 'publicHoliday' | 'eve';
}

/**
 * The days that are not working days in Sweden besides Saturdays and Sundays: the public
 * holidays (allmänna helgdagar, lag 1989:253) and midsommarafton, julafton and nyårsafton.
 * The three eves are not public holidays in law, but Swedish practice treats them as Sundays:
 * semesterlagen (1977:480) 3 a § and lag (1930:173) om beräkning av lagstadgad tid 2 § both do,
 * and most offices are closed. Other eves (trettondagsafton, skärtorsdagen, valborgsmässoafton,
 * allhelgonaafton) and annandag pingst (no longer a holiday since 2005) are working days.
 * date-holidays marks the public holidays `public` and exactly these three eves `bank` for SE.
 */
export function swedishNonWorkingDays(year: number): NonWorkingDay[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const days = calendar()
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
    .map((holiday): NonWorkingDay => ({
      date: holiday.date.slice(0, 10),
      name: holiday.name,
      kind: holiday.type === 'public' ? 'publicHoliday' : 'eve',
    }));
  byYear.set(year, days);
  return days;
}

/** Whether a day (`YYYY-MM-DD`) is a working day: a weekday that is neither holiday nor eve. */
export function isWorkingDay(date: string): CalculatorResult<boolean> {
  const problems: CalculatorProblem[] = [];
  const day = parseDate(date, ['date'], problems);
  if (day === undefined) return failed(problems);
  return ok(isWorking(day));
}

/**
 * The most working days counted at once: some forty years, far beyond any deadline, and a walk
 * of day after day that stays short.
 */
export const MAX_WORKING_DAYS = 10_000;

/**
 * The n-th working day after `start` (a negative n counts back). The start itself is never
 * counted, whether or not it is a working day: "within 3 working days" of a Friday afternoon
 * is the Wednesday after, and n = 0 gives the start unchanged. Weekends, public holidays and
 * midsommarafton, julafton and nyårsafton are skipped (see swedishNonWorkingDays).
 */
export function addWorkingDays(start: string, n: number): CalculatorResult<string> {
  const problems: CalculatorProblem[] = [];
  const day = parseDate(start, ['start'], problems);
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
    problems.push(
      problem(
        'INVALID_COUNT',
        ['n'],
        `Antalet arbetsdagar måste vara ett heltal mellan −10 000 och 10 000 (fick ${n}).`,
        `The number of working days must be a whole number from −10,000 to 10,000 (got ${n}).`,
      ),
    );
  }
  if (day === undefined || problems.length > 0) return failed(problems);
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0;) {
    current = current.plus({ days: step });
    if (isWorking(current)) left -= 1;
  }
  return ok(formatDate(current));
}

function isWorking(day: DateTime): boolean {
  if (day.weekday >= 6) return false;
  const date = formatDate(day);
  return !swedishNonWorkingDays(day.year).some((holiday) => holiday.date === date);
}

const byYear = new Map<number, NonWorkingDay[]>();
let swedish: Holidays | undefined;

// Built on first use: date-holidays reads its rules for every country when constructed.
function calendar(): Holidays {
  swedish ??= new Holidays('SE');
  return swedish;
}
