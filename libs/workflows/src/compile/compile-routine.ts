import { type RoutineDefinition } from '../definition/routine-definition.js';
import { RoutineError } from '../errors/routine-error.js';
import { validateRoutine } from '../validate/validate-routine.js';
import { type CompiledRoutine, buildRoutine } from './build-routine.js';
import { type RoutineBindings } from './routine-bindings.js';

export { type CompiledRoutine } from './build-routine.js';

/**
 * Compiles a definition with its bindings into an XState machine built from the fixed registry.
 * Throws a `RoutineError` (`ROUTINE_INVALID`, with every problem) for an invalid definition or
 * bindings, so nothing half-valid ever runs.
 */
export function compileRoutine(definition: RoutineDefinition, bindings: RoutineBindings): CompiledRoutine {
  const validated = validateRoutine(definition, bindings);
  if (!validated.ok) {
    throw new RoutineError(
      'ROUTINE_INVALID',
      {
        sv: `Rutinen ${definition.key}@${definition.version} kan inte köras: ${validated.problems.length} fel.`,
        en: `Routine ${definition.key}@${definition.version} cannot run: ${validated.problems.length} problems.`,
      },
      validated.problems,
    );
  }
  return buildRoutine(validated.value, bindings);
}
