import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ComposedWrite, type Output } from '../../platform/database/composed-write.js';
import type { Dispatch } from '../deadlines/deadline-dispatcher.service.js';
import { type ArmedDeadline, DeadlineRepository } from '../deadlines/deadline.repository.js';
import { EngineError } from '../engine.error.js';
import { partiesOf } from '../instance-store/instance-bindings.js';
import { type InstanceGuard, InstanceRepository } from '../instance-store/instance.repository.js';
import { NotificationRepository } from '../notifications/notification.repository.js';
import { type TaskRow, TaskRepository } from '../tasks/task.repository.js';
import type { TaskStatus } from '../tasks/task.entity.js';
import type { CaseStep } from './case-step.js';

/** What a step wrote: the caller answers with it, and the queue learns of it after the commit. */
export interface WrittenStep {
  instanceId: string;
  /** The instance's row version after the step (unchanged by a reminder). */
  version: number | undefined;
  /** The history entry's number, when the step logged one. */
  seq: number | undefined;
  opened: TaskRow[];
  closed: { key: string; status: Exclude<TaskStatus, 'open'> }[];
  armed: ArmedDeadline[];
  cancelled: string[];
  /** What the queue is to learn once the transaction has committed. */
  dispatch: Dispatch;
}

/**
 * The one place a step of a case is written, as one SQL statement: the instance row (inserted,
 * or moved under its version check), its history entry, tasks closed and opened, timers
 * cancelled and armed, notifications queued (a new task's to the parties that owe it, and the
 * reminders and escalations of a timer's firing). Each table's owner contributes its fragment; every
 * fragment writes under the instance's guard, so that when another step moved the case first
 * nothing at all is written (409). Users' events and starts run it on its own, committed at once
 * (one round trip); a timer's firing and a migration run it in their transaction (the claim of
 * the deadline, the reads of the case). Only what the step has is in it: an event that opens no
 * task and arms no timer is its instance move and history entry alone.
 */
@Injectable()
export class CaseStepWriter {
  constructor(
    private readonly instances: InstanceRepository,
    private readonly tasks: TaskRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly notifications: NotificationRepository,
  ) {}

  async write(db: EntityManager, step: CaseStep): Promise<WrittenStep> {
    const write = new ComposedWrite();
    const guard = this.instanceIn(write, step);
    const happened = step.occurredAt ?? step.at;
    const seq = step.event
      ? this.instances.appendIn(write, guard, { ...step.event, occurredAt: happened }, step.at)
      : undefined;
    const effects = step.effects;
    // A case that ends or starts over drops every open task and pending timer. One that ends
    // opens and arms nothing (its final state has none).
    const dropAll = step.startOver === true || effects?.done === true;
    const closing = this.tasks.closeIn(write, guard, effects?.closeTasks ?? [], dropAll, happened);
    const cancelled = this.deadlines.cancelIn(write, guard, effects?.cancelTimers ?? [], dropAll);
    const opening = effects && !effects.done ? effects.openTasks : [];
    const opened = this.tasks.openIn(
      write,
      guard,
      opening.map((plan) => ({ plan, partyKeys: partiesOf(step.bindings, plan.parties) })),
      happened,
      closing,
    );
    const assigned = opened ? this.notifications.assignIn(write, guard, opened.fragment, step.at) : undefined;
    const armed = this.deadlines.armIn(write, guard, effects && !effects.done ? effects.armTimers : []);
    const notices = step.notify ?? [];
    let queued: Output<string[]> | undefined;
    if (notices.length > 0) {
      const stillOpen = this.tasks.stillOpenIn(
        write,
        guard,
        notices.flatMap((notice) => notice.tasks),
      );
      queued = this.notifications.queueIn(
        write,
        guard,
        notices.flatMap((notice) =>
          notice.to.map((role) => ({
            kind: notice.kind,
            taskKeys: notice.tasks,
            recipientRole: role,
            recipientPartyKeys: partiesOf(step.bindings, [role]),
          })),
        ),
        stillOpen,
        step.at,
      );
    }
    const row = await write.run(db);
    const instanceId = guard.id.read(row);
    if (instanceId === null) {
      const change = step.instance;
      if ('move' in change) throw new EngineError('INSTANCE_CONFLICT', 409, change.conflict);
      throw new EngineError('INSTANCE_NOT_FOUND', 404, 'No such case');
    }
    const armedRows = armed?.read(row) ?? [];
    const cancelledIds = cancelled?.read(row) ?? [];
    return {
      instanceId,
      version: guard.version.read(row) ?? undefined,
      seq: seq?.read(row),
      opened: opened?.read(row) ?? [],
      closed: (effects?.closeTasks ?? []).map((task) => ({ key: task.key, status: task.outcome })),
      armed: armedRows,
      cancelled: cancelledIds,
      dispatch: {
        armed: armedRows.map(({ id, dueAt }) => ({ id, dueAt })),
        cancelled: cancelledIds,
        notifications: [...(assigned?.read(row) ?? []), ...(queued?.read(row) ?? [])],
      },
    };
  }

  private instanceIn(write: ComposedWrite, step: CaseStep): InstanceGuard {
    const change = step.instance;
    if ('start' in change) return this.instances.insertIn(write, change.start);
    if ('move' in change) return this.instances.moveIn(write, change.id, change.move);
    return this.instances.unchangedIn(write, change.id);
  }
}
