import { AppError } from '../errors/app-error.js';
import type { FieldProblem } from './parse-body.js';

/**
 * Limits on the shape of every request's input, checked before any handler walks it.
 *
 * Depth: the deepest seed agreement nests 8 levels and the deepest standard routine definition
 * 13; 32 leaves room for both while stopping a body nested thousands deep before a
 * recursive walk (the personal-data guard, zod, the diff) can overflow the stack.
 * NUL: PostgreSQL cannot store U+0000 in text or jsonb; a string holding one is refused here
 * with its path instead of failing in the database.
 * Lone surrogates: a JSON text may escape half of a UTF-16 pair (`"\ud800"`), which is no
 * Unicode character; jsonb refuses it (and text would store it as U+FFFD, changed), so a string
 * or key holding one is refused with its path like a NUL.
 */
export const MAX_INPUT_DEPTH = 32;
/** Values (strings, numbers, objects, array items) in one body; a body within the size limit holds far fewer. */
export const MAX_INPUT_NODES = 100_000;

const NUL = '\u0000';
/** Half of a surrogate pair standing alone (with the `u` flag a whole pair is one code point, never matched). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a string cannot be stored as it is, if it cannot. */
function unstorable(text: string): string | undefined {
  if (text.includes(NUL)) return 'a NUL character';
  if (LONE_SURROGATE.test(text)) return 'a lone surrogate (not a Unicode character)';
  return undefined;
}

export class InputError extends AppError<'INPUT_TOO_DEEP' | 'INPUT_TOO_LARGE' | 'INPUT_INVALID_CHARACTER'> {}

/** Iterative, so a hostile body cannot overflow the stack of the check itself. */
export function checkInput(value: unknown, where: string): void {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    nodes += 1;
    if (nodes > MAX_INPUT_NODES) {
      throw new InputError('INPUT_TOO_LARGE', 413, `The ${where} holds more than ${MAX_INPUT_NODES} values`);
    }
    if (item.path.length > MAX_INPUT_DEPTH) {
      throw new InputError('INPUT_TOO_DEEP', 422, `The ${where} nests deeper than ${MAX_INPUT_DEPTH} levels`, {
        problems: [{ path: label(where, item.path.slice(0, MAX_INPUT_DEPTH + 1)), message: 'nested too deep' }],
      });
    }
    if (typeof item.value === 'string') {
      const bad = unstorable(item.value);
      if (bad) problems.push({ path: label(where, item.path), message: `holds ${bad}` });
    } else if (Array.isArray(item.value)) {
      item.value.forEach((child, index) => stack.push({ value: child, path: [...item.path, String(index)] }));
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const [key, child] of Object.entries(item.value)) {
        const bad = unstorable(key);
        if (bad) problems.push({ path: label(where, item.path), message: `a key holds ${bad}` });
        stack.push({ value: child, path: [...item.path, key] });
      }
    }
    if (problems.length >= 20) break;
  }
  if (problems.length > 0) {
    throw new InputError('INPUT_INVALID_CHARACTER', 422, `The ${where} holds characters that cannot be stored`, {
      problems,
    });
  }
}

function label(where: string, path: string[]): string {
  return path.length === 0 ? `(${where})` : path.join('.');
}
