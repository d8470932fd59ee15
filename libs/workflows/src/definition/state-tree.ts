import { type RoutineDefinition, type StateSpec, type TaskSpec, type TransitionSpec } from './routine-definition.js';

/**
 * One state of a definition with where it sits. `id` is its dot path from the root
 * (`awaitingContact.overdue`), the name every other part of the lib uses for a state.
 */
export interface StateEntry {
  id: string;
  key: string;
  /** `['states', 'awaitingContact', 'states', 'overdue']`: where it is in the definition. */
  path: (string | number)[];
  spec: StateSpec;
  parent: StateEntry | undefined;
  depth: number;
}

/** Every state, parents before children, in the order the definition lists them. */
export function stateEntries(definition: RoutineDefinition): StateEntry[] {
  const entries: StateEntry[] = [];
  const visit = (states: Record<string, StateSpec>, parent: StateEntry | undefined): void => {
    for (const [key, spec] of Object.entries(states)) {
      const entry: StateEntry = {
        id: parent ? `${parent.id}.${key}` : key,
        key,
        path: [...(parent?.path ?? []), 'states', key],
        spec,
        parent,
        depth: parent ? parent.depth + 1 : 0,
      };
      entries.push(entry);
      if (spec.states) visit(spec.states, entry);
    }
  };
  visit(definition.states, undefined);
  return entries;
}

export function stateIndex(definition: RoutineDefinition): Map<string, StateEntry> {
  return new Map(stateEntries(definition).map((entry) => [entry.id, entry]));
}

/** The entry and its ancestors, nearest first. */
export function selfAndAncestors(entry: StateEntry): StateEntry[] {
  const chain: StateEntry[] = [];
  for (let current: StateEntry | undefined = entry; current; current = current.parent) chain.push(current);
  return chain;
}

/**
 * The id of the state a target names, seen from `from`: `#a.b` from the root, `.child` below
 * `from`, anything else among `from`'s siblings. Undefined when no such state exists.
 */
export function resolveTarget(index: Map<string, StateEntry>, from: StateEntry, target: string): string | undefined {
  let id: string;
  if (target.startsWith('#')) id = target.slice(1);
  else if (target.startsWith('.')) id = `${from.id}${target}`;
  else id = from.parent ? `${from.parent.id}.${target}` : target;
  return index.has(id) ? id : undefined;
}

/** Where a transition is written: under an event in `on`, in `always`, or as `onDone`. */
export type TransitionKind = 'on' | 'always' | 'onDone';

export interface TransitionEntry {
  transition: TransitionSpec;
  path: (string | number)[];
  /** The event of an `on` transition; undefined for `always` and `onDone`. */
  event: string | undefined;
  kind: TransitionKind;
}

/** A state's `on`, `always` and `onDone` transitions, each with where it is written. */
export function transitionsOf(entry: StateEntry): TransitionEntry[] {
  const list: TransitionEntry[] = [];
  for (const [event, value] of Object.entries(entry.spec.on ?? {})) {
    const path = [...entry.path, 'on', event];
    if (Array.isArray(value)) {
      value.forEach((transition, i) => list.push({ transition, path: [...path, i], event, kind: 'on' }));
    } else list.push({ transition: value, path, event, kind: 'on' });
  }
  const always = entry.spec.always;
  if (Array.isArray(always)) {
    always.forEach((transition, i) =>
      list.push({ transition, path: [...entry.path, 'always', i], event: undefined, kind: 'always' }),
    );
  } else if (always) {
    list.push({ transition: always, path: [...entry.path, 'always'], event: undefined, kind: 'always' });
  }
  if (entry.spec.onDone) {
    list.push({ transition: entry.spec.onDone, path: [...entry.path, 'onDone'], event: undefined, kind: 'onDone' });
  }
  return list;
}

/** Every task of the definition with the state that opens it. Task keys are unique. */
export function taskEntries(definition: RoutineDefinition): { task: TaskSpec; state: StateEntry; index: number }[] {
  return stateEntries(definition).flatMap((state) =>
    (state.spec.tasks ?? []).map((task, index) => ({ task, state, index })),
  );
}

/** The states that are entered with `id`: its ancestors, itself and its initial descendants. */
export function entrySet(index: Map<string, StateEntry>, id: string): string[] {
  const entry = index.get(id);
  if (!entry) return [];
  const ids = selfAndAncestors(entry).map((state) => state.id);
  const descend = (state: StateEntry): void => {
    const children = Object.keys(state.spec.states ?? {});
    const entered = state.spec.parallel ? children : state.spec.initial ? [state.spec.initial] : [];
    for (const key of entered) {
      const child = index.get(`${state.id}.${key}`);
      if (!child) continue;
      ids.push(child.id);
      descend(child);
    }
  };
  descend(entry);
  return ids;
}

/**
 * Every state that may be active right after a transition to `id`: `entrySet`, and also the
 * regions of each parallel state around `id`, since entering a parallel state enters all of
 * them. An over-approximation when the transition stays inside the parallel state (then the
 * other regions are not entered again); checks that must not miss a state use it.
 */
export function statesEnteredWith(index: Map<string, StateEntry>, id: string): string[] {
  const ids = new Set(entrySet(index, id));
  const entry = index.get(id);
  for (let current = entry?.parent; current; current = current.parent) {
    if (!current.spec.parallel) continue;
    for (const region of Object.keys(current.spec.states ?? {})) {
      for (const entered of entrySet(index, `${current.id}.${region}`)) ids.add(entered);
    }
  }
  return [...ids];
}
