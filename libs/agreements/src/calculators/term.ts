import { type DateTime, type Duration } from 'luxon';
import { formatDate, parseDate, parseDuration } from './dates.js';
import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';

export interface TermInput {
  /** First day in force, inclusive ("från och med 1 mars 2023"). */
  start: string;
  /** Last day of the first period, inclusive; left out for an agreement without an end. */
  end?: string;
  /** ISO 8601 duration of each automatic renewal (`P1Y`: "förlängs med ett år i taget"), or `none`. */
  renewal?: string;
}

/** One period of the term: the first one, or an automatic renewal. */
export interface TermPeriod {
  /** 0 for the first period, n for the n-th renewal. */
  index: number;
  startsOn: string;
  /** Inclusive; null for an agreement without an end. */
  endsOn: string | null;
}

export type TermStatus =
  | {
      inForce: true;
      date: string;
      period: TermPeriod;
      /** The last day in force as things stand: the end of this period (null: no end). */
      inForceUntil: string | null;
      /** Whether it goes on after inForceUntil by itself, unless the parties agree otherwise. */
      renewsAutomatically: boolean;
      explanation: { sv: string; en: string };
    }
  | {
      inForce: false;
      date: string;
      reason: 'notStarted';
      startsOn: string;
      explanation: { sv: string; en: string };
    }
  | {
      inForce: false;
      date: string;
      reason: 'ended';
      endedOn: string;
      explanation: { sv: string; en: string };
    };

/**
 * Whether the agreement is in force on a date, and until when. Jämtland §16: "gäller från och
 * med 1 mars – 31 december 2023 och förlängs därefter med ett år i taget": the first period is
 * 2023-03-01..2023-12-31, each renewal adds one period counted from the day after the first end
 * (2024-01-01..2024-12-31, …). Periods are counted from that anchor, not chained, so month ends
 * do not drift (a P1M renewal from 31 January gives 28/29 February, then 31 March).
 * Withdrawals by single parties are not considered here (see earliestWithdrawalDate).
 */
export function termOn(term: TermInput, date: string): CalculatorResult<TermStatus> {
  const problems: CalculatorProblem[] = [];
  const resolved = resolveTerm(term, problems);
  const day = parseDate(date, ['date'], problems);
  if (resolved === undefined || day === undefined || problems.length > 0) return failed(problems);
  const on = formatDate(day);

  if (day < resolved.start) {
    const startsOn = formatDate(resolved.start);
    return ok({
      inForce: false,
      date: on,
      reason: 'notStarted',
      startsOn,
      explanation: {
        sv: `Överenskommelsen gäller först från och med ${startsOn}.`,
        en: `The agreement is in force only from ${startsOn}.`,
      },
    });
  }
  const period = periodContaining(resolved, day);
  if (period === undefined) {
    const endedOn = resolved.end === undefined ? on : formatDate(resolved.end);
    return ok({
      inForce: false,
      date: on,
      reason: 'ended',
      endedOn,
      explanation: {
        sv: `Överenskommelsen upphörde att gälla efter ${endedOn} och förlängs inte automatiskt.`,
        en: `The agreement ceased to be in force after ${endedOn} and does not renew automatically.`,
      },
    });
  }
  const renews = resolved.renewal !== undefined;
  const until = period.endsOn;
  const sv =
    until === null
      ? 'Överenskommelsen gäller tills vidare.'
      : renews
        ? `Överenskommelsen gäller t.o.m. ${until} och förlängs därefter automatiskt om inte parterna kommit överens om annat.`
        : `Överenskommelsen gäller t.o.m. ${until}.`;
  const en =
    until === null
      ? 'The agreement is in force until further notice.'
      : renews
        ? `The agreement is in force through ${until} and then renews automatically unless the parties agree otherwise.`
        : `The agreement is in force through ${until}.`;
  return ok({
    inForce: true,
    date: on,
    period,
    inForceUntil: until,
    renewsAutomatically: renews && until !== null,
    explanation: { sv, en },
  });
}

export interface ResolvedTerm {
  start: DateTime;
  end?: DateTime;
  renewal?: Duration;
}

/** Parses and checks a term; used by termOn and by the calendar's renewal dates. */
export function resolveTerm(
  term: TermInput,
  problems: CalculatorProblem[],
  path: readonly (string | number)[] = ['term'],
): ResolvedTerm | undefined {
  const before = problems.length;
  const start = parseDate(term.start, [...path, 'start'], problems);
  const end = term.end === undefined ? undefined : parseDate(term.end, [...path, 'end'], problems);
  const renewal =
    term.renewal === undefined || term.renewal === 'none'
      ? undefined
      : parseDuration(term.renewal, [...path, 'renewal'], problems, { datesOnly: true });
  if (start !== undefined && end !== undefined && end < start) {
    problems.push(
      problem(
        'INVALID_RANGE',
        [...path, 'end'],
        `Slutdatum ${term.end} ligger före startdatum ${term.start}.`,
        `The end ${term.end} is before the start ${term.start}.`,
      ),
    );
  }
  if (term.end === undefined && renewal !== undefined) {
    problems.push(
      problem(
        'INVALID_RANGE',
        [...path, 'renewal'],
        'En automatisk förlängning kräver ett slutdatum för den första perioden.',
        'An automatic renewal needs an end date for the first period.',
      ),
    );
  }
  if (start === undefined || problems.length > before) return undefined;
  return {
    start,
    ...(end === undefined ? {} : { end }),
    ...(renewal === undefined ? {} : { renewal }),
  };
}

/** The period (first or a renewal) that contains the day, or undefined after the last one. */
export function periodContaining(term: ResolvedTerm, day: DateTime): TermPeriod | undefined {
  if (term.end === undefined) return { index: 0, startsOn: formatDate(term.start), endsOn: null };
  if (day <= term.end) {
    return { index: 0, startsOn: formatDate(term.start), endsOn: formatDate(term.end) };
  }
  if (term.renewal === undefined) return undefined;
  const renewal = term.renewal;
  const anchor = term.end.plus({ days: 1 });
  // Jump close by the average length of a period, then step: at most a few steps either way.
  const estimate = Math.floor(day.diff(anchor, 'days').days / renewal.as('days'));
  let index = Math.max(1, estimate - 1);
  while (index > 1 && renewalStart(anchor, renewal, index) > day) index -= 1;
  while (renewalEnd(anchor, renewal, index) < day) index += 1;
  return renewalPeriod(anchor, renewal, index);
}

/** The n-th renewal period (n ≥ 1) of a term that has an end and a renewal. */
export function renewalPeriod(anchor: DateTime, renewal: Duration, index: number): TermPeriod {
  return {
    index,
    startsOn: formatDate(renewalStart(anchor, renewal, index)),
    endsOn: formatDate(renewalEnd(anchor, renewal, index)),
  };
}

/** The first day of the n-th renewal (n ≥ 1), counted from the day after the first end. */
export function renewalStart(anchor: DateTime, renewal: Duration, index: number): DateTime {
  return anchor.plus(renewal.mapUnits((value) => value * (index - 1)));
}

/** The last day of the n-th renewal (n ≥ 1), inclusive. */
export function renewalEnd(anchor: DateTime, renewal: Duration, index: number): DateTime {
  return anchor.plus(renewal.mapUnits((value) => value * index)).minus({ days: 1 });
}
