import { RoutineError } from '../errors/routine-error.js';

/**
 * The most microsteps XState may take within one macrostep (one event, or the start) of a
 * routine: its `maxIterations` option. A microstep is one round of eventless transitions; the
 * standard routines take at most two per event, and validation refuses every loop of them, so
 * a thousand is far above any real routine while a loop still fails within milliseconds,
 * before XState's list of microsteps grows to fill the memory (it has no limit by default).
 */
export const MAX_MICROSTEPS = 1000;

// XState 5.33 throws a plain Error with this message past `maxIterations` (macrostep in
// raise-*.esm.js); a test of the lib pins it, so an upgrade that changes it fails there.
const XSTATE_LOOP_MESSAGE = /^Infinite loop detected/;

/** Whether XState gave up on a macrostep because it passed `MAX_MICROSTEPS`. */
export function isMicrostepLimitError(error: unknown): boolean {
  return error instanceof Error && XSTATE_LOOP_MESSAGE.test(error.message);
}

export function routineLoops(ref: string): RoutineError {
  return new RoutineError('ROUTINE_DEFINITION_LOOPS', {
    sv:
      `Rutinen ${ref} fastnar i en slinga av övergångar utan händelse (fler än ${MAX_MICROSTEPS} steg ` +
      'utan att stanna) och kan inte köras. Inget har sparats; rutinen behöver en ny version.',
    en:
      `Routine ${ref} is caught in a loop of eventless transitions (more than ${MAX_MICROSTEPS} steps ` +
      'without coming to rest) and cannot run. Nothing was saved; the routine needs a new version.',
  });
}
