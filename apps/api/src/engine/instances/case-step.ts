import type { RoutineEffects } from '@samverkan/workflows';
import type { InstanceBindings } from '../instance-store/instance-bindings.js';
import type { InstanceMove, LoggedEvent, NewInstance } from '../instance-store/instance.repository.js';

/**
 * Everything one step of a case writes, as data: a start, a user's event, a timer's firing and
 * a migration each build one, and `CaseStepWriter.write` writes it in the caller's transaction.
 */
export interface CaseStep {
  /** When the step is recorded (the server's clock). */
  at: Date;
  /**
   * When it happened (the event's `occurredAt`), if earlier: the states it enters are entered
   * then, so tasks open and close then and their due times run from it (issue 11).
   */
  occurredAt?: Date;
  bindings: InstanceBindings;
  /** The instance row: inserted (a start), or moved under its version check. */
  instance: { start: NewInstance } | { id: string; move: InstanceMove; conflict: string } | { id: string };
  /** The entry of the case's history; none for a reminder, which changes nothing but the lists. */
  event?: LoggedEvent;
  /** A migration: the case drops every open task and pending timer before its new ones. */
  startOver?: boolean;
  /** Tasks and timers the routine's transition opens, closes, arms and cancels. */
  effects?: Omit<RoutineEffects, 'left' | 'entered'>;
  /** Reminders and escalations: queued for the roles they name while a task they concern is open. */
  notify?: Notice[];
}

export interface Notice {
  kind: 'reminder' | 'escalation';
  tasks: string[];
  to: string[];
}
