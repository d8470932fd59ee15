import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { type StateValue, initialTransition } from 'xstate';
import { type CompiledRoutine, compileRoutine } from '../compile/compile-routine.js';
import { type RoutineBindings } from '../compile/routine-bindings.js';
import { type RoutineSnapshot, activeStateIds } from '../compile/routine-snapshot.js';
import { isTimeField, recordFieldNames } from '../definition/payload-fields.js';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { type RoutineEvent, type RoutineInput } from '../registry/routine-context.js';
import { sampleEvents, sampleInput } from './sample-events.js';

export interface RoutinePath {
  /** The events to send, in order, after starting with `input`. */
  events: RoutineEvent[];
  /** The state after the start and after each event (`awaitingContact.onTime`; regions joined by ` + `). */
  states: string[];
  /** Whether the path ends in the routine's final state. */
  final: boolean;
}

export interface RoutinePathOptions {
  /**
   * `simple`: every path that visits no state twice (every branch and every order of parallel
   * regions; grows fast). `shortest`: one shortest path to each distinct state.
   */
  kind?: 'simple' | 'shortest';
  /** Only the paths that end in the final state (default true). */
  toFinal?: boolean;
  /** Payload events to try instead of the samples, by type. */
  events?: Record<string, RoutineEvent[]>;
  /** The start input; default: a sample of each input field. */
  input?: RoutineInput;
  /** Paths from this snapshot (of the same routine) instead of from the start. */
  from?: RoutineSnapshot;
}

export interface RoutinePaths {
  routine: CompiledRoutine;
  input: RoutineInput;
  paths: RoutinePath[];
}

/**
 * The paths through a routine bound to a county's parties, found by @xstate/graph on the very
 * machine the server runs. Tests walk each with `transition()` (STYLE: paths from the graph);
 * the designer can show them. Events with payloads come from `sampleEvents` (or `events`).
 * States are told apart by value and memory, but not by recorded dates and instants (which a
 * yearly renewal would grow without end) since no guard reads them.
 */
export function routinePaths(
  definition: RoutineDefinition,
  bindings: RoutineBindings,
  options: RoutinePathOptions = {},
): RoutinePaths {
  const routine = compileRoutine(definition, bindings);
  const input = options.input ?? sampleInput(routine.definition, routine.roles);
  const [first] = initialTransition(routine.machine, input);
  const samples = sampleEvents(routine.definition, first.context);
  const overridden = new Set(Object.keys(options.events ?? {}));
  const events = [
    ...samples.filter((event) => !overridden.has(event.type)),
    ...Object.values(options.events ?? {}).flat(),
  ];
  const traversal = {
    input,
    ...(options.from === undefined ? {} : { fromState: options.from }),
    events,
    serializeState: serialize,
    ...(options.toFinal === false ? {} : { toState: (snapshot: RoutineSnapshot) => snapshot.status === 'done' }),
  };
  const found =
    options.kind === 'shortest'
      ? getShortestPaths(routine.machine, traversal)
      : getSimplePaths(routine.machine, traversal);
  const paths = found.map((path) => ({
    // The first step is the start (`xstate.init`) or `from`; the others carry the events sent.
    events: path.steps.slice(1).map((step) => step.event),
    states: path.steps.map((step) => formatStateValue(step.state.value)),
    final: path.state.status === 'done',
  }));
  return { routine, input, paths };
}

/** A state value for people: the active leaf states, regions joined by ` + `. */
export function formatStateValue(value: StateValue): string {
  const ids = activeStateIds(value);
  return ids.filter((id) => !ids.some((other) => other.startsWith(`${id}.`))).join(' + ');
}

const timeFields = new Set<string>(recordFieldNames.filter(isTimeField));

function serialize(snapshot: RoutineSnapshot): string {
  const records = Object.fromEntries(
    Object.entries(snapshot.context.records).filter(([field]) => !timeFields.has(field)),
  );
  const { counts, done } = snapshot.context;
  return JSON.stringify({ value: snapshot.value, counts, done, records });
}
