import { describeDuration } from '../describe/duration.js';
import { swedishMonths } from '../describe/months.js';

/** What every section says when the text is silent on it (seeds README: "not specified"). */
export const NOT_SPECIFIED = 'Inte angivet i överenskommelsen';

const monthNames: readonly string[] = swedishMonths;

/** "2023-03-01" → "1 mars 2023". A calendar date, read as written: no time zone, no clock. */
export function formatDateSv(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "a", "a och b", "a, b och c" (or "eller"). */
export function listSv(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

const smallNumbers = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
/** Units whose "one" is "ett" (neuter); the rest take "en". */
const neuterUnits = new Set(['år']);

/**
 * An ISO 8601 duration as an agreement writes it, small numbers spelled out: P6M "sex månader",
 * P1Y "ett år", PT48H "48 timmar". Built on `describeDuration`, so the words match the designer's.
 */
export function durationInWords(duration: string): string {
  return describeDuration(duration).replace(/\b(\d+) (\p{L}+)/gu, (whole, digits: string, unit: string) => {
    const n = Number(digits);
    if (!Number.isInteger(n) || n < 1 || n > 12) return whole;
    const word = n === 1 && neuterUnits.has(unit) ? 'ett' : (smallNumbers[n] ?? digits);
    return `${word} ${unit}`;
  });
}

/** 20 → "20 %", 33.5 → "33,5 %" (Swedish decimal comma, no-break space before the sign). */
export function formatPercent(percent: number): string {
  return `${String(percent).replace('.', ',')}\u00a0%`;
}

/** Capital first letter, for a label that starts a heading or a table cell. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
