import { type DigitGroup, type NumberWindow } from './number-runs.js';

/**
 * What a window of digits looks like. Judged on the digits and how they are grouped, never on
 * a checksum: a mistyped identity number is personal data too (so the `personnummer` package,
 * which validates checksums and a few fixed layouts, does not fit). Dates and times as people
 * write them (`2025-03-01`, `01.03.2025`, `09.00–10.00`, `10.1 10.2`) are not numbers here.
 */
export type NumberKind = 'identityNumber' | 'phone';

export function numberKind(window: NumberWindow): NumberKind | undefined {
  const kind = shapeOf(window);
  // Dates and times last: most windows look like nothing, and the calendar test costs most.
  return kind === undefined || isCalendar(window.groups) ? undefined : kind;
}

function shapeOf({ groups, digits }: NumberWindow): NumberKind | undefined {
  if (isInternationalPhone(groups, digits)) return 'phone';
  if (isAreaCodeFirst(groups, digits)) return 'phone';
  if (isIdentityNumber(digits)) return 'identityNumber';
  if (/^0[1-9]/.test(digits) && digits.length >= 7 && digits.length <= 11) return 'phone';
  if (isLocalPhone(groups, digits)) return 'phone';
  return undefined;
}

/**
 * A personal identity number (YYMMDDNNNN, or with the century: 18, 19 or 20) or a
 * co-ordination number (samordningsnummer: the day plus 60), whatever stood between its digits.
 */
function isIdentityNumber(digits: string): boolean {
  let rest = digits;
  if (rest.length === 12) {
    if (!/^(?:18|19|20)/.test(rest)) return false;
    rest = rest.slice(2);
  } else if (rest.length !== 10) {
    return false;
  }
  const month = Number(rest.slice(2, 4));
  const day = Number(rest.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/** `+46 70 …`, `+47 22 …`, `(+46) …`, `0046 70 …`: 7 to 15 digits after the prefix (E.164). */
function isInternationalPhone(groups: DigitGroup[], digits: string): boolean {
  const lead = groups[0]?.joint ?? '';
  const afterPrefix = /\+[([]?$/.test(lead) ? digits : /^00[1-9]/.test(digits) ? digits.slice(2) : undefined;
  return afterPrefix !== undefined && afterPrefix.length >= 7 && afterPrefix.length <= 15;
}

/** A Swedish number written with its area code apart: `070-693 54 63`, `(08) 123 456 78`. */
function isAreaCodeFirst(groups: DigitGroup[], digits: string): boolean {
  const area = groups[0]?.digits ?? '';
  return groups.length > 1 && /^0[1-9]\d{0,2}$/.test(area) && digits.length >= 7 && digits.length <= 11;
}

/** A local number without area code, grouped the Swedish way: `693 54 63`, `12 34 56 78`. */
function isLocalPhone(groups: DigitGroup[], digits: string): boolean {
  if (groups.length < 3 || digits.length < 7 || digits.length > 8 || digits.startsWith('0')) return false;
  const [first, ...rest] = groups;
  return (
    first !== undefined &&
    first.digits.length >= 2 &&
    first.digits.length <= 3 &&
    rest.every((group) => group.digits.length === 2)
  );
}

type Unit = (groups: DigitGroup[], at: number) => number;

const inRange = (text: string | undefined, min: number, max: number, lengths: number[]): boolean =>
  text !== undefined && lengths.includes(text.length) && Number(text) >= min && Number(text) <= max;
const joinedBy = (groups: DigitGroup[], from: number, count: number, separators: string[]): boolean => {
  const first = groups[from + 1]?.joint;
  if (first === undefined || !separators.includes(first)) return false;
  for (let i = from + 2; i < from + count; i++) if (groups[i]?.joint !== first) return false;
  return true;
};

// Each unit says how many groups it takes at `at` (0: it does not fit there).
const units: Unit[] = [
  // 2025-03-01, 2025/03/01
  (g, at) =>
    inRange(g[at]?.digits, 1800, 2199, [4]) &&
    inRange(g[at + 1]?.digits, 1, 12, [2]) &&
    inRange(g[at + 2]?.digits, 1, 31, [2]) &&
    joinedBy(g, at, 3, ['-', '/', '.'])
      ? 3
      : 0,
  // 1.3.2025, 01/03/25, 01-03-2025
  (g, at) =>
    inRange(g[at]?.digits, 1, 31, [1, 2]) &&
    inRange(g[at + 1]?.digits, 1, 12, [1, 2]) &&
    inRange(g[at + 2]?.digits, 0, 2199, [2, 4]) &&
    joinedBy(g, at, 3, ['.', '/', '-'])
      ? 3
      : 0,
  // 1.3, 01/03, and clause numbers such as 10.1
  (g, at) =>
    inRange(g[at]?.digits, 1, 31, [1, 2]) && inRange(g[at + 1]?.digits, 1, 12, [1, 2]) && joinedBy(g, at, 2, ['.', '/'])
      ? 2
      : 0,
  // 09.00, 9.30
  (g, at) =>
    inRange(g[at]?.digits, 0, 23, [1, 2]) && inRange(g[at + 1]?.digits, 0, 59, [2]) && joinedBy(g, at, 2, ['.'])
      ? 2
      : 0,
];

/**
 * Whether the window is wholly dates and times (one or several, joined by spaces or dashes:
 * `2025-03-01 – 2025-03-31`, `kl. 09.00–10.00`, `10.1 10.2`). A dynamic programme over the
 * groups: `reached[i]` says the first `i` groups are whole dates and times.
 */
function isCalendar(groups: DigitGroup[]): boolean {
  const reached = new Array<boolean>(groups.length + 1).fill(false);
  reached[0] = true;
  for (let at = 0; at < groups.length; at++) {
    if (!reached[at]) continue;
    if (at > 0 && !/^[ -]+$/.test(groups[at]?.joint ?? '')) continue;
    for (const unit of units) {
      const taken = unit(groups, at);
      if (taken > 0) reached[at + taken] = true;
    }
  }
  return reached[groups.length] === true;
}
