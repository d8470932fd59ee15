import { type Problem, type ZodProblemOptions } from '@samverkan/agreements';

export type ProblemPath = readonly (string | number)[];

/**
 * A dot path as libs/agreements writes them (`states.awaitingContact.tasks.0.owedBy`), with a
 * segment that itself holds dots, an event name, in brackets:
 * `states.awaitingContact.on[case.contact.made].target`.
 */
export function formatRoutinePath(path: ProblemPath): string {
  return path.reduce<string>((text, segment) => {
    const part = String(segment);
    if (part.includes('.')) return `${text}[${part}]`;
    return text === '' ? part : `${text}.${part}`;
  }, '');
}

export function routineProblem(path: ProblemPath, code: string, sv: string, en: string): Problem {
  return { path: formatRoutinePath(path), code, message: { sv, en } };
}

/**
 * How libs/agreements' zod translator (the one translator of the libraries) writes a routine's
 * form problems: paths with event names in brackets, and what the routine's own patterns check.
 */
export const routineZodOptions: ZodProblemOptions = {
  formatPath: (path) =>
    formatRoutinePath(path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))),
  patterns: {
    '/^[a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+$/': [
      'invalidEventName',
      'en händelse namnges med punkter, t.ex. case.contact.made',
      'an event is named with dots, e.g. case.contact.made',
    ],
    '/^\\d{3}$/': ['invalidSeed', 'ett underlag anges med sitt tresiffriga nummer', 'a seed is its three-digit number'],
    '/^a(?:[1-9]|1\\d|20)$/': [
      'invalidActionKey',
      'en tilldelad åtgärd heter a1 … a20',
      "an assigned action's key is a1 … a20",
    ],
  },
  formats: {
    datetime: [
      'invalidInstant',
      'ska vara en tidpunkt med tidszon, t.ex. 2026-03-31T09:00:00+02:00',
      'must be an instant with its offset, e.g. 2026-03-31T09:00:00+02:00',
    ],
  },
};
