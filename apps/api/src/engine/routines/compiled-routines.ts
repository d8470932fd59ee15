import type { RoutineBinding } from '@samverkan/agreements';
import { type CompiledRoutine, type RoutineDefinition, compileRoutine } from '@samverkan/workflows';

/**
 * Compiled routines by definition version and binding. Both are immutable once a case runs on
 * them (a published routine version, the binding an instance keeps), so a compiled machine can
 * serve every event of every case on them; compiling one (validation, XState's machine) cost
 * about a tenth of the API's time per event. Bounded: the least recently used goes first.
 */
export const COMPILED_ROUTINES_KEPT = 500;

export class CompiledRoutines {
  private readonly kept = new Map<string, CompiledRoutine>();

  get(definition: RoutineDefinition, binding: RoutineBinding): CompiledRoutine {
    const key = `${definition.key}@${definition.version}\u0000${JSON.stringify(binding)}`;
    const found = this.kept.get(key);
    if (found) {
      this.kept.delete(key);
      this.kept.set(key, found);
      return found;
    }
    const compiled = compileRoutine(definition, binding);
    if (this.kept.size >= COMPILED_ROUTINES_KEPT) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) this.kept.delete(oldest);
    }
    this.kept.set(key, compiled);
    return compiled;
  }
}
