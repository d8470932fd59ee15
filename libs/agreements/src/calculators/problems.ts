/**
 * Every calculator reports bad input the same way: as data, never by throwing. A result is
 * either `ok` with its value or not `ok` with every problem found at once, each with the dot
 * path of the offending field in the calculator's own input (`parties.3.population`), a stable
 * code and a message in Swedish and English. This is the shape of the schema's `Problem` and
 * `ValidationResult` (src/problem.ts), so the API turns both into the same 422 body.
 */

export type CalculatorProblemCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_YEAR'
  | 'DUPLICATE_KEY'
  | 'UNKNOWN_PARTY'
  | 'UNKNOWN_BODY'
  | 'NO_PARTIES'
  | 'MISSING_POPULATION'
  | 'INVALID_POPULATION'
  | 'MISSING_SHARE'
  | 'INVALID_SHARE'
  | 'SHARES_DO_NOT_SUM'
  | 'NOTHING_TO_SPLIT_BY'
  | 'TOO_LARGE'
  | 'FUNDING_EXCEEDS_COST'
  | 'FUNDING_SPLITS_DIFFER'
  | 'INVALID_DATE'
  | 'INVALID_DATE_TIME'
  | 'INVALID_DURATION'
  | 'INVALID_RRULE'
  | 'INVALID_RANGE'
  | 'INVALID_COUNT'
  | 'INVALID_MONTH_DAY'
  | 'INVALID_CHOICE'
  | 'MISSING_VALUE';

export type ProblemPath = readonly (string | number)[];

export interface CalculatorProblem {
  /** Dot path, e.g. `bodies.2.cadence.rrule`; empty for the input as a whole. */
  path: string;
  code: CalculatorProblemCode;
  message: { sv: string; en: string };
}

export type CalculatorResult<T> = { ok: true; value: T } | { ok: false; problems: CalculatorProblem[] };

export function ok<T>(value: T): CalculatorResult<T> {
  return { ok: true, value };
}

export function failed<T>(problems: CalculatorProblem[]): CalculatorResult<T> {
  return { ok: false, problems };
}

export function problem(code: CalculatorProblemCode, path: ProblemPath, sv: string, en: string): CalculatorProblem {
  return { path: path.map(String).join('.'), code, message: { sv, en } };
}
