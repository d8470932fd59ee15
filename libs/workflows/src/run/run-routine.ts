import { type Problem } from '@samverkan/agreements';
import { initialTransition, transition } from 'xstate';
import { type CompiledRoutine } from '../compile/compile-routine.js';
import { isMicrostepLimitError, routineLoops } from '../compile/microstep-limit.js';
import { type RoutineSnapshot } from '../compile/routine-snapshot.js';
import { TIMER } from '../definition/routine-definition.js';
import { RoutineError } from '../errors/routine-error.js';
import { type RoutineEvent, partiesPlaying } from '../registry/routine-context.js';
import { routineProblem } from '../validate/problem.js';
import { type RoutineEffects, effectsOf } from './effects-of.js';
import { validateEvent, validateInput } from './validate-event.js';

export interface RoutineStepResult {
  snapshot: RoutineSnapshot;
  effects: RoutineEffects;
  /** False when a timer's event found nothing to do: the snapshot is the one given. */
  changed: boolean;
}

/**
 * Starts an instance: checks the input (the definition's `input` fields), computes the initial
 * snapshot with XState's pure `initialTransition` and what entering the first states means
 * (tasks to open, timers to arm). Nothing runs; the server writes the result.
 */
export function startRoutine(routine: CompiledRoutine, input: unknown, at: string): RoutineStepResult {
  const parsed = validateInput(routine.definition, input);
  if (!parsed.ok) throw rejected(invalidCode(parsed.problems), parsed.problems);
  const home = homeMunicipalityProblems(routine, parsed.value.homeMunicipality);
  if (home.length > 0) throw rejected('ROUTINE_EVENT_INVALID', home);
  const [snapshot, actions] = initialTransition(routine.machine, parsed.value);
  // Unlike `transition`, XState's start catches what its macrostep throws and returns it as a
  // snapshot in error; such an instance must not be written.
  if (snapshot.status === 'error') {
    throw isMicrostepLimitError(snapshot.error) ? routineLoops(routine.ref) : snapshot.error;
  }
  return { snapshot, effects: effectsOf(routine, { after: snapshot, actions, at }), changed: true };
}

/**
 * Applies one event to a snapshot with the pure `transition`, after checking it: a declared
 * type, its payload fields only, no personal data, and a current state that does something
 * with it (else `ROUTINE_EVENT_NOT_ALLOWED`). A timer's event that finds nothing to do (its
 * state has no transition for it) is no error: the result is unchanged, with no effects.
 */
export function applyEvent(
  routine: CompiledRoutine,
  snapshot: RoutineSnapshot,
  input: unknown,
  at: string,
): RoutineStepResult {
  const parsed = validateEvent(routine.definition, input);
  if (!parsed.ok) {
    const unknown = parsed.problems.some((problem) => problem.code === 'unknownEvent');
    throw rejected(unknown ? 'ROUTINE_EVENT_NOT_ALLOWED' : invalidCode(parsed.problems), parsed.problems);
  }
  const event = parsed.value;
  const strangers = itemProblems(routine, snapshot, event);
  if (strangers.length > 0) throw rejected('ROUTINE_EVENT_INVALID', strangers);
  if (snapshot.status !== 'active' || !snapshot.can(event)) {
    if (routine.definition.events[event.type]?.sentBy.includes(TIMER)) {
      return { snapshot, effects: noEffects(snapshot), changed: false };
    }
    throw rejected('ROUTINE_EVENT_NOT_ALLOWED', [], event.type);
  }
  const [next, actions] = boundedTransition(routine, snapshot, event);
  return {
    snapshot: next,
    effects: effectsOf(routine, { before: snapshot, after: next, actions, event, at }),
    changed: true,
  };
}

function boundedTransition(
  routine: CompiledRoutine,
  snapshot: RoutineSnapshot,
  event: RoutineEvent,
): ReturnType<typeof transition<CompiledRoutine['machine']>> {
  try {
    return transition(routine.machine, snapshot, event);
  } catch (error) {
    throw isMicrostepLimitError(error) ? routineLoops(routine.ref) : error;
  }
}

