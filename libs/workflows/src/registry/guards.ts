import { type RegistryParams, booleanParameter, countParameter, payloadValue, textParam } from './registry-params.js';
import { type RoutineContext, type RoutineEvent } from './routine-context.js';
import { type TaskMultiplicity, itemsLeft } from './task-items.js';

interface GuardArgs {
  context: RoutineContext;
  event: RoutineEvent;
}

function multiplicity(value: string): TaskMultiplicity {
  return value === 'party' || value === 'assignedAction' ? value : 'once';
}

/**
 * The guards of the registry (see `registry-spec.ts` for their parameters). Each is a pure
 * function of the instance's memory and the event; a guard whose parameters name nothing it
 * knows is false, though validation rejects such a definition before it is ever compiled.
 */
export const guardImplementations = {
  countReached: ({ context }: GuardArgs, params: RegistryParams): boolean => {
    const limit = countParameter(context, textParam(params, 'parameter'));
    return limit !== undefined && (context.counts[textParam(params, 'counter')] ?? 0) >= limit;
  },
  payloadIs: ({ event }: GuardArgs, params: RegistryParams): boolean =>
    payloadValue(event, textParam(params, 'field')) === params['value'],
  payloadHasItems: ({ event }: GuardArgs, params: RegistryParams): boolean => {
    const value = payloadValue(event, textParam(params, 'field'));
    return Array.isArray(value) && value.length > 0;
  },
  // `forEach` and `role` are added by the compiler from the task the definition names.
  allTaskItemsDone: ({ context }: GuardArgs, params: RegistryParams): boolean =>
    itemsLeft(context, textParam(params, 'task'), multiplicity(textParam(params, 'forEach')), textParam(params, 'role'))
      .length === 0,
  parameterIsTrue: ({ context }: GuardArgs, params: RegistryParams): boolean =>
    booleanParameter(context, textParam(params, 'parameter')) === true,
};
