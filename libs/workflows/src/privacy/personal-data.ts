import { type Problem } from '@samverkan/agreements';
import { RoutineError } from '../errors/routine-error.js';
import { type ProblemPath, routineProblem } from '../validate/problem.js';

/**
 * The product stores nothing that identifies a victim or a perpetrator (ARCHITECTURE.md,
 * Privacy). Payload fields are typed and few, but the one free text (an action's short title)
 * and any string could still carry an identity number, an e-mail address or a phone number by
 * mistake; these patterns catch what looks like one, erring on the side of rejecting.
 */

// YYMMDD or YYYYMMDD, a separator (-, + for the over-100s, or none) and four digits. The day may
// be 61–91 (samordningsnummer). No checksum test: a mistyped number is personal data too.
const identityNumber =
  /(?<!\d)(?:(?:19|20)?\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+ ]?\d{4}(?!\d)/;
const emailAddress = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/;
// A Swedish number (0…, +46…, 0046…) or any international one (+…), with spaces or hyphens, of
// 7 to 13 digits: 070-693 54 63, 08-123 456 78, +46 70 693 54 63.
const phoneNumber = /(?<![\d])(?:\+|00)\d[\d\s-]{5,16}\d(?![\d])|(?<![\d-])0\d{1,3}[\s-]?\d[\d\s-]{4,10}\d(?![\d])/;
// Instants and dates are typed fields, validated as such; their digits are not a phone number.
const isoTime = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export type PersonalDataKind = 'identityNumber' | 'email' | 'phone';

/** What kind of personal data a text looks like it holds, if any. */
export function personalDataIn(text: string): PersonalDataKind | undefined {
  if (isoTime.test(text.trim())) return undefined;
  if (identityNumber.test(text)) return 'identityNumber';
  if (emailAddress.test(text)) return 'email';
  if (phoneNumber.test(text) && digitCount(text.match(phoneNumber)?.[0] ?? '') >= 7) return 'phone';
  return undefined;
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

const words: Record<PersonalDataKind, { sv: string; en: string }> = {
  identityNumber: { sv: 'ett personnummer eller samordningsnummer', en: 'a personal identity number' },
  email: { sv: 'en e-postadress', en: 'an e-mail address' },
  phone: { sv: 'ett telefonnummer', en: 'a phone number' },
};

/** Every string anywhere in the value (object keys too) that looks like personal data. */
export function findPersonalData(value: unknown, path: ProblemPath = []): Problem[] {
  if (typeof value === 'string') {
    const kind = personalDataIn(value);
    if (kind === undefined) return [];
    return [
      routineProblem(
        path,
        'personalData',
        `Texten ser ut att innehålla ${words[kind].sv}. Uppgifter om personer får inte sparas: använd ärendets referens.`,
        `The text looks like it holds ${words[kind].en}. No personal data may be stored: use the case reference.`,
      ),
    ];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findPersonalData(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...findPersonalData(key, [...path, key]),
      ...findPersonalData(item, [...path, key]),
    ]);
  }
  return [];
}

/** Throws `PERSONAL_DATA_REJECTED`, with every offending path, when the payload holds any. */
export function assertNoPersonalData(payload: unknown): void {
  const problems = findPersonalData(payload);
  if (problems.length === 0) return;
  throw new RoutineError(
    'PERSONAL_DATA_REJECTED',
    {
      sv: 'Händelsen innehåller något som ser ut som personuppgifter och togs inte emot.',
      en: 'The event holds what looks like personal data and was not accepted.',
    },
    problems,
  );
}
