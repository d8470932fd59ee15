import { DateTime } from 'luxon';
import { BudgetExhausted, type ExpansionBudget } from './expansion-budget.js';
import { type Options, RRule, type Recurrence, fromFloating, toFloating } from './recurrence.js';

/**
 * The years within which a rule must first occur after its start (validation): a yearly rule
 * on 29 February first occurs within four years, or eight across 2100.
 */
export const RECURRENCE_HORIZON_YEARS = 10;

/** Why an expansion ended before the end of its range. */
export type ExpansionStop =
  /** More occurrences follow in the range; `next` is the first left out. */
  | { reason: 'limit'; next: DateTime }
  /** The budget ran out: occurrences after the last one found are unknown. */
  | { reason: 'budget' };

export interface Expansion {
  /** In time order; all there are through the last one, unless `stopped` says otherwise. */
  occurrences: DateTime[];
  stopped?: ExpansionStop;
}

export interface ExpansionLimits {
  budget: ExpansionBudget;
  /** At most this many occurrences; the next one is reported as `stopped.next`. */
  limit: number;
  /** Stop at the first occurrence after this instant, read at each occurrence (it may move). */
  cutoff?: () => DateTime | undefined;
}

/** Occurrences whose local date lies in [from, to], both whole days in Stockholm. */
export function occurrencesBetween(
  recurrence: Recurrence,
  from: DateTime,
  to: DateTime,
  limits: ExpansionLimits,
): Expansion {
  const occurrences: DateTime[] = [];
  const state: { stopped?: ExpansionStop } = {};
  const after = toFloating(from.startOf('day'));
  const walked = walk(recurrence, after, limits.budget, (rule) =>
    rule.between(after, toFloating(to.endOf('day')), true, (floating) => {
      const at = fromFloating(floating);
      const cutoff = limits.cutoff?.();
      if (occurrences.length >= limits.limit || (cutoff !== undefined && at > cutoff)) {
        state.stopped = { reason: 'limit', next: at };
        return false;
      }
      occurrences.push(at);
      return true;
    }),
  );
  if (walked === undefined) return { occurrences, stopped: { reason: 'budget' } };
  return state.stopped === undefined ? { occurrences } : { occurrences, stopped: state.stopped };
}

/** The next occurrence: found, none at all, or unknown because the budget ran out first. */
export type NextOccurrence = { kind: 'found'; at: DateTime } | { kind: 'none' } | { kind: 'unknown' };

/** The first occurrence on or after the start of the given day. */
export function nextOccurrence(recurrence: Recurrence, onOrAfter: DateTime, budget: ExpansionBudget): NextOccurrence {
  const after = toFloating(onOrAfter.startOf('day'));
  const walked = walk(recurrence, after, budget, (rule) => rule.after(after, true));
  if (walked === undefined) return { kind: 'unknown' };
  return walked.value === null ? { kind: 'none' } : { kind: 'found', at: fromFloating(walked.value) };
}

/**
 * Whether the rule occurs within RECURRENCE_HORIZON_YEARS of its first start. A rule that never
 * occurs (`BYMONTH=2;BYMONTHDAY=31`) makes rrule walk candidate days to the year 9999; here the
 * walk ends with the budget, which always covers the horizon (READS_PER_CHECK), so running out
 * means the same as finding nothing within it.
 */
export function occursWithinHorizon(recurrence: Recurrence, budget: ExpansionBudget): boolean {
  const next = nextOccurrence(recurrence, recurrence.first, budget);
  return next.kind === 'found' && next.at <= recurrence.first.plus({ years: RECURRENCE_HORIZON_YEARS });
}

type Rule = InstanceType<typeof RRule>;

/**
 * Runs one rrule query on the rule, started as late as its meaning allows (startFor), with every
 * read of its options charged to the budget: rrule reads them for each candidate day it walks,
 * so no walk outlasts its budget. Undefined when the budget ran out first.
 */
function walk<T>(
  recurrence: Recurrence,
  onOrAfter: Date,
  budget: ExpansionBudget,
  query: (rule: Rule) => T,
): { value: T } | undefined {
  if (budget.exhausted) return undefined;
  // No cache: an answer is worth only the budget it was computed under.
  const rule = new RRule({ ...recurrence.options, dtstart: startFor(recurrence.options, onOrAfter) }, true);
  rule.options = new Proxy(rule.options, {
    get(target, property, receiver): unknown {
      budget.spend();
      return Reflect.get(target, property, receiver);
    },
  });
  try {
    return { value: query(rule) };
  } catch (error) {
    if (error instanceof BudgetExhausted) return undefined;
    throw error;
  }
}

/**
 * Where rrule may begin its walk for occurrences on or after a time: the start of the last
 * period of the rule (its day, week from WKST, month or year, whole INTERVALs from the first)
 * that begins by then, instead of DTSTART years earlier. The rule means the same from there:
 * its defaults are written out (Recurrence.options), its periods and their BYSETPOS stay whole,
 * UNTIL is absolute. A rule with COUNT counts from its first occurrence, so it starts there.
 */
export function startFor(options: Readonly<Partial<Options>>, onOrAfter: Date): Date | null | undefined {
  const dtstart = options.dtstart;
  if (dtstart === null || dtstart === undefined || (options.count ?? null) !== null || onOrAfter <= dtstart) {
    return dtstart;
  }
  const first = DateTime.fromJSDate(dtstart, { zone: 'utc' });
  const target = DateTime.fromJSDate(onOrAfter, { zone: 'utc' });
  const interval = options.interval ?? 1;
  const whole = (periods: number): number => Math.floor(periods / interval) * interval;
  let start: DateTime;
  switch (options.freq) {
    case RRule.DAILY: {
      const days = whole(Math.floor(target.startOf('day').diff(first.startOf('day'), 'days').days));
      start = first.startOf('day').plus({ days });
      break;
    }
    case RRule.WEEKLY: {
      const weekStart = startOfWeek(first, weekdayNumber(options.wkst));
      const weeks = whole(Math.floor(target.startOf('day').diff(weekStart, 'days').days / 7));
      start = weekStart.plus({ days: 7 * weeks });
      break;
    }
    case RRule.MONTHLY: {
      const months = whole(target.year * 12 + target.month - (first.year * 12 + first.month));
      start = first.startOf('month').plus({ months });
      break;
    }
    case RRule.YEARLY: {
      start = first.startOf('year').plus({ years: whole(target.year - first.year) });
      break;
    }
    // Refused by the reader (parseRecurrence): the time of day is the start's.
    case RRule.HOURLY:
    case RRule.MINUTELY:
    case RRule.SECONDLY:
    case undefined:
      return dtstart;
  }
  // The first period stays as the rule has it: it may begin before DTSTART.
  return start.toJSDate() > dtstart && start.toJSDate() <= onOrAfter ? start.toJSDate() : dtstart;
}

/** WKST as rrule numbers weekdays: Monday 0 … Sunday 6. */
function weekdayNumber(wkst: Options['wkst'] | undefined): number {
  if (wkst === null || wkst === undefined) return 0;
  return typeof wkst === 'number' ? wkst : wkst.weekday;
}

function startOfWeek(day: DateTime, wkst: number): DateTime {
  // luxon numbers weekdays Monday 1 … Sunday 7.
  return day.startOf('day').minus({ days: (day.weekday - 1 - wkst + 7) % 7 });
}
