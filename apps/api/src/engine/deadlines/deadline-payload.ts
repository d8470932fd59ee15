import type { TimerPlan } from '@samverkan/workflows';

/** The kind of a routine's timer; the instances module applies it when it fires. */
export const ROUTINE_DEADLINE = 'routine';

/**
 * What a routine's deadline row carries: its case and the timer plan it was armed from. The
 * deadline module owns this shape: it writes it (`armIn`) and reads it (cancelling a state's
 * timers, showing a case's pending ones); rows already stored have it, so it changes only with a
 * migration of the rows.
 */
export interface RoutineTimerPayload extends Record<string, unknown> {
  instanceId: string;
  timer: TimerPlan;
}

/** The payload of a fired routine deadline (its kind is ROUTINE_DEADLINE: this module armed it). */
export function routineTimerOf(deadline: { payload: Record<string, unknown> }): RoutineTimerPayload {
  return deadline.payload as RoutineTimerPayload;
}

/** A case's pending timer, as the case view shows it. */
export interface DeadlineView {
  id: string;
  kind: string;
  key: string;
  state: string;
  dueAt: string;
}

/** A routine's timer row as the case view and a step's answer show it. */
export function deadlineViewOf(row: { id: string; dueAt: Date; payload: Record<string, unknown> }): DeadlineView {
  const { timer } = routineTimerOf(row);
  return { id: row.id, kind: timer.kind, key: timer.key, state: timer.state, dueAt: row.dueAt.toISOString() };
}
