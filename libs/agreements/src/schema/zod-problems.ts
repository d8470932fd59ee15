import { type z } from 'zod';
import { problem, type Problem } from '../problem.js';

/** Turns zod's issues into problems with Swedish and English messages, one per offending path. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, [...prefix, ...issue.path]));
}

const formats: Record<string, [code: string, sv: string, en: string]> = {
  date: ['invalidDate', 'ska vara ett datum ÅÅÅÅ-MM-DD som finns i kalendern', 'must be a calendar date YYYY-MM-DD'],
  duration: [
    'invalidDuration',
    'ska vara en tidslängd enligt ISO 8601, t.ex. P6M (sex månader) eller PT48H (48 timmar)',
    'must be an ISO 8601 duration, e.g. P6M or PT48H',
  ],
};

/** The regular expressions of `primitives.ts`, by what they check. */
const patterns: Record<string, [code: string, sv: string, en: string]> = {
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

function fromIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): Problem[] {
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
      const known = issue.format === 'regex' ? patterns[issue.pattern ?? ''] : formats[issue.format];
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
      return fromUnion(issue, path);
    case 'invalid_key':
      return problemsFromZod(issue.issues, path);
    case 'invalid_element':
      return problemsFromZod(issue.issues, path);
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

function fromUnion(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[]): Problem[] {
  if (issue.discriminator !== undefined || issue.errors.length === 0) {
    const options = ('options' in issue ? (issue.options ?? []) : [])
      .map((option) => JSON.stringify(option))
      .join(', ');
    return [problem(path, 'invalidValue', `ska vara en av: ${options}`, `must be one of: ${options}`)];
  }
  // The branch whose issues lie deepest is the form the writer meant; report its issues.
  const branches = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
  const best = branches.sort((a, b) => a.length - b.length)[0];
  if (best) return problemsFromZod(best, path);
  return [problem(path, 'invalidForm', 'har inte någon av de tillåtna formerna', 'matches none of the allowed forms')];
}
