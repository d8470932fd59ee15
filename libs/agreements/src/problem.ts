/** A message for people, in the product's language and in English. */
export interface LocalizedMessage {
  sv: string;
  en: string;
}

/**
 * One thing wrong with an input: where (a dot path such as `parties.3.municipalityCode`),
 * what (a stable code for machines) and a message for the strategist.
 */
export interface Problem {
  path: string;
  code: string;
  message: LocalizedMessage;
}

/** Either the typed value or every problem found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

export function problem(path: string | readonly PropertyKey[], code: string, sv: string, en: string): Problem {
  return { path: typeof path === 'string' ? path : formatPath(path), code, message: { sv, en } };
}
