import { type SnapshotFrom, type StateValue } from 'xstate';
import { type RoutineMachine } from './routine-setup.js';

/** A running instance's state as XState keeps it; plain JSON once stringified. */
export type RoutineSnapshot = SnapshotFrom<RoutineMachine>;

/**
 * The dot paths of every active state, outer before inner:
 * `{ inForce: { term: 'running' } }` → `inForce`, `inForce.term`, `inForce.term.running`.
 */
export function activeStateIds(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  return Object.entries(value).flatMap(([key, child]) => {
    const id = `${prefix}${key}`;
    return child === undefined ? [id] : [id, ...activeStateIds(child, `${id}.`)];
  });
}
