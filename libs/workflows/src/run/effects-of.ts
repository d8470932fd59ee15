import { type CompiledRoutine } from '../compile/compile-routine.js';
import { type RoutineSnapshot, activeStateIds } from '../compile/routine-snapshot.js';
import { type RoutineDefinition, type StateSpec, type TaskSpec } from '../definition/routine-definition.js';
import { type StateEntry, stateIndex } from '../definition/state-tree.js';
import { internalActions } from '../registry/actions.js';
import { payloadValue } from '../registry/registry-params.js';
import { type RoutineContext, type RoutineEvent } from '../registry/routine-context.js';
import { itemsLeft } from '../registry/task-items.js';
import { type TaskPlan, type TimerPlan, planEntry } from '../time/plan-entry.js';

/** A task that closes: done by its completing event, or cancelled because its state was left. */
export interface ClosedTask {
  key: string;
  task: string;
  state: string;
  item?: string;
  outcome: 'completed' | 'cancelled';
}

/**
 * Timers to cancel: every timer the state armed on its current visit, or (with `keys`) only
 * those of one item of a per-item task that was just completed.
 */
export interface CancelledTimers {
  state: string;
  keys?: string[];
}

/** Everything a transition means for the world outside the machine, for the server to write. */
export interface RoutineEffects {
  /** States left and entered, in the order XState left and entered them (dot paths). */
  left: string[];
  entered: string[];
  openTasks: TaskPlan[];
  closeTasks: ClosedTask[];
  armTimers: TimerPlan[];
  cancelTimers: CancelledTimers[];
  /** The routine reached its final state: the instance is over. */
  done: boolean;
}

/** An action as `initialTransition` / `transition` return it. */
export interface ReturnedAction {
  type: string;
  params?: unknown;
}

export interface RoutineStep {
  /** The snapshot before the event; none for the start. */
  before?: RoutineSnapshot;
  after: RoutineSnapshot;
  /** The actions `transition()` (or `initialTransition()`) returned with `after`, in order. */
  actions: readonly ReturnedAction[];
  event?: RoutineEvent;
  /** When the event was applied: the entry time of every state entered. */
  at: string;
}

/**
 * What a step did, derived purely from the two snapshots and the actions XState returned: the
 * compiler puts a marker action on every state's entry and exit, so re-entering a state shows
 * as left and entered again, which comparing snapshots alone cannot tell. The server turns the
 * result into rows in the same transaction as the new snapshot (ARCHITECTURE.md, Execution).
 */
export function effectsOf(routine: CompiledRoutine, step: RoutineStep): RoutineEffects {
  const definition = routine.definition;
  const index = stateIndex(definition);
  const left = markedStates(step.actions, internalActions.left);
  const entered = markedStates(step.actions, internalActions.entered);
  const effects: RoutineEffects = {
    left,
    entered,
    openTasks: [],
    closeTasks: [],
    armTimers: [],
    cancelTimers: [],
    done: step.after.status === 'done',
  };

  const before = step.before;
  for (const id of left) {
    const entry = index.get(id);
    if (!entry || !before) continue;
    // Only a state that can arm timers has any to cancel: the others cost the server nothing.
    if (mayArmTimers(entry.spec)) effects.cancelTimers.push({ state: id });
    for (const open of openTaskKeys(entry, before.context)) {
      const closed: ClosedTask = {
        key: open.key,
        task: open.task.key,
        state: id,
        outcome: completes(open.task, open.item, step.event) ? 'completed' : 'cancelled',
      };
      if (open.item !== undefined) closed.item = open.item;
      effects.closeTasks.push(closed);
    }
  }

  // Items of per-item tasks completed while their state stays active (a party signed).
  if (before) {
    const stayed = activeIds(before).filter((id) => activeIds(step.after).includes(id) && !left.includes(id));
    for (const id of stayed) {
      const entry = index.get(id);
      for (const task of entry?.spec.tasks ?? []) {
        if (task.forEach === undefined) continue;
        const was = new Set(before.context.done[task.key] ?? []);
        for (const item of step.after.context.done[task.key] ?? []) {
          if (was.has(item)) continue;
          effects.closeTasks.push({
            key: `${task.key}:${item}`,
            task: task.key,
            state: id,
            item,
            outcome: 'completed',
          });
          if (task.forEach === 'assignedAction') {
            effects.cancelTimers.push({ state: id, keys: itemTimerKeys(definition, id, `${task.key}:${item}`) });
          }
        }
      }
    }
  }

  for (const id of entered) {
    const plan = planEntry(definition, step.after.context, id, step.at);
    effects.openTasks.push(...plan.tasks);
    effects.armTimers.push(...plan.timers);
  }
  return effects;
}

/** The tasks open in a snapshot (without due times, which the server keeps with its rows). */
export function openTasks(
  routine: CompiledRoutine,
  snapshot: RoutineSnapshot,
): { key: string; task: string; state: string; owedBy: string; item?: string }[] {
  const index = stateIndex(routine.definition);
  return activeIds(snapshot).flatMap((id) => {
    const entry = index.get(id);
    if (!entry) return [];
    return openTaskKeys(entry, snapshot.context).map((open) => {
      const owedBy =
        open.task.forEach === 'assignedAction'
          ? (snapshot.context.records.actions?.find((action) => action.key === open.item)?.role ?? open.task.owedBy)
          : open.task.owedBy;
      return open.item === undefined
        ? { key: open.key, task: open.task.key, state: id, owedBy }
        : { key: open.key, task: open.task.key, state: id, owedBy, item: open.item };
    });
  });
}

function activeIds(snapshot: RoutineSnapshot): string[] {
  return activeStateIds(snapshot.value);
}

function markedStates(actions: readonly ReturnedAction[], marker: string): string[] {
  return actions.flatMap((action) => {
    if (action.type !== marker) return [];
    const params = action.params;
    if (params === null || typeof params !== 'object' || !('state' in params)) return [];
    return typeof params.state === 'string' ? [params.state] : [];
  });
}

function openTaskKeys(entry: StateEntry, context: RoutineContext): { key: string; task: TaskSpec; item?: string }[] {
  return (entry.spec.tasks ?? []).flatMap((task) => {
    if (task.forEach === undefined) return [{ key: task.key, task }];
    return itemsLeft(context, task.key, task.forEach, task.owedBy).map((item) => ({
      key: `${task.key}:${item}`,
      task,
      item,
    }));
  });
}

function completes(task: TaskSpec, item: string | undefined, event: RoutineEvent | undefined): boolean {
  if (event === undefined || !task.completedBy.includes(event.type)) return false;
  if (item === undefined) return true;
  return payloadValue(event, task.forEach === 'party' ? 'party' : 'action') === item;
}

function itemTimerKeys(definition: RoutineDefinition, stateId: string, itemKey: string): string[] {
  const spec = stateIndex(definition).get(stateId)?.spec;
  return [
    ...(spec?.reminders ?? []).map((_, i) => `${stateId}#${itemKey}#reminder.${i}`),
    ...(spec?.escalations ?? []).map((_, i) => `${stateId}#${itemKey}#escalation.${i}`),
  ];
}

/** Whether entering a state can arm timers: a deadline of its own, or tasks each due on its own. */
function mayArmTimers(spec: StateSpec): boolean {
  return spec.deadline !== undefined || (spec.tasks ?? []).some((task) => task.forEach === 'assignedAction');
}
