import { type Problem } from '@samverkan/agreements';

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
