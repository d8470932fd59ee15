import { DateTime, Duration } from 'luxon';
import { swedishMonths } from '../describe/months.js';
import { type CheckedCadence } from './calendar-input.js';
import { STOCKHOLM, formatDate } from './dates.js';
import { type ResolvedTerm } from './term.js';

type CountCadence = Extract<CheckedCadence, { kind: 'countPerPeriod' }>;

/**
 * The Swedish school terms a count "per termin" is counted in: the spring term (vårtermin)
 * January–June and the autumn term (hösttermin) August–December. July is in neither: a count
 * per term puts no meeting there.
 */
export const TERMS = [
  { fromMonth: 1, toMonth: 6, name: 'vårterminen' },
  { fromMonth: 8, toMonth: 12, name: 'höstterminen' },
] as const;

/** A year or a term in which a body holds a number of meetings. */
export interface MeetingPeriod {
  startsOn: DateTime;
  endsOn: DateTime;
  /** `2023`, `vårterminen 2026`. */
  label: string;
}

/**
 * How the product reads "N gånger per år" (or per term) for a period the agreement is in force
 * only part of (Jämtland's starts on 1 March 2023): the count in proportion to the days in
 * force, rounded up, so that a meeting the text promises never disappears (4 × 306/365 = 3.4
 * → 4). The product's reading, not the text's: the view says so.
 */
export interface PartPeriodReading {
  kind: 'proRataRoundedUp';
  /** The first and last days of the period the agreement is in force. */
  inForceFrom: string;
  inForceThrough: string;
  daysInForce: number;
  daysInPeriod: number;
  /** The count for a whole period, as the text gives it. */
  fullMin: number;
  fullMax?: number;
  /** Swedish, for the county. */
  text: string;
}

/** The count of meetings a period holds: the text's for a whole one, the reading for a part. */
export interface PeriodCount {
  min: number;
  max?: number;
  /** The first day of the period that counts (the term's start, when it begins within it). */
  from: DateTime;
  reading?: PartPeriodReading;
}

/** The years or terms overlapping the range (both inclusive, local days). */
export function meetingPeriods(from: DateTime, to: DateTime, per: 'year' | 'term'): MeetingPeriod[] {
  const found: MeetingPeriod[] = [];
  const zone = from.zone;
  for (let year = from.year; year <= to.year; year += 1) {
    const candidates =
      per === 'year'
        ? [{ fromMonth: 1, toMonth: 12, label: `${year}` }]
        : TERMS.map((term) => ({ ...term, label: `${term.name} ${year}` }));
    for (const candidate of candidates) {
      const startsOn = DateTime.fromObject({ year, month: candidate.fromMonth }, { zone });
      const endsOn = DateTime.fromObject({ year, month: candidate.toMonth }, { zone }).endOf('month').startOf('day');
      if (endsOn >= from.startOf('day') && startsOn <= to) found.push({ startsOn, endsOn, label: candidate.label });
    }
  }
  return found;
}

/**
 * The meetings a period holds under a term: none when the agreement is not in force in it (before
 * its start, after an end without renewal), the text's count when in force all through, and the
 * pro-rata reading (PartPeriodReading) when in force for part of it. Without a term, the text's.
 */
