import { DateTime } from 'luxon';
import * as rruleNamespace from 'rrule';
import { STOCKHOLM, stockholmWallClock } from './dates.js';
import { BudgetExhausted, type ExpansionBudget } from './expansion-budget.js';
import { type CalculatorProblem, type ProblemPath, problem } from './problems.js';

// Node loads rrule's UMD build as CommonJS and cannot see its names, so they sit on `default`
// there; Jest and bundlers (rrule's ESM build, which has no default) give them directly. The
// default is read by reflection so that bundlers do not warn about an import they lack.
type RRuleModule = typeof rruleNamespace;
const isRRuleModule = (value: unknown): value is RRuleModule =>
  typeof value === 'object' && value !== null && 'RRule' in value && typeof value.RRule === 'function';
const commonJsDefault: unknown = Reflect.get(rruleNamespace, 'default');
const rruleModule: RRuleModule = isRRuleModule(rruleNamespace)
  ? rruleNamespace
  : isRRuleModule(commonJsDefault)
    ? commonJsDefault
    : rruleNamespace;
export const { RRule } = rruleModule;
type RRuleInstance = InstanceType<typeof RRule>;

/**
 * A recurrence of local Stockholm wall-clock times. rrule counts in "floating" time (UTC fields
 * holding local wall-clock values); each occurrence is read back as that wall-clock time in
 * Stockholm, so "Tuesdays 09:00" is 09:00 in winter and in summer alike. A recurrence has at most
 * one occurrence a day: its time of day is that of its first start (BYHOUR and the like are
 * refused). It is expanded only through the functions below, each within an ExpansionBudget.
 */
export interface Recurrence {
  readonly allDay: boolean;
  /** The first start the rule counts from (DTSTART). */
  readonly first: DateTime;
  readonly rule: RRuleInstance;
  /** The budget the rule's option reads are charged to while one expansion runs. */
  readonly meter: { budget?: ExpansionBudget };
}

const weekday = '(?:MO|TU|WE|TH|FR|SA|SU)';
const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

interface PartRule {
  pattern: RegExp;
  range?: { min: number; max: number };
  hint: { sv: string; en: string };
}

const signedList = (max: number): PartRule => ({
  pattern: /^[+-]?\d{1,3}(?:,[+-]?\d{1,3})*$/,
  range: { min: 1, max },
  hint: { sv: `heltal 1–${max} eller −1–−${max}`, en: `whole numbers 1–${max} or −1–−${max}` },
});

const partRules: Record<string, PartRule> = {
  FREQ: {
    pattern: new RegExp(`^(?:${frequencies.join('|')})$`),
    hint: { sv: frequencies.join(', '), en: frequencies.join(', ') },
  },
  INTERVAL: {
    pattern: /^[1-9]\d{0,3}$/,
    hint: { sv: 'ett heltal 1–9999', en: 'a whole number 1–9999' },
  },
  COUNT: { pattern: /^[1-9]\d{0,3}$/, hint: { sv: 'ett heltal 1–9999', en: 'a whole number 1–9999' } },
  UNTIL: {
    pattern: /^\d{8}(?:T\d{6}Z?)?$/,
    hint: { sv: 'ÅÅÅÅMMDD eller ÅÅÅÅMMDDTHHMMSSZ', en: 'YYYYMMDD or YYYYMMDDTHHMMSSZ' },
  },
  BYDAY: {
    pattern: new RegExp(`^(?:[+-]?\\d{1,2})?${weekday}(?:,(?:[+-]?\\d{1,2})?${weekday})*$`),
    range: { min: 1, max: 53 },
    hint: { sv: 'veckodagar som MO,TU eller 1MO, -1FR', en: 'weekdays such as MO,TU or 1MO, -1FR' },
  },
  BYMONTHDAY: signedList(31),
  BYYEARDAY: signedList(366),
  BYWEEKNO: signedList(53),
  BYSETPOS: signedList(366),
  BYMONTH: {
    pattern: /^\d{1,2}(?:,\d{1,2})*$/,
    range: { min: 1, max: 12 },
    hint: { sv: 'månader 1–12', en: 'months 1–12' },
  },
  WKST: { pattern: new RegExp(`^${weekday}$`), hint: { sv: 'en veckodag, t.ex. MO', en: 'a weekday, e.g. MO' } },
};

/**
 * Checks an RFC 5545 RRULE strictly (rrule's own parser accepts "FREQ=SOMETIMES" and
 * "BYDAY=XX" silently) and builds it from a first local start. Accepted: FREQ DAILY, WEEKLY,
 * MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO,
 * BYMONTH, BYSETPOS, WKST; an optional `RRULE:` prefix. Not accepted: DTSTART (the start is
 * given apart), and BYHOUR, BYMINUTE, BYSECOND and sub-daily frequencies (the time of day is
 * that of the start). UNTIL is inclusive: a date means through that whole day; a UTC time is
 * converted to Stockholm time first.
 */
