import { type RoutineContext, partiesPlaying } from './routine-context.js';

/** How a task is owed: once, once per party playing its role, or once per assigned action. */
export type TaskMultiplicity = 'once' | 'party' | 'assignedAction';

/**
 * The items a per-item task is owed for in this instance: the parties playing its role, or the
 * keys of the actions the last recorded outcome assigned.
 */
export function taskItems(context: RoutineContext, forEach: TaskMultiplicity, role: string): string[] {
  switch (forEach) {
    case 'once':
      return [];
    case 'party':
      return partiesPlaying(context, role);
    case 'assignedAction':
      return (context.records.actions ?? []).map((action) => action.key);
  }
}

/** The items of a per-item task not yet done. */
export function itemsLeft(context: RoutineContext, task: string, forEach: TaskMultiplicity, role: string): string[] {
  const done = new Set(context.done[task] ?? []);
  return taskItems(context, forEach, role).filter((item) => !done.has(item));
}
