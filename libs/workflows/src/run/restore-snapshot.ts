import { type CompiledRoutine } from '../compile/compile-routine.js';
import { type RoutineSnapshot } from '../compile/routine-snapshot.js';
import { RoutineError } from '../errors/routine-error.js';
import { routineContextSchema, stateValueSchema } from './snapshot-schema.js';

/**
 * A stored snapshot (its JSON text, or the parsed object) back as a snapshot `transition()`
 * accepts: XState's `machine.resolveState` rebuilds its state nodes from the value; a raw
 * parsed object would throw. The form is checked first, and a value that names a state the
 * definition lacks (a snapshot of another version) is rejected with `ROUTINE_SNAPSHOT_INVALID`.
 */
export function restoreSnapshot(routine: CompiledRoutine, stored: unknown): RoutineSnapshot {
  const data: unknown = typeof stored === 'string' ? parse(stored) : stored;
  if (data === null || typeof data !== 'object' || !('value' in data) || !('context' in data)) throw invalid();
  const value = stateValueSchema.safeParse(data.value);
  const context = routineContextSchema.safeParse(data.context);
  if (!value.success || !context.success) throw invalid();
  try {
    return routine.machine.resolveState({ value: value.data, context: context.data });
  } catch {
    throw invalid();
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid();
  }
}

function invalid(): RoutineError {
  return new RoutineError('ROUTINE_SNAPSHOT_INVALID', {
    sv: 'Det sparade läget passar inte rutinens version.',
    en: 'The stored snapshot does not fit the routine version.',
  });
}
