import { type RecordValues } from '../definition/payload-fields.js';
import { type RoutineBindings } from '../compile/routine-bindings.js';
import { resolveParameters } from '../compile/resolve-parameters.js';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { type RoutineContext } from '../registry/routine-context.js';
import { type EntryPlan, planEntry } from './plan-entry.js';

/**
 * Why deadlines are not XState `after` transitions.
 *
 * XState keeps an `after` clock in the actor's memory and does not restore it from a persisted
 * snapshot (statelyai/xstate #5331); its timer ids are per state, not per visit; and a delay is a
 * fixed number of milliseconds decided without the clock, so it cannot be "3 working days from
 * a Friday before Easter". So the compiled machine has no delays at all. Instead:
 *
 * 1. When a state is entered at an instant, this lib computes, purely, what that entry arms:
 *    the state's deadline (an elapsed duration, a number of Swedish working days, or a recorded
 *    instant or date), the due time of each task it opens, and the reminders and escalations
 *    relative to those due times. `effectsOf` does this for every state a transition enters;
 *    `deadlinesOnEntry` does it for one state, from a definition and a county's bindings.
 * 2. The server writes each timer as a deadline row (its own id per visit) and a BullMQ delayed
 *    job, in the transaction that applied the event, and cancels the rows of the states left.
 * 3. When a deadline fires, and its row is still pending, the server sends the timer's `event`
 *    (e.g. `case.contact.deadlinePassed`) to the instance like any other event, through the
 *    pure `transition()`; the definition says in `on` what it does there. Reminders and
 *    escalations send no event: they queue notifications to the roles still owing the tasks.
 *
 * The machine is thus pure state logic, the same in the server and in the designer's simulator,
 * where a button sends the deadline event instead of waiting for it.
 */
export function deadlinesOnEntry(
  definition: RoutineDefinition,
  bindings: RoutineBindings,
  statePath: string,
  enteredAt: string,
  records: RecordValues = {},
): EntryPlan {
  const context: RoutineContext = {
    parameters: resolveParameters(definition, bindings).settings,
    roles: bindings.roles,
    counts: {},
    done: {},
    records,
  };
  return planEntry(definition, context, statePath, enteredAt);
}
