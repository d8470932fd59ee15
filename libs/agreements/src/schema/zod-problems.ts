import { type z } from 'zod';
import { formatPath, type Problem } from '../problem.js';

/** A problem's code and its messages, Swedish and English. */
export type KnownProblem = [code: string, sv: string, en: string];

/** How a library writes the problems zod finds in its own schemas. */
export interface ZodProblemOptions {
  /** Segments before each issue's own path. */
  prefix?: readonly PropertyKey[];
  /** Paths as the library writes them (default: dot paths, `parties.3.key`). */
  formatPath?: (path: readonly PropertyKey[]) => string;
  /** The library's own regular expressions (as `String(regex)`), by what they check. */
  patterns?: Readonly<Record<string, KnownProblem>>;
  /** The library's own string formats (zod's `format`, e.g. `datetime`), by what they check. */
  formats?: Readonly<Record<string, KnownProblem>>;
}

/**
 * Turns zod's issues into problems with Swedish and English messages, one per offending path.
 * The one translator of the libraries: libs/workflows passes its path format and patterns.
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], options: ZodProblemOptions = {}): Problem[] {
  const prefix = options.prefix ?? [];
  return issues.flatMap((issue) => fromIssue(issue, [...prefix, ...issue.path], options));
}

const formats: Record<string, KnownProblem> = {
  date: ['invalidDate', 'ska vara ett datum ÅÅÅÅ-MM-DD som finns i kalendern', 'must be a calendar date YYYY-MM-DD'],
  duration: [
    'invalidDuration',
    'ska vara en tidslängd enligt ISO 8601, t.ex. P6M (sex månader) eller PT48H (48 timmar)',
    'must be an ISO 8601 duration, e.g. P6M or PT48H',
  ],
};

/** The regular expressions of `primitives.ts`, by what they check. */
const patterns: Record<string, KnownProblem> = {
  '/^[a-z0-9]+(?:-[a-z0-9]+)*$/': [
    'invalidKey',
    'en nyckel består av små bokstäver a–z, siffror och enstaka bindestreck',
    'a key is lower-case letters a–z, digits and single hyphens',
  ],
  '/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/': [
    'invalidKey',
    'en mallnyckel består av små bokstäver, siffror och enstaka bindestreck',
    'a template key is lower-case words joined by hyphens',
  ],
  '/^(?:[01]\\d|2[0-3]):[0-5]\\d$/': ['invalidTime', 'ska vara ett klockslag TT:MM', 'must be a time of day HH:MM'],
  '/^\\d{2}$/': ['invalidCountyCode', 'en länskod är två siffror', 'a county code is two digits'],
  '/^\\d{4}$/': ['invalidMunicipalityCode', 'en kommunkod är fyra siffror', 'a municipality code is four digits'],
  '/^[a-z][A-Za-z0-9]*$/': ['invalidName', 'ett namn skrivs camelCase, t.ex. contactWithin', 'a name is camelCase'],
};

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'en text';
    case 'number':
    case 'int':
      return 'ett tal';
    case 'boolean':
      return 'sant eller falskt';
    case 'array':
      return 'en lista';
    case 'object':
    case 'record':
      return 'ett objekt';
    default:
      return expected;
  }
}

function fromIssue(issue: z.core.$ZodIssue, path: PropertyKey[], options: ZodProblemOptions): Problem[] {
  const problem = (at: readonly PropertyKey[], code: string, sv: string, en: string) =>
    problemAt(options, at, code, sv, en);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [problem(path, 'required', 'uppgift saknas', 'is required')];
      return [
        problem(path, 'invalidType', `ska vara ${typeName(issue.expected)}`, `must be of type ${issue.expected}`),
      ];
    case 'too_small':
      if (issue.origin === 'array') {
        return [
          problem(
            path,
            'tooFew',
            `ska ha minst ${String(issue.minimum)}`,
            `must have at least ${String(issue.minimum)}`,
          ),
        ];
      }
      if (issue.origin === 'string') return [problem(path, 'empty', 'får inte vara tom', 'must not be empty')];
      return [
        problem(
          path,
          'tooSmall',
          `ska vara ${issue.inclusive ? 'minst' : 'större än'} ${String(issue.minimum)}`,
          `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`,
        ),
      ];
    case 'too_big':
      return [
        problem(
          path,
          'tooBig',
          `ska vara ${issue.inclusive ? 'högst' : 'mindre än'} ${String(issue.maximum)}`,
          `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`,
        ),
      ];
    case 'invalid_format': {
      const known =
        issue.format === 'regex'
          ? (options.patterns?.[issue.pattern ?? ''] ?? patterns[issue.pattern ?? ''])
          : (options.formats?.[issue.format] ?? formats[issue.format]);
      if (known) return [problem(path, ...known)];
      return [problem(path, 'invalidFormat', `har fel form (${issue.format})`, `has the wrong form (${issue.format})`)];
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return [problem(path, 'invalidValue', `ska vara en av: ${values}`, `must be one of: ${values}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem([...path, key], 'unknownField', 'fältet finns inte i schemat', 'is not a field of the schema'),
      );
    case 'invalid_union':
      return fromUnion(issue, path, options);
    case 'invalid_key':
      return problemsFromZod(issue.issues, { ...options, prefix: path });
    case 'invalid_element':
      return problemsFromZod(issue.issues, { ...options, prefix: path });
    case 'custom': {
      const params: Record<string, unknown> = issue.params ?? {};
      const code = typeof params['code'] === 'string' ? params['code'] : 'invalid';
      const sv = typeof params['sv'] === 'string' ? params['sv'] : 'ogiltigt värde';
      return [problem(path, code, sv, issue.message)];
    }
    case 'not_multiple_of':
      return [problem(path, 'invalidValue', 'ogiltigt värde', issue.message)];
  }
}

function fromUnion(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[], options: ZodProblemOptions): Problem[] {
  const problem = (code: string, sv: string, en: string) => problemAt(options, path, code, sv, en);
  if (issue.discriminator !== undefined || issue.errors.length === 0) {
    const allowed = ('options' in issue ? (issue.options ?? []) : [])
      .map((option) => JSON.stringify(option))
      .join(', ');
    return [problem('invalidValue', `ska vara en av: ${allowed}`, `must be one of: ${allowed}`)];
  }
  // The branch whose issues lie deepest is the form the writer meant; report its issues.
  const branches = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
  const best = branches.sort((a, b) => a.length - b.length)[0];
  if (best) return problemsFromZod(best, { ...options, prefix: path });
  return [problem('invalidForm', 'har inte någon av de tillåtna formerna', 'matches none of the allowed forms')];
}

function problemAt(options: ZodProblemOptions, path: readonly PropertyKey[], code: string, sv: string, en: string) {
  return { path: (options.formatPath ?? formatPath)(path), code, message: { sv, en } } satisfies Problem;
}
