import { DateTime, Duration } from 'luxon';
import { type CalculatorProblem, type ProblemPath, problem } from './problems.js';

/** Every agreement is read in Swedish time (ARCHITECTURE.md, Time). */
export const STOCKHOLM = 'Europe/Stockholm';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const localDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
// Whole numbers only: luxon alone also accepts "P", "P-1M" and "P1.5M", which no clause means.
const durationPattern = /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/** A calendar date `YYYY-MM-DD`, as the start of that day in Stockholm. */
export function parseDate(text: unknown, path: ProblemPath, problems: CalculatorProblem[]): DateTime | undefined {
  if (typeof text === 'string' && datePattern.test(text)) {
    const date = DateTime.fromISO(text, { zone: STOCKHOLM });
    if (date.isValid) return date;
  }
  problems.push(
    problem(
      'INVALID_DATE',
      path,
      `Ogiltigt datum ${JSON.stringify(text)}: ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.`,
      `Invalid date ${JSON.stringify(text)}: give a date that exists, as YYYY-MM-DD.`,
    ),
  );
  return undefined;
}

/**
 * A local wall-clock time in Stockholm, `YYYY-MM-DDTHH:mm[:ss]`, without an offset: the offset
 * follows from the date (CET or CEST), as RFC 5545 § 3.3.5 reads local times: one that does not
 * exist (02:30 on the last Sunday of March) is the instant an hour later (03:30 CEST), and one
 * that occurs twice (02:30 on the last Sunday of October) is the first (02:30 CEST).
 */
export function parseLocalDateTime(
  text: unknown,
  path: ProblemPath,
  problems: CalculatorProblem[],
): DateTime | undefined {
  if (typeof text === 'string' && localDateTimePattern.test(text)) {
    const dateTime = DateTime.fromISO(text, { zone: STOCKHOLM });
    if (dateTime.isValid) return firstOccurrence(dateTime);
  }
  problems.push(
    problem(
      'INVALID_DATE_TIME',
      path,
      `Ogiltig lokal tid ${JSON.stringify(text)}: ange ÅÅÅÅ-MM-DDTHH:mm i svensk tid, utan tidszon.`,
      `Invalid local time ${JSON.stringify(text)}: give YYYY-MM-DDTHH:mm in Swedish time, without an offset.`,
    ),
  );
  return undefined;
}

/** Wall-clock fields in Stockholm as an instant, by the rules of parseLocalDateTime. */
export function stockholmWallClock(fields: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): DateTime {
  return firstOccurrence(DateTime.fromObject(fields, { zone: STOCKHOLM }));
}

// luxon may resolve a wall-clock time that occurs twice to either instant; take the earlier.
function firstOccurrence(dateTime: DateTime): DateTime {
  const hourBefore = dateTime.minus({ hours: 1 });
  const same = hourBefore.hour === dateTime.hour && hourBefore.minute === dateTime.minute;
  return same ? hourBefore : dateTime;
}

/** A date (an all-day value) or a local date-time, as recurring commitments may have either. */
export function parseDateOrLocalDateTime(
  text: unknown,
  path: ProblemPath,
  problems: CalculatorProblem[],
): { at: DateTime; allDay: boolean } | undefined {
  if (typeof text === 'string' && datePattern.test(text)) {
    const at = parseDate(text, path, problems);
    return at && { at, allDay: true };
  }
  const at = parseLocalDateTime(text, path, problems);
  return at && { at, allDay: false };
}

/**
 * The longest duration a clause may state: a notice period or a renewal of at most a hundred
 * years. Longer ones mean nothing in an agreement, and dates that far off leave the range of
 * the date library (a renewal of P999999Y made the calendar loop without end).
 */
export const MAX_DURATION_YEARS = 100;

/**
 * A positive ISO 8601 duration with whole-number parts (`P6M`, `P1Y`, `P30D`, `PT48H`), at most
 * MAX_DURATION_YEARS long. With
 * `datesOnly`, hours, minutes and seconds are refused: a notice period or a renewal is counted in
 * calendar days, months and years.
 */
export function parseDuration(
  text: unknown,
  path: ProblemPath,
  problems: CalculatorProblem[],
  options: { datesOnly: boolean },
): Duration | undefined {
  const fail = (sv: string, en: string): undefined => {
    problems.push(problem('INVALID_DURATION', path, sv, en));
    return undefined;
  };
  if (typeof text !== 'string' || !durationPattern.test(text) || text === 'P' || text.endsWith('T')) {
    return fail(
      `Ogiltig tidslängd ${JSON.stringify(text)}: ange en ISO 8601-tidslängd med heltal, t.ex. P6M eller P1Y.`,
      `Invalid duration ${JSON.stringify(text)}: give an ISO 8601 duration in whole numbers, e.g. P6M or P1Y.`,
    );
  }
  const duration = Duration.fromISO(text);
  if (!duration.isValid) {
    return fail(`Ogiltig tidslängd ${JSON.stringify(text)}.`, `Invalid duration ${JSON.stringify(text)}.`);
  }
  if (options.datesOnly && (duration.hours || duration.minutes || duration.seconds)) {
    return fail(
      `Tidslängden ${text} ska anges i år, månader, veckor eller dagar, inte i timmar, minuter eller sekunder.`,
      `The duration ${text} must be given in years, months, weeks or days, not hours, minutes or seconds.`,
    );
  }
  const parts = Object.values(duration.toObject());
  if (!parts.some((part) => part > 0)) {
    return fail(`Tidslängden ${text} måste vara längre än noll.`, `The duration ${text} must be longer than zero.`);
  }
  if (duration.as('years') > MAX_DURATION_YEARS) {
    return fail(
      `Tidslängden ${text} är längre än ${MAX_DURATION_YEARS} år.`,
      `The duration ${text} is longer than ${MAX_DURATION_YEARS} years.`,
    );
  }
  return duration;
}

/**
 * Whether a duration can be counted from an instant, as a routine's deadline, reminder or
 * escalation counts it: ISO 8601, zero allowed ("at once", PT0S), at most MAX_DURATION_YEARS.
 * A longer one leaves the date library's range and gave no due time at all (P99999999Y made the
 * case's next event fail in the database). The problem in Swedish and English, or undefined.
 */
export function countableDurationProblem(text: string): { sv: string; en: string } | undefined {
  const duration = Duration.fromISO(text);
  if (!duration.isValid) {
    return { sv: `Ogiltig tidslängd ${JSON.stringify(text)}.`, en: `Invalid duration ${JSON.stringify(text)}.` };
  }
  if (!(duration.as('years') <= MAX_DURATION_YEARS)) {
    return {
      sv: `Tidslängden ${text} är längre än ${MAX_DURATION_YEARS} år.`,
      en: `The duration ${text} is longer than ${MAX_DURATION_YEARS} years.`,
    };
  }
  return undefined;
}

/** `YYYY-MM-DD` of a date in Stockholm. */
export function formatDate(date: DateTime): string {
  return date.setZone(STOCKHOLM).toFormat('yyyy-MM-dd');
}

/** ISO 8601 with the Stockholm offset of that instant, e.g. `2026-03-31T09:00:00+02:00`. */
export function formatDateTime(dateTime: DateTime): string {
  return dateTime.setZone(STOCKHOLM).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** The given day of a year in Stockholm; 29 February falls on the 28th in other years. */
export function dayOfYear(year: number, month: number, day: number): DateTime {
  const exact = DateTime.fromObject({ year, month, day }, { zone: STOCKHOLM });
  return exact.isValid
    ? exact
    : DateTime.fromObject({ year, month }, { zone: STOCKHOLM }).endOf('month').startOf('day');
}
