import { type Cadence, type CountPerPeriodCadence, type RecurrenceCadence } from '../schema/cadence.js';
import { parseRrule, type ParsedRrule } from '../schema/rrule.js';
import { swedishMonths } from './months.js';

const periods = { year: 'per år', term: 'per termin' } as const;

function times(n: number): string {
  return `${n} ${n === 1 ? 'gång' : 'gånger'}`;
}

/** "4 gånger per år", "minst 4 gånger per år", "2–3 gånger per termin". */
export function describeCount(cadence: Pick<CountPerPeriodCadence, 'min' | 'max' | 'per'>): string {
  const per = periods[cadence.per];
  const { min, max } = cadence;
  if (min !== undefined && max !== undefined) {
    return min === max ? `${times(min)} ${per}` : `${min}–${max} gånger ${per}`;
  }
  if (min !== undefined) return `minst ${times(min)} ${per}`;
  if (max !== undefined) return `högst ${times(max)} ${per}`;
  return `ett ej angivet antal gånger ${per}`;
}

const weekdays: Record<string, [plural: string, definite: string]> = {
  MO: ['måndagar', 'måndagen'],
  TU: ['tisdagar', 'tisdagen'],
  WE: ['onsdagar', 'onsdagen'],
  TH: ['torsdagar', 'torsdagen'],
  FR: ['fredagar', 'fredagen'],
  SA: ['lördagar', 'lördagen'],
  SU: ['söndagar', 'söndagen'],
};
const ordinals: Record<string, string> = { '1': 'första', '2': 'andra', '3': 'tredje', '4': 'fjärde', '-1': 'sista' };
const months: readonly string[] = swedishMonths;
const frequencies = {
  YEARLY: ['år', 'året'],
  MONTHLY: ['månad', 'månaden'],
  WEEKLY: ['vecka', 'veckan'],
  DAILY: ['dag', 'dagen'],
} as const;

function every(rule: ParsedRrule): string {
  const interval = Number(rule.INTERVAL ?? '1');
  const [unit] = frequencies[rule.FREQ];
  if (interval === 1) return `varje ${unit}`;
  if (interval === 2) return `var${rule.FREQ === 'YEARLY' ? 'tannat' : 'annan'} ${unit}`;
  return `var ${interval}:e ${unit}`;
}

function days(value: string): string {
  const names = value.split(',').map((day) => {
    const match = /^([+-]?\d+)?([A-Z]{2})$/.exec(day);
    const names = match?.[2] ? weekdays[match[2]] : undefined;
    if (!match || !names) return day;
    const ordinal = match[1] === undefined ? undefined : (ordinals[match[1].replace('+', '')] ?? `${match[1]}:e`);
    return ordinal === undefined ? names[0] : `den ${ordinal} ${names[1]}`;
  });
  return list(names);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1] ?? ''}`;
}

/** "varje vecka på tisdagar kl. 09:00". Falls back to the rule itself for the rarer parts. */
export function describeRecurrence(cadence: Pick<RecurrenceCadence, 'rrule' | 'timeOfDay' | 'start'>): string {
  const parsed = parseRrule(cadence.rrule);
  if (!parsed.ok) return `enligt regeln ${cadence.rrule}`;
  const rule = parsed.rule;
  const words = [every(rule)];
  if (rule.BYMONTH) words.push(`i ${list(rule.BYMONTH.split(',').map((m) => months[Number(m) - 1] ?? m))}`);
  if (rule.BYMONTHDAY) words.push(`den ${list(rule.BYMONTHDAY.split(','))}`);
  if (rule.BYDAY) words.push(`på ${days(rule.BYDAY)}`);
  if (cadence.timeOfDay) words.push(`kl. ${cadence.timeOfDay}`);
  if (cadence.start) words.push(`från och med ${cadence.start}`);
  if (rule.COUNT) words.push(`${times(Number(rule.COUNT))} i allt`);
  if (rule.UNTIL)
    words.push(`till och med ${rule.UNTIL.slice(0, 4)}-${rule.UNTIL.slice(4, 6)}-${rule.UNTIL.slice(6, 8)}`);
  const rest = (['BYSETPOS', 'BYWEEKNO', 'BYYEARDAY'] as const).filter((part) => rule[part] !== undefined);
  if (rest.length > 0) words.push(`(${rest.map((part) => `${part}=${rule[part] ?? ''}`).join(';')})`);
  return words.join(' ');
}

/** A cadence in the words of an agreement text. */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'countPerPeriod':
      return describeCount(cadence);
    case 'recurrence':
      return describeRecurrence(cadence);
  }
}