export function periodCount(
  cadence: CountCadence,
  period: MeetingPeriod,
  term: ResolvedTerm | undefined,
): PeriodCount | undefined {
  const full = { min: cadence.min, ...(cadence.max === undefined ? {} : { max: cadence.max }) };
  if (term === undefined) return { ...full, from: period.startsOn };
  const lastDay = term.renewal === undefined ? term.end : undefined;
  const from = term.start > period.startsOn ? term.start.startOf('day') : period.startsOn;
  const through = lastDay !== undefined && lastDay < period.endsOn ? lastDay.startOf('day') : period.endsOn;
  if (through < from) return undefined;
  if (from.equals(period.startsOn) && through.equals(period.endsOn)) return { ...full, from };
  const days = (start: DateTime, end: DateTime): number => Math.round(end.diff(start, 'days').days) + 1;
  const daysInForce = days(from, through);
  const daysInPeriod = days(period.startsOn, period.endsOn);
  const share = (count: number): number => Math.ceil((count * daysInForce) / daysInPeriod);
  const min = share(cadence.min);
  const max = cadence.max === undefined ? undefined : share(cadence.max);
  const counted = { min, ...(max === undefined ? {} : { max }) };
  const text =
    `Överenskommelsen gäller ${from.equals(period.startsOn) ? '' : `från ${dateSv(from)} `}` +
    `${through.equals(period.endsOn) ? '' : `till ${dateSv(through)} `}` +
    `under ${period.label}, ${daysInForce} av periodens ${daysInPeriod} dagar. Produktens läsning av ` +
    `”${countWords(full)} per ${cadence.per === 'year' ? 'år' : 'termin'}”: antalet i proportion till dagarna ` +
    `överenskommelsen gäller, avrundat uppåt (${proRataSum(full.min, daysInForce, daysInPeriod, min)}` +
    `${max === undefined || full.max === undefined || full.max === full.min ? '' : `; ${proRataSum(full.max, daysInForce, daysInPeriod, max)}`}` +
    `). Det är inte överenskommelsens text; parterna kan hålla fler möten.`;
  return {
    ...counted,
    from,
    reading: {
      kind: 'proRataRoundedUp',
      inForceFrom: formatDate(from),
      inForceThrough: formatDate(through),
      daysInForce,
      daysInPeriod,
      fullMin: full.min,
      ...(full.max === undefined ? {} : { fullMax: full.max }),
      text,
    },
  };
}

/** "4 möten", "minst 4 möten", "2–3 möten". */
export function meetingCount(count: { min: number; max?: number }): string {
  const noun = (n: number): string => (n === 1 ? 'möte' : 'möten');
  if (count.max === undefined) return `minst ${count.min} ${noun(count.min)}`;
  if (count.max === count.min) return `${count.min} ${noun(count.min)}`;
  return `${count.min}–${count.max} möten`;
}

function countWords(count: { min: number; max?: number }): string {
  if (count.max === undefined) return `minst ${count.min} gånger`;
  return count.max === count.min ? `${count.min} gånger` : `${count.min}–${count.max} gånger`;
}

function proRataSum(count: number, days: number, of: number, result: number): string {
  const exact = ((count * days) / of).toFixed(1).replace('.', ',');
  return `${count} × ${days}/${of} = ${exact} → ${result}`;
}

function dateSv(day: DateTime): string {
  return `${day.day} ${swedishMonths[day.month - 1] ?? ''} ${day.year}`;
}

/**
 * The reading of a count for the agreement's first period, when its term starts within a year
 * or a term (Jämtland: 1 March), in Swedish; undefined when the first period is whole or there
 * is no term. For the document and the coverage view, which say what the calendar counts.
 */
export function firstPeriodReading(
  cadence: { per: 'year' | 'term'; min?: number; max?: number },
  term: { start: string; end?: string; renewal?: { kind: string } } | undefined,
): string | undefined {
  if (term === undefined) return undefined;
  const start = DateTime.fromISO(term.start, { zone: STOCKHOLM });
  if (!start.isValid) return undefined;
  const end = term.end === undefined ? undefined : DateTime.fromISO(term.end, { zone: STOCKHOLM });
  const renews = term.renewal?.kind === 'automatic';
  const [first] = meetingPeriods(start, start.plus({ years: 1 }), cadence.per);
  if (first === undefined) return undefined;
  const min = cadence.min ?? cadence.max ?? 1;
  const counted = periodCount(
    { kind: 'countPerPeriod', per: cadence.per, min, ...(cadence.max === undefined ? {} : { max: cadence.max }) },
    first,
    // A renewing term has no last day; the period's share is all that matters here.
    {
      start,
      ...(renews || end === undefined || !end.isValid ? { renewal: Duration.fromObject({ years: 1 }) } : { end }),
    },
  );
  return counted?.reading?.text;
}
