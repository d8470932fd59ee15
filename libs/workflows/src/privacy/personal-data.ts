import { type Problem } from '@samverkan/agreements';
import { RoutineError } from '../errors/routine-error.js';
import { type ProblemPath, routineProblem } from '../validate/problem.js';
import { holdsEmailAddress } from './email-address.js';
import { normaliseText } from './normalise-text.js';
import { numberKind } from './number-shapes.js';
import { numberRuns, windowsOf } from './number-runs.js';
import { holdsPostalAddress } from './postal-address.js';

/**
 * The product stores nothing that identifies a victim or a perpetrator (ARCHITECTURE.md,
 * Privacy). Case data is built so that there is almost nothing to type: payload fields are
 * party keys, enumerations, the routine's own lists (an assigned action names one of the
 * routine's `assignableActions`, it has no title of its own), dates and instants. What is left
 * (a caller's own case reference, keys that are then checked against the agreement) and any
 * string sent where it does not belong is checked here, erring on the side of refusing:
 *
 * - identity and co-ordination numbers and phone numbers, counted across separators
 *   (`19.12.12.12-1212`, `(070) 693 54 63`), after normalising the text (NFKC, invisible
 *   characters removed, every Unicode digit read as its ASCII digit);
 * - e-mail addresses, also written `(at)`, `[at]`, `at … dot`, `＠`;
 * - postal addresses where a pattern can tell them: a street with a number, a postcode and town.
 *
 * Names, and addresses without a number, cannot be told from ordinary words by any pattern;
 * they are kept out by giving them no field to go in, not by this check.
 */
export type PersonalDataKind = 'identityNumber' | 'email' | 'phone' | 'address';

/**
 * A refusal lists at most this many offending strings: enough to find them, while a hostile
 * payload of thousands of them does not make a response of megabytes (or a slow walk).
 */
export const MAX_PERSONAL_DATA_PROBLEMS = 20;

/** What kind of personal data a text looks like it holds, if any. */
export function personalDataIn(text: string): PersonalDataKind | undefined {
  const normalised = normaliseText(text);
  for (const run of numberRuns(normalised)) {
    for (const window of windowsOf(run)) {
      const kind = numberKind(window);
      if (kind !== undefined) return kind;
    }
  }
  if (holdsEmailAddress(normalised)) return 'email';
  if (holdsPostalAddress(normalised)) return 'address';
  return undefined;
}

const words: Record<PersonalDataKind, { sv: string; en: string }> = {
  identityNumber: { sv: 'ett personnummer eller samordningsnummer', en: 'a personal identity number' },
  email: { sv: 'en e-postadress', en: 'an e-mail address' },
  phone: { sv: 'ett telefonnummer', en: 'a phone number' },
  address: { sv: 'en adress', en: 'a postal address' },
};

/** A place in the value being walked; the path is built only for a string found to offend. */
interface Visit {
  value: unknown;
  segment?: string | number;
  parent?: Visit;
}

/**
 * Every string anywhere in the value (object keys too) that looks like personal data, at most
 * `MAX_PERSONAL_DATA_PROBLEMS`. The walk is iterative (a stack, not recursion), so a payload
 * nested thousands deep is walked, not a stack overflow; its cost is linear in the value's size.
 */
export function findPersonalData(value: unknown, path: ProblemPath = []): Problem[] {
  const problems: Problem[] = [];
  const seen = new WeakSet<object>();
  const stack: Visit[] = [{ value }];
  while (stack.length > 0 && problems.length < MAX_PERSONAL_DATA_PROBLEMS) {
    const visit = stack.pop();
    if (visit === undefined) break;
    const current = visit.value;
    if (typeof current === 'string') {
      const kind = personalDataIn(current);
      if (kind !== undefined) problems.push(personalDataProblem([...path, ...pathOf(visit)], kind));
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    // Pushed in reverse, so problems come out in the value's own order.
    const children: Visit[] = Array.isArray(current)
      ? current.map((item: unknown, i) => ({ value: item, segment: i, parent: visit }))
      : Object.entries(current).flatMap(([key, item]) => [
          { value: key, segment: key, parent: visit },
          { value: item, segment: key, parent: visit },
        ]);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return problems;
}

function pathOf(visit: Visit): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at !== undefined; at = at.parent) {
    if (at.segment !== undefined) segments.push(at.segment);
  }
  return segments.reverse();
}

function personalDataProblem(path: ProblemPath, kind: PersonalDataKind): Problem {
  return routineProblem(
    path,
    'personalData',
    `Texten ser ut att innehålla ${words[kind].sv}. Uppgifter om personer får inte sparas: använd ärendets referens.`,
    `The text looks like it holds ${words[kind].en}. No personal data may be stored: use the case reference.`,
  );
}

/** Throws `PERSONAL_DATA_REJECTED`, with the offending paths, when the payload holds any. */
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
