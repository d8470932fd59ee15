import { fieldSpec } from '../definition/payload-fields.js';
import {
  type DurationRef,
  type RoutineDefinition,
  type StateSpec,
  type TaskSpec,
} from '../definition/routine-definition.js';
import { stateIndex } from '../definition/state-tree.js';
import { durationParameter } from '../registry/registry-params.js';
import { type RoutineContext, partiesPlaying } from '../registry/routine-context.js';
import { itemsLeft } from '../registry/task-items.js';
import { afterDuration, afterWorkingDays, beforeDuration, dueFromRecord, isBefore } from './due-time.js';

/** A task a state opens: who owes it, and when it is due. */
export interface TaskPlan {
  /** `makeContact`, or `sign:bergs-kommun` for an item of a per-item task. */
  key: string;
  task: string;
  /** The state (dot path) whose entry opened it and whose exit closes it. */
  state: string;
  /** The routine role that owes it. */
  owedBy: string;
  /** The parties (or agreement roles) that play that role in this instance. */
  parties: string[];
  /** The party or assigned action this item is for. */
  item?: string;
  title: string;
  dueAt?: string;
}

export type TimerKind = 'deadline' | 'reminder' | 'escalation';

/**
 * A durable timer to arm: a deadline row plus a delayed job in the server. Keys are stable per
 * state (`awaitingContact#deadline`), not per visit: the server keys its rows by its own id.
 */
export interface TimerPlan {
  key: string;
  kind: TimerKind;
  state: string;
  dueAt: string;
  /** For a deadline: the event to send to the instance when it fires. */
  event?: string;
  /** For a reminder or escalation: the task items it concerns; notify only if one is still open. */
  tasks: string[];
  /** For a reminder: the roles owing those tasks; for an escalation: the role escalated to. */
  to: string[];
}

export interface EntryPlan {
  state: string;
  enteredAt: string;
  tasks: TaskPlan[];
  timers: TimerPlan[];
}

/** What entering `stateId` at `enteredAt` opens and arms, given the instance's memory. */
export function planEntry(
  definition: RoutineDefinition,
  context: RoutineContext,
  stateId: string,
  enteredAt: string,
): EntryPlan {
  const spec = stateIndex(definition).get(stateId)?.spec;
  const plan: EntryPlan = { state: stateId, enteredAt, tasks: [], timers: [] };
  if (!spec) return plan;
  const stateDue = deadlineDue(spec, context, enteredAt);
  if (stateDue !== undefined && spec.deadline) {
    plan.timers.push({
      key: `${stateId}#deadline`,
      kind: 'deadline',
      state: stateId,
      dueAt: stateDue,
      event: spec.deadline.event,
      tasks: [],
      to: [],
    });
  }
  const shared: TaskPlan[] = [];
  for (const task of spec.tasks ?? []) {
    if (task.forEach === 'assignedAction') {
      for (const item of assignedItems(definition, task, context, stateId, enteredAt)) {
        plan.tasks.push(item);
        if (item.dueAt !== undefined)
          plan.timers.push(...notices(spec, context, stateId, item.dueAt, [item], `#${item.key}`, enteredAt));
      }
      continue;
    }
    const items = task.forEach === 'party' ? itemsLeft(context, task.key, 'party', task.owedBy) : [undefined];
    for (const item of items) {
      const open: TaskPlan = {
        key: item === undefined ? task.key : `${task.key}:${item}`,
        task: task.key,
        state: stateId,
        owedBy: task.owedBy,
        parties: item === undefined ? partiesPlaying(context, task.owedBy) : [item],
        title: task.title,
      };
      if (item !== undefined) open.item = item;
      if (stateDue !== undefined) open.dueAt = stateDue;
      plan.tasks.push(open);
      shared.push(open);
    }
  }
  if (stateDue !== undefined && shared.length > 0) {
    plan.timers.push(...notices(spec, context, stateId, stateDue, shared, '', enteredAt));
  }
  return plan;
}

function deadlineDue(spec: StateSpec, context: RoutineContext, enteredAt: string): string | undefined {
  const within = spec.deadline?.within;
  if (within === undefined) return undefined;
  if ('record' in within) {
    const value = context.records[within.record];
    const kind = fieldSpec(within.record).kind;
    if (typeof value !== 'string' || (kind !== 'instant' && kind !== 'date')) return undefined;
    return dueFromRecord(value, kind);
  }
  const setting = context.parameters[within.parameter];
  if (setting?.type === 'duration') return afterDuration(enteredAt, setting.value);
  if (setting?.type === 'workingDays') return afterWorkingDays(enteredAt, setting.value);
  return undefined;
}

function assignedItems(
  definition: RoutineDefinition,
  task: TaskSpec,
  context: RoutineContext,
  stateId: string,
  enteredAt: string,
): TaskPlan[] {
  const listed = definition.assignableActions ?? {};
  const left = new Set(itemsLeft(context, task.key, 'assignedAction', task.owedBy));
  return (context.records.actions ?? [])
    .filter((action) => left.has(action.key))
    .map((action) => {
      const dueAt =
        'duration' in action.within
          ? afterDuration(enteredAt, action.within.duration)
          : afterWorkingDays(enteredAt, action.within.workingDays);
      const plan: TaskPlan = {
        key: `${task.key}:${action.key}`,
        task: task.key,
        state: stateId,
        owedBy: action.role,
        parties: partiesPlaying(context, action.role),
        item: action.key,
        // The title of the action's kind in the routine's list: nothing the coordinator typed.
        title: (Object.hasOwn(listed, action.kind) ? listed[action.kind]?.title : undefined) ?? task.title,
      };
      if (dueAt !== undefined) plan.dueAt = dueAt;
      return plan;
    });
}

/**
 * The reminders and escalations of the state for tasks due at `dueAt`. A reminder that would
 * come before the state was even entered is left out; one at or after entry is kept.
 */
function notices(
  spec: StateSpec,
  context: RoutineContext,
  stateId: string,
  dueAt: string,
  tasks: TaskPlan[],
  suffix: string,
  enteredAt: string,
): TimerPlan[] {
  const timers: TimerPlan[] = [];
  const owing = [...new Set(tasks.map((task) => task.owedBy))];
  const keys = tasks.map((task) => task.key);
  (spec.reminders ?? []).forEach((reminder, i) => {
    const before = 'before' in reminder ? duration(reminder.before, context) : 'PT0S';
    if (before === undefined) return;
    const at = beforeDuration(dueAt, before);
    if (isBefore(at, enteredAt)) return;
    timers.push({
      key: `${stateId}${suffix}#reminder.${i}`,
      kind: 'reminder',
      state: stateId,
      dueAt: at,
      tasks: keys,
      to: owing,
    });
  });
  (spec.escalations ?? []).forEach((escalation, i) => {
    const after = duration(escalation.after, context);
    if (after === undefined) return;
    timers.push({
      key: `${stateId}${suffix}#escalation.${i}`,
      kind: 'escalation',
      state: stateId,
      dueAt: afterDuration(dueAt, after),
      tasks: keys,
      to: [escalation.to],
    });
  });
  return timers;
}

function duration(ref: DurationRef, context: RoutineContext): string | undefined {
  return 'duration' in ref ? ref.duration : durationParameter(context, ref.parameter);
}