export function parseRecurrence(
  text: unknown,
  first: DateTime,
  allDay: boolean,
  path: ProblemPath,
  problems: CalculatorProblem[],
): Recurrence | undefined {
  const before = problems.length;
  const fail = (sv: string, en: string): void => {
    problems.push(problem('INVALID_RRULE', path, sv, en));
  };
  if (typeof text !== 'string' || text.trim() === '') {
    fail('Upprepningsregel (RRULE) saknas.', 'The recurrence rule (RRULE) is missing.');
    return undefined;
  }
  const body = text.startsWith('RRULE:') ? text.slice('RRULE:'.length) : text;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [name = '', value, ...rest] = part.split('=');
    const rule = partRules[name];
    if (value === undefined || rest.length > 0 || rule === undefined) {
      fail(
        `Okänd eller otillåten del "${part}" i upprepningsregeln ${JSON.stringify(text)}.`,
        `Unknown or unsupported part "${part}" in the recurrence rule ${JSON.stringify(text)}.`,
      );
      continue;
    }
    if (parts.has(name)) {
      fail(
        `${name} förekommer två gånger i ${JSON.stringify(text)}.`,
        `${name} occurs twice in ${JSON.stringify(text)}.`,
      );
      continue;
    }
    parts.set(name, value);
    if (!rule.pattern.test(value) || !inRange(value, rule)) {
      fail(
        `${name}=${value} är ogiltigt i ${JSON.stringify(text)}: ange ${rule.hint.sv}.`,
        `${name}=${value} is invalid in ${JSON.stringify(text)}: give ${rule.hint.en}.`,
      );
    }
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) {
    fail(`FREQ saknas i ${JSON.stringify(text)}.`, `FREQ is missing in ${JSON.stringify(text)}.`);
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    fail('COUNT och UNTIL kan inte anges samtidigt.', 'COUNT and UNTIL cannot both be given.');
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined && /\d/.test(byDay) && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    fail(
      'Numrerade veckodagar (t.ex. 1MO) kräver FREQ=MONTHLY eller FREQ=YEARLY.',
      'Numbered weekdays (e.g. 1MO) need FREQ=MONTHLY or FREQ=YEARLY.',
    );
  }
  if (parts.has('BYWEEKNO') && freq !== 'YEARLY') {
    fail('BYWEEKNO kräver FREQ=YEARLY.', 'BYWEEKNO needs FREQ=YEARLY.');
  }
  const until = parts.get('UNTIL');
  const untilFloating = until === undefined ? undefined : floatingUntil(until);
  if (until !== undefined && untilFloating === undefined && partRules.UNTIL?.pattern.test(until)) {
    fail(`UNTIL=${until} är inte ett datum som finns.`, `UNTIL=${until} is not a date that exists.`);
  }
  if (problems.length > before) return undefined;

  const withoutUntil = [...parts].filter(([name]) => name !== 'UNTIL').map(([n, v]) => `${n}=${v}`);
  const options = RRule.parseString(withoutUntil.join(';'));
  // No cache: a cached answer would outlive the budget it was computed under.
  const rule = new RRule(
    {
      ...options,
      dtstart: toFloating(first),
      ...(untilFloating === undefined ? {} : { until: untilFloating }),
    },
    true,
  );
  const meter: Recurrence['meter'] = {};
  // Every read of the rule's options is charged to the budget of the running expansion; the
  // walk of candidate days reads them for each day, so no walk outlasts its budget.
  rule.options = new Proxy(rule.options, {
    get(target, property, receiver): unknown {
      if (meter.budget === undefined) throw new BudgetExhausted();
      meter.budget.spend();
      return Reflect.get(target, property, receiver);
    },
  });
  return { rule, allDay, first, meter };
}

/** The years within which a rule must first occur after its start (validation). */
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
  const walked = walk(recurrence, limits.budget, () =>
    recurrence.rule.between(toFloating(from.startOf('day')), toFloating(to.endOf('day')), true, (floating) => {
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
  const walked = walk(recurrence, budget, () => recurrence.rule.after(toFloating(onOrAfter.startOf('day')), true));
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

/** Runs one rrule query charged to the budget; undefined when the budget ran out first. */
function walk<T>(recurrence: Recurrence, budget: ExpansionBudget, query: () => T): { value: T } | undefined {
  if (budget.exhausted) return undefined;
  recurrence.meter.budget = budget;
  try {
    return { value: query() };
  } catch (error) {
    if (error instanceof BudgetExhausted) return undefined;
    throw error;
  } finally {
    recurrence.meter.budget = undefined;
  }
}

function inRange(value: string, rule: PartRule): boolean {
  if (rule.range === undefined) return true;
  const { min, max } = rule.range;
  return value.split(',').every((item) => {
    // A weekday without a number (BYDAY=TU) has nothing to range-check.
    const digits = item.replace(/[A-Z]/g, '');
    if (digits === '') return true;
    const size = Math.abs(Number(digits));
    return Number.isInteger(size) && size >= min && size <= max;
  });
}

function floatingUntil(value: string): Date | undefined {
  if (value.length === 8) {
    const day = DateTime.fromFormat(value, 'yyyyMMdd', { zone: STOCKHOLM });
    return day.isValid ? toFloating(day.endOf('day')) : undefined;
  }
  const utc = value.endsWith('Z');
  const moment = DateTime.fromFormat(value.replace(/Z$/, ''), "yyyyMMdd'T'HHmmss", {
    zone: utc ? 'utc' : STOCKHOLM,
  });
  return moment.isValid ? toFloating(moment.setZone(STOCKHOLM)) : undefined;
}

function toFloating(local: DateTime): Date {
  const wall = local.setZone(STOCKHOLM);
  return DateTime.fromObject(
    {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
      second: wall.second,
      millisecond: wall.millisecond,
    },
    { zone: 'utc' },
  ).toJSDate();
}

function fromFloating(floating: Date): DateTime {
  const wall = DateTime.fromJSDate(floating, { zone: 'utc' });
  return stockholmWallClock({
    year: wall.year,
    month: wall.month,
    day: wall.day,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
  });
}
