import { DateTime } from 'luxon';
import * as rruleNamespace from 'rrule';
import { STOCKHOLM, stockholmWallClock } from './dates.js';
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
export type Options = rruleNamespace.Options;

/**
 * A recurrence of local Stockholm wall-clock times. rrule counts in "floating" time (UTC fields
 * holding local wall-clock values); each occurrence is read back as that wall-clock time in
 * Stockholm, so "Tuesdays 09:00" is 09:00 in winter and in summer alike. A recurrence has at most
 * one occurrence a day: its time of day is that of its first start (BYHOUR and the like are
 * refused). It is expanded only within a budget (expand-recurrence.ts).
 */
export interface Recurrence {
  readonly allDay: boolean;
  /** The first start the rule counts from (DTSTART). */
  readonly first: DateTime;
  /**
   * rrule's options, DTSTART and UNTIL as floating times, and the parts rrule would take from
   * DTSTART when the rule leaves them out (the weekday of a weekly rule, the day of a monthly
   * one, the time of day) written out: the rule then means the same from any later start.
   */
  readonly options: Readonly<Partial<Options>>;
}

const weekday = '(?:MO|TU|WE|TH|FR|SA|SU)';
const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

interface PartRule {
  pattern: RegExp;
  range?: { min: number; max: number };
  hint: { sv: string; en: string };
}

/**
 * The largest INTERVAL and COUNT a rule may have: every 9999th week is already beyond any term,
 * and 9999 occurrences are decades of daily meetings. Larger ones only make the walk longer.
 */
export const MAX_RRULE_INTERVAL = 9999;
export const MAX_RRULE_COUNT = 9999;

const wholeNumber = (max: number): PartRule => ({
  pattern: new RegExp(`^[1-9]\\d{0,${String(max).length - 1}}$`),
  range: { min: 1, max },
  hint: { sv: `ett heltal 1–${max}`, en: `a whole number 1–${max}` },
});

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
  INTERVAL: wholeNumber(MAX_RRULE_INTERVAL),
  COUNT: wholeNumber(MAX_RRULE_COUNT),
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
  const dtstart = toFloating(first);
  const options: Partial<Options> = {
    ...withDtstartDefaults(RRule.parseString(withoutUntil.join(';')), dtstart),
    dtstart,
    ...(untilFloating === undefined ? {} : { until: untilFloating }),
  };
  return { allDay, first, options };
}

/**
 * What rrule's parseOptions takes from DTSTART when a rule names no day (a yearly rule: its
 * month and day; monthly: its day; weekly: its weekday) and no time (DTSTART's), written out.
 */
function withDtstartDefaults(options: Partial<Options>, dtstart: Date): Partial<Options> {
  const filled: Partial<Options> = {
    ...options,
    byhour: [dtstart.getUTCHours()],
    byminute: [dtstart.getUTCMinutes()],
    bysecond: [dtstart.getUTCSeconds()],
  };
  const namesDays = [options.byweekno, options.byyearday, options.bymonthday, options.byweekday, options.byeaster].some(
    (part) => part !== undefined && part !== null,
  );
  if (namesDays) return filled;
  switch (options.freq) {
    case RRule.YEARLY:
      return { ...filled, bymonth: options.bymonth ?? dtstart.getUTCMonth() + 1, bymonthday: dtstart.getUTCDate() };
    case RRule.MONTHLY:
      return { ...filled, bymonthday: dtstart.getUTCDate() };
    case RRule.WEEKLY:
      // rrule numbers weekdays from Monday (0), Date from Sunday (0).
      return { ...filled, byweekday: [(dtstart.getUTCDay() + 6) % 7] };
    case RRule.DAILY:
    case RRule.HOURLY:
    case RRule.MINUTELY:
    case RRule.SECONDLY:
    case undefined:
      return filled;
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

/** A local time as rrule's floating time: its Stockholm wall-clock fields as UTC fields. */
export function toFloating(local: DateTime): Date {
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

/** A floating time from rrule as the Stockholm wall-clock time it stands for. */
export function fromFloating(floating: Date): DateTime {
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
