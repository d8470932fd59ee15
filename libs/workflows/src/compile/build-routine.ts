import { type RoleBinding, formatTemplateRef } from '@samverkan/agreements';
import { type RoutineDefinition, type StateSpec } from '../definition/routine-definition.js';
import { stateIndex, taskEntries } from '../definition/state-tree.js';
import { type ParameterSetting, type RoutineContext, type RoutineInput } from '../registry/routine-context.js';
import { MAX_MICROSTEPS } from './microstep-limit.js';
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
 * Builds the XState machine of a definition that `validateRoutine` has accepted with these
 * bindings. Only `compileRoutine` (which validates first) and tests that need a machine
 * validation would refuse call it; it is not part of the lib's API.
 */
export function buildRoutine(valid: RoutineDefinition, bindings: RoutineBindings): CompiledRoutine {
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
    // XState counts the microsteps of each macrostep and throws past this number: a loop that
    // validation missed fails one step (see microstep-limit.ts) instead of running forever.
    options: { maxIterations: MAX_MICROSTEPS },
  });
  return {
    ref: formatTemplateRef({ key: valid.key, version: valid.version }),
    definition: valid,
    parameters,
    roles,
    machine,
  };
}
