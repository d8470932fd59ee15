import { type ValidationResult, problemsFromZod } from '@samverkan/agreements';
import { type RoutineBindings } from '../compile/routine-bindings.js';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { routineDefinitionSchema } from '../definition/routine-definition-schema.js';
import { checkBindings } from './check-bindings.js';
import { checkDeadlines } from './check-deadlines.js';
import { checkEvents } from './check-events.js';
import { checkEventless } from './check-eventless.js';
import { checkRegistryRefs } from './check-registry-refs.js';
import { checkReachable, checkStateShapes, checkTargets, checkWayOut } from './check-states.js';
import { checkTasks } from './check-tasks.js';
import { routineZodOptions } from './problem.js';
import { ValidationContext } from './validation-context.js';

/**
 * Validates a routine definition (JSON from anywhere: a template file, the designer, the API)
 * and, when given, a county's bindings for it. Returns the typed definition or every problem at
 * once, each with its path, a stable code and a Swedish and English message, in the shape of
 * libs/agreements' `Problem`. The form is checked first; the relations (targets, registry names,
 * roles, reachability…) only on a definition whose form is right, since they read its parts.
 *
 * Codes: form — those of libs/agreements' `problemsFromZod` (required, invalidType,
 * unknownField, empty, tooFew, tooSmall, tooBig, invalidValue, invalidFormat, and per pattern
 * invalidName, invalidKey, invalidEventName, invalidSeed, invalidActionKey, invalidInstant…); states — unknownInitial, missingInitial, initialInParallel,
 * initialWithoutChildren, parallelWithoutRegions, onDoneWithoutChildren,
 * finalStateWithBehaviour, unknownTarget, unreachableState, noWayOut; eventless transitions —
 * alwaysStaysInState, eventlessCycle; registry — unknownGuard, unknownAction,
 * unknownRegistryParam, missingRegistryParam, invalidRegistryParam, payloadFieldWithoutEvent;
 * events — unknownEvent, unusedEvent, deadlineEventNotFromTimer, unknownPayloadField,
 * payloadFieldMissing, reservedRoleName, reservedEventName; tasks — duplicateTask,
 * completingEventNotHandled, completedByOtherRole, shadowedEvent; time — notATimeField,
 * reminderWithoutDue, durationTooLong, tooManyWorkingDays, optionalWithDefault; roles and parameters — unknownRole, unboundRole, unknownParameter,
 * parameterWrongType, parameterMissing, invalidParameterValue.
 */
export function validateRoutine(input: unknown, bindings?: RoutineBindings): ValidationResult<RoutineDefinition> {
  const parsed = routineDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: problemsFromZod(parsed.error.issues, routineZodOptions) };
  }
  const ctx = new ValidationContext(parsed.data);
  checkStateShapes(ctx);
  checkTargets(ctx);
  checkReachable(ctx);
  checkWayOut(ctx);
  checkEventless(ctx);
  checkRegistryRefs(ctx);
  checkEvents(ctx);
  checkTasks(ctx);
  checkDeadlines(ctx);
  if (bindings !== undefined) checkBindings(ctx, bindings);
  return ctx.problems.length === 0 ? { ok: true, value: parsed.data } : { ok: false, problems: ctx.problems };
}
