/**
 * A syntactic reader of the RFC 5545 RRULE subset a meeting cadence uses. It checks the rule's
 * form only; dates are computed elsewhere with a recurrence library, never here.
 *
 * The time of day is not part of the rule (`timeOfDay` is, in Europe/Stockholm), so BYHOUR,
 * BYMINUTE and BYSECOND are refused, as are frequencies below a day.
 */

export const rruleParts = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'BYWEEKNO',
  'BYYEARDAY',
  'WKST',
] as const;
export type RrulePart = (typeof rruleParts)[number];

export const rruleFrequencies = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;
export type RruleFrequency = (typeof rruleFrequencies)[number];

export type ParsedRrule = Partial<Record<RrulePart, string>> & { FREQ: RruleFrequency };

export interface RruleProblem {
  sv: string;
  en: string;
}

export type RruleResult = { ok: true; rule: ParsedRrule } | { ok: false; problems: RruleProblem[] };

const weekday = /^[+-]?(?:[1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$/;
const timeParts = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND']);

function isPart(name: string): name is RrulePart {
  return (rruleParts as readonly string[]).includes(name);
}

function isFrequency(value: string): value is RruleFrequency {
  return (rruleFrequencies as readonly string[]).includes(value);
}

function integerList(value: string, min: number, max: number, signed: boolean): boolean {
  return value.split(',').every((item) => {
    if (!/^[+-]?\d+$/.test(item)) return false;
    const n = Number(item);
    const size = Math.abs(n);
    if (!signed && n < 0) return false;
    return size >= min && size <= max;
  });
}

function checkValue(name: RrulePart, value: string): RruleProblem | undefined {
  const bad = (sv: string, en: string) => ({ sv: `${name}: ${sv}`, en: `${name}: ${en}` });
  switch (name) {
    case 'FREQ':
      return isFrequency(value)
        ? undefined
        : bad('ska vara YEARLY, MONTHLY, WEEKLY eller DAILY', 'must be YEARLY, MONTHLY, WEEKLY or DAILY');
    case 'INTERVAL':
    case 'COUNT':
      return /^[1-9]\d*$/.test(value) ? undefined : bad('ska vara ett positivt heltal', 'must be a positive integer');
    case 'UNTIL':
      return /^\d{8}(?:T\d{6}Z?)?$/.test(value)
        ? undefined
        : bad('ska vara ett datum (ÅÅÅÅMMDD)', 'must be a date (YYYYMMDD)');
    case 'BYDAY':
      return value.split(',').every((day) => weekday.test(day))
        ? undefined
        : bad('ska vara veckodagar (MO, TU, WE, TH, FR, SA, SU)', 'must be weekdays (MO, TU, WE, TH, FR, SA, SU)');
    case 'WKST':
      return /^(MO|TU|WE|TH|FR|SA|SU)$/.test(value) ? undefined : bad('ska vara en veckodag', 'must be a weekday');
    case 'BYMONTH':
      return integerList(value, 1, 12, false) ? undefined : bad('ska vara månader 1–12', 'must be months 1–12');
    case 'BYMONTHDAY':
      return integerList(value, 1, 31, true) ? undefined : bad('ska vara dagar ±1–31', 'must be days ±1–31');
    case 'BYSETPOS':
    case 'BYYEARDAY':
      return integerList(value, 1, 366, true) ? undefined : bad('ska vara tal ±1–366', 'must be numbers ±1–366');
    case 'BYWEEKNO':
      return integerList(value, 1, 53, true) ? undefined : bad('ska vara veckor ±1–53', 'must be weeks ±1–53');
  }
}

/** Reads `FREQ=WEEKLY;BYDAY=TU` into its parts, or says everything that is wrong with it. */
export function parseRrule(text: string): RruleResult {
  const problems: RruleProblem[] = [];
  const parts: Partial<Record<RrulePart, string>> = {};
  if (text.startsWith('RRULE:')) {
    problems.push({
      sv: 'skriv regeln utan prefixet "RRULE:"',
      en: 'write the rule without the "RRULE:" prefix',
    });
  }
  for (const segment of text.replace(/^RRULE:/, '').split(';')) {
    const [name, value, ...rest] = segment.split('=');
    if (name === undefined || value === undefined || value === '' || rest.length > 0) {
      problems.push({ sv: `"${segment}" är inte NAMN=VÄRDE`, en: `"${segment}" is not NAME=VALUE` });
      continue;
    }
    if (timeParts.has(name)) {
      problems.push({
        sv: `${name}: klockslaget anges i timeOfDay, inte i regeln`,
        en: `${name}: the time of day belongs in timeOfDay, not in the rule`,
      });
      continue;
    }
    if (!isPart(name)) {
      problems.push({ sv: `okänd del ${name}`, en: `unknown part ${name}` });
      continue;
    }
    if (parts[name] !== undefined) {
      problems.push({ sv: `${name} anges två gånger`, en: `${name} is given twice` });
      continue;
    }
    const problem = checkValue(name, value);
    if (problem) problems.push(problem);
    parts[name] = value;
  }
  if (parts.FREQ === undefined) problems.push({ sv: 'FREQ saknas', en: 'FREQ is missing' });
  if (parts.COUNT !== undefined && parts.UNTIL !== undefined) {
    problems.push({ sv: 'COUNT och UNTIL kan inte anges samtidigt', en: 'COUNT and UNTIL cannot both be given' });
  }
  const freq = parts.FREQ;
  if (problems.length > 0 || freq === undefined || !isFrequency(freq)) {
    return { ok: false, problems };
  }
  return { ok: true, rule: { ...parts, FREQ: freq } };
}
