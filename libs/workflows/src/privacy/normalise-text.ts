/**
 * Text as the personal-data patterns read it: what a person sees, not the code points typed.
 * `１９１２`, `١٩١٢`, `1912` and `19\u200B12` all read as 1912, so they must all match as 1912.
 * Used only for matching; the text stored (or refused) is the one sent.
 */

// Characters that show nothing (zero-width space and joiners, soft hyphen, word joiner, byte
// order mark, variation selectors, tags) and combining marks (a line under each digit): a
// reader skips them, so the patterns skip them too. NFKC has composed å, ä, ö before this runs.
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}]/gu;
// Any Unicode decimal digit that NFKC leaves as it is (Arabic-Indic, Devanagari, …).
const unicodeDigit = /\p{Nd}/u;
const anyUnicodeDigit = /\p{Nd}/gu;
// Dashes of every kind and the minus sign read as a hyphen; spaces of every kind as a space.
const dash = /[\p{Pd}\u2212\u2043]/gu;
const space = /[\p{Zs}\s]/gu;
// Dots and slashes that look like `.` and `/` but are other characters.
const dotLike = /[\u00B7\u2022\u2219\u22C5\u2024]/gu;
const slashLike = /[\u2044\u2215\u29F8]/gu;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(anyUnicodeDigit, asciiDigit)
    .replace(dash, '-')
    .replace(space, ' ')
    .replace(dotLike, '.')
    .replace(slashLike, '/');
}

/**
 * The ASCII digit of a Unicode decimal digit. Unicode encodes every set of decimal digits as
 * ten consecutive code points from zero to nine (a stability guarantee), so the value is how
 * many digits precede it in its run of digits, modulo ten.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return digit;
  // The longest run of decimal digits is fifty (the mathematical digits); NFKC maps those.
  let before = 0;
  while (before < 100 && unicodeDigit.test(String.fromCodePoint(code - before - 1))) before++;
  return String(before % 10);
}
