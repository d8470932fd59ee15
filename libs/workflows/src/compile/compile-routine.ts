import { type RoleBinding, formatTemplateRef } from '@samverkan/agreements';
import { type RoutineDefinition, type StateSpec } from '../definition/routine-definition.js';
import { stateIndex, taskEntries } from '../definition/state-tree.js';
import { RoutineError } from '../errors/routine-error.js';
import { type ParameterSetting, type RoutineContext, type RoutineInput } from '../registry/routine-context.js';
import { validateRoutine } from '../validate/validate-routine.js';
import { resolveParameters } from './resolve-parameters.js';
import { type RoutineBindings } from './routine-bindings.js';
import { type RoutineMachine, type RoutineStateConfig, routineSetup } from './routine-setup.js';
import { MACHINE_ID, StateConfigBuilder } from './state-config.js';

/** A definition bound to a county's parties and parameters, ready to run. */
export interface CompiledRoutine {
  /** `rvc-referral@1`. */
  ref: string;
  definition: RoutineDefinition;
  /** The values the instance runs with: the binding's, else the defaults. */
  parameters: Record<string, ParameterSetting>;
  roles: Record<string, RoleBinding>;
  /**
   * The XState v5 machine, for the pure `initialTransition` / `transition` functions (the
   * server) and for an actor in the designer's simulator. It has no `after` delays: deadline
   * events are sent by durable timers the server arms from `effectsOf` (see deadlines-on-entry.ts).
   */
  machine: RoutineMachine;
}

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
  const valid = validated.value;
  const parameters = resolveParameters(valid, bindings).settings;
  const roles: Record<string, RoleBinding> = {};
  for (const [role, binding] of Object.entries(bindings.roles)) {
    roles[role] = binding.choose ? { to: [...binding.to], choose: binding.choose } : { to: [...binding.to] };
  }

  const index = stateIndex(valid);
  const builder = new StateConfigBuilder(taskEntries(valid));
  const build = (
    states: Record<string, StateSpec>,
    parentId: string | undefined,
  ): Record<string, RoutineStateConfig> => {
    const configs: Record<string, RoutineStateConfig> = {};
    for (const [key, spec] of Object.entries(states)) {
      const id = parentId === undefined ? key : `${parentId}.${key}`;
      const entry = index.get(id);
      if (entry) configs[key] = builder.build(entry, build(spec.states ?? {}, id));
    }
    return configs;
  };

  const machine = routineSetup.createMachine({
    id: MACHINE_ID,
    initial: valid.initial,
    context: ({ input }: { input: RoutineInput | undefined }): RoutineContext => ({
      parameters: structuredClone(parameters),
      roles: structuredClone(roles),
      counts: {},
      done: {},
      records: { ...input },
    }),
    states: build(valid.states, undefined),
  });
  return {
    ref: formatTemplateRef({ key: valid.key, version: valid.version }),
    definition: valid,
    parameters,
    roles,
    machine,
  };
}
