/**
 * The two parts of a Swedish address a pattern can tell with few false alarms: a street with
 * its number (`Storgatan 12`, `Rådhusgatan 4B`, `Kyrkvägen-3`) and a postcode with its town
 * (`831 30 Östersund`). A street without a number, a place name or a person's name cannot be
 * told from ordinary words; that is why case data holds no free text (see `personal-data.ts`).
 */

// Endings of Swedish street names. Not `väg`, `plan` or `led`: `överväg 2`, `handlingsplan 2025`.
const street =
  /(?<!\p{L})\p{L}{2,}(?:gatan|gata|gränd|gränden|vägen|torget|stigen|allén|allé|backen|leden|platsen|kajen)[ -]?\d{1,4}(?!\d)/iu;
const postcodeAndTown = /(?<![\p{L}\p{N}])\d{3} ?\d{2}(?!\d) \p{Lu}\p{Ll}+/u;

/** Whether a normalised text (see `normaliseText`) holds what looks like a postal address. */
export function holdsPostalAddress(normalised: string): boolean {
  return street.test(normalised) || postcodeAndTown.test(normalised);
}
