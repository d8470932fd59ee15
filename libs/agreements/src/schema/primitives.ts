import { z } from 'zod';

/**
 * The building blocks every section uses. Single-field rules live here; rules that relate
 * several fields (a key that must exist, a total that must add up) live in `checks/`.
 */

/** A stable identifier inside one version: lower-case ASCII words joined by hyphens. */
export const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a key is lower-case letters, digits and single hyphens');

/**
 * Where a value comes from: the citation of a clause of the text, as the clause list cites it
 * (`"10.1"`, `"§ 8"`, or the heading of an unnumbered section). See `clauseSchema`.
 */
export const clauseRefSchema = z.string().trim().min(1).max(160);

/** A calendar date, `YYYY-MM-DD`, in Europe/Stockholm (all dates of an agreement are local). */
export const isoDateSchema = z.iso.date();

/** An ISO 8601 duration (`P6M`, `P1Y`, `PT48H`). Never negative. */
export const isoDurationSchema = z.iso.duration();

/** A local time of day, `HH:MM` (24 h), in Europe/Stockholm. */
export const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time of day is HH:MM');

/** Money: integer öre (1 kr = 100 öre), never negative. */
export const amountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Two-digit county code (`23` Jämtland). */
export const countyCodeSchema = z.string().regex(/^\d{2}$/, 'a county code is two digits');

/** Four-digit municipality code; a string, so the leading zero stays (`0182` Nacka). */
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/, 'a municipality code is four digits');

/** Human text of the agreement (a name, a commitment as worded). */
export const textSchema = z.string().trim().min(1);

/**
 * Marks the parts of a value that are the county's own choice, not the text's: `fields` names
 * them (each place says which names it accepts) and `note` says why, in Swedish, for the
 * strategist who reads it later.
 */
export function countyChoiceSchema<const T extends readonly [string, ...string[]]>(fields: T) {
  return z.strictObject({
    fields: z.array(z.enum(fields)).min(1),
    note: textSchema,
  });
}

/**
 * Marks the parts of a value that are a reading of an ambiguous or incomplete text, not its
 * words: `fields` names them and `note` says, in Swedish, what the text says and how it is read,
 * so the county can confirm the reading or change it.
 */
export function readingSchema<const T extends readonly [string, ...string[]]>(fields: T) {
  return z.strictObject({
    fields: z.array(z.enum(fields)).min(1),
    note: textSchema,
  });
}
