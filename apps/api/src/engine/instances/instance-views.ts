import type { DeadlineView } from '../deadlines/deadline-payload.js';
import type { TaskView } from '../tasks/task-view.js';

/** One running (or finished) case of a routine, as the API shows it. */
export interface InstanceView {
  id: string;
  caseRef: string;
  agreement: string;
  agreementVersion: number;
  routine: string;
  status: 'active' | 'done';
  state: unknown;
  activeStates: string[];
  tasks: TaskView[];
  deadlines: DeadlineView[];
  history: EventView[];
  rowVersion: number;
}

export interface EventView {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  source: 'user' | 'timer' | 'system';
  actorParty: string | null;
  /** When it was recorded. */
  at: string;
  /** When it happened (the sender's occurredAt, a timer's due time, or else when it was recorded). */
  occurredAt: string;
}

/**
 * What one step did, as the answer to the start or event that caused it: the new state, the
 * tasks it opened and closed, the timers it armed and cancelled. The whole case (its history, every
 * task) is a separate read, GET /api/instances/{id}.
 */
export interface StepView {
  id: string;
  caseRef: string;
  /** The routine version the case runs on, `key@version`. */
  routine: string;
  status: 'active' | 'done';
  state: unknown;
  activeStates: string[];
  rowVersion: number;
  /** The history entry this step made; none when a timer's event found nothing to do. */
  event: { seq: number; type: string; at: string; occurredAt: string } | null;
  opened: TaskView[];
  closed: { key: string; status: 'completed' | 'cancelled' }[];
  armed: DeadlineView[];
  /** Ids of the timers it cancelled. */
  cancelled: string[];
}
