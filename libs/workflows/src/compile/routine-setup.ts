import { setup } from 'xstate';
import { actionImplementations, internalActionImplementations } from '../registry/actions.js';
import { guardImplementations } from '../registry/guards.js';
import { type RoutineContext, type RoutineEvent, type RoutineInput } from '../registry/routine-context.js';

/**
 * Every routine machine is built from this one setup: the fixed registry of guards and
 * actions, and no delays. Deadlines are not XState `after` transitions: see
 * `deadlines-on-entry.ts` for why and how they run.
 */
export const routineSetup = setup({
  types: {
    context: {} as RoutineContext,
    events: {} as RoutineEvent,
    input: {} as RoutineInput,
  },
  guards: guardImplementations,
  actions: { ...actionImplementations, ...internalActionImplementations },
});

export type RoutineStateConfig = Parameters<typeof routineSetup.createStateConfig>[0];
export type RoutineMachine = ReturnType<typeof routineSetup.createMachine>;
