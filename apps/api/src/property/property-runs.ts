import type fc from 'fast-check';

/**
 * The seed of every property in a run: a fixed one by default, so that `npm test` (and CI) is
 * repeatable; PROPERTY_SEED=<seed> to replay a failure; PROPERTY_SEED=random for a new sample
 * each run (with PROPERTY_SCALE=10 for a long search on a quiet machine). fast-check names
 * the seed and the path of a failure in its message ("Property failed after 3 tests { seed: …,
 * path: "2:1:0" }"); replay it with
 *   PROPERTY_SEED=<seed> PROPERTY_PATH=<path> node --experimental-vm-modules node_modules/jest/bin/jest.js \
 *     -c apps/api/jest.config.js apps/api/src/property/<spec>
 */
const DEFAULT_SEED = 20_261_127;
const given = process.env['PROPERTY_SEED'];
const seed = given === 'random' ? undefined : given ? Number.parseInt(given, 10) : DEFAULT_SEED;
const path = process.env['PROPERTY_PATH'];
/** PROPERTY_SCALE=10 runs every property ten times as often: for a search on a quiet machine. */
const scale = Number(process.env['PROPERTY_SCALE'] ?? '1') || 1;

/** fast-check's parameters for a property of `numRuns` runs (each spec says why its number). */
export function propertyRuns<T>(numRuns: number): fc.Parameters<T> {
  return {
    numRuns: Math.max(1, Math.round(numRuns * scale)),
    ...(seed !== undefined && Number.isSafeInteger(seed) ? { seed } : {}),
    ...(path ? { path } : {}),
    // Shrinking re-sends requests; a counterexample of HTTP calls is small enough as found, and
    // a stalled request would make every shrinking step wait for its bound again.
    endOnFailure: true,
  };
}

/** Jest's timeout for one property: its runs, each far below its bound, plus set-up. */
export const PROPERTY_TIMEOUT_MS = 180_000;

/** PROPERTY_VERBOSE=1: each property says what it saw (accepted, refused, the slowest request). */
export function report(name: string, seen: object): void {
  if (process.env['PROPERTY_VERBOSE']) console.log(name, seen);
}
