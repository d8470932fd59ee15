/**
 * An e-mail address, also as people hide it from harvesters: `anna(at)example.se`,
 * `anna [at] example dot se`, `anna (snabel-a) example (punkt) se`, `anna ＠ example.se`
 * (NFKC has made `＠` and `﹫` an `@` before this runs). Every pattern here is anchored on a
 * single character or has no nested repetition, so a long hostile text costs linear time.
 */

const bracketedAt = /[([{<] ?(?:at|snabel-?a) ?[)\]}>]/g;
const bracketedDot = /[([{<] ?(?:dot|punkt) ?[)\]}>]/g;
const spokenDot = / (?:dot|punkt) (?=[\p{L}\p{N}])/gu;
const spokenAt = /(?<=[\p{L}\p{N}]) (?:at|snabel-?a) (?=[\p{L}\p{N}])/gu;
/** Any `@` between a word's characters: nothing else in case data writes one. */
const atBetweenWords = /[\p{L}\p{N}_.%+-]@[\p{L}\p{N}]/u;
/** A spelt-out `at` only counts before a domain with a top-level part (`example.se`). */
const atBeforeDomain = /[\p{L}\p{N}_.%+-]@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/u;

/** Whether a normalised text (see `normaliseText`) holds what looks like an e-mail address. */
export function holdsEmailAddress(normalised: string): boolean {
  const text = normalised
    .toLowerCase()
    .replace(/ {2,}/g, ' ')
    .replace(bracketedAt, '@')
    .replace(bracketedDot, '.')
    .replace(/ ?@ ?/g, '@');
  if (atBetweenWords.test(text)) return true;
  const spoken = text
    .replace(spokenDot, '.')
    .replace(spokenAt, '@')
    .replace(/ ?\. ?/g, '.');
  return atBeforeDomain.test(spoken);
}