/**
 * A role bound with `choose: 'homeMunicipality'` is played by the case's home municipality, so
 * an instance of such a binding needs one, and it must be among the municipalities bound.
 */
function homeMunicipalityProblems(routine: CompiledRoutine, home: string | undefined): Problem[] {
  const choosing = Object.entries(routine.roles).filter(([, binding]) => binding.choose === 'homeMunicipality');
  if (choosing.length === 0) return [];
  if (home === undefined) {
    return [
      routineProblem(
        ['homeMunicipality'],
        'homeMunicipalityRequired',
        `Ärendets hemkommun behövs: rollen ${choosing.map(([role]) => role).join(', ')} spelas av hemkommunen.`,
        `The case's home municipality is needed: role ${choosing.map(([role]) => role).join(', ')} is played by it.`,
      ),
    ];
  }
  return choosing
    .filter(([, binding]) => !binding.to.includes(home))
    .map(([role]) =>
      routineProblem(
        ['homeMunicipality'],
        'unknownHomeMunicipality',
        `${home} är ingen av de kommuner som kan spela rollen ${role}.`,
        `${home} is not one of the municipalities that can play role ${role}.`,
      ),
    );
}

/**
 * A `party` must play one of the roles that send the event (only a signatory signs), and an
 * `action` must be one the recorded outcome assigned.
 */
function itemProblems(routine: CompiledRoutine, snapshot: RoutineSnapshot, event: RoutineEvent): Problem[] {
  const problems: Problem[] = [];
  const senders = routine.definition.events[event.type]?.sentBy ?? [];
  if (
    event.party !== undefined &&
    !senders.some((role) => partiesPlaying(snapshot.context, role).includes(event.party ?? ''))
  ) {
    problems.push(
      routineProblem(
        ['party'],
        'partyNotInRole',
        `${event.party} spelar inte rollen ${senders.join(' eller ')} i ärendet.`,
        `${event.party} does not play role ${senders.join(' or ')} in this case.`,
      ),
    );
  }
  const assigned = (snapshot.context.records.actions ?? []).map((action) => action.key);
  if (event.action !== undefined && !assigned.includes(event.action)) {
    problems.push(
      routineProblem(
        ['action'],
        'unknownAssignedAction',
        `Samrådet gav ingen åtgärd ${event.action}.`,
        `The consultation assigned no action ${event.action}.`,
      ),
    );
  }
  return problems;
}

/** Personal data is refused as such wherever it is sent, the start input included. */
function invalidCode(problems: Problem[]): 'PERSONAL_DATA_REJECTED' | 'ROUTINE_EVENT_INVALID' {
  return problems.some((problem) => problem.code === 'personalData')
    ? 'PERSONAL_DATA_REJECTED'
    : 'ROUTINE_EVENT_INVALID';
}

function noEffects(snapshot: RoutineSnapshot): RoutineEffects {
  return {
    left: [],
    entered: [],
    openTasks: [],
    closeTasks: [],
    armTimers: [],
    cancelTimers: [],
    done: snapshot.status === 'done',
  };
}

function rejected(
  code: 'ROUTINE_EVENT_INVALID' | 'ROUTINE_EVENT_NOT_ALLOWED' | 'PERSONAL_DATA_REJECTED',
  problems: Problem[],
  type?: string,
): RoutineError {
  switch (code) {
    case 'ROUTINE_EVENT_INVALID':
      return new RoutineError(code, { sv: 'Händelsen har fel form.', en: 'The event is malformed.' }, problems);
    case 'PERSONAL_DATA_REJECTED':
      return new RoutineError(
        code,
        {
          sv: 'Händelsen innehåller något som ser ut som personuppgifter och togs inte emot.',
          en: 'The event holds what looks like personal data and was not accepted.',
        },
        problems,
      );
    case 'ROUTINE_EVENT_NOT_ALLOWED':
      return new RoutineError(
        code,
        {
          sv: `Händelsen ${type ?? ''} är inte möjlig i ärendets nuvarande läge.`,
          en: `Event ${type ?? ''} is not possible in the case's current state.`,
        },
        problems,
      );
  }
}
