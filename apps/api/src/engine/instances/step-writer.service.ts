import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Dispatch } from '../deadlines/deadline-dispatcher.service.js';
import { type ArmedDeadline, DeadlineRepository } from '../deadlines/deadline.repository.js';
import { EngineError } from '../engine.error.js';
import { partiesOf } from '../instance-store/instance-bindings.js';
import { InstanceRepository } from '../instance-store/instance.repository.js';
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
 * The one place a step of a case is written, in the caller's transaction: the instance row
 * (inserted, or moved under its version check together with its history entry: zero rows means
 * another step won, 409), tasks closed and opened, timers cancelled and armed, notifications
 * queued. Users' events, timers' firings, starts and migrations all come through here; each
 * table is written through its owner, each kind of change in one statement, and only what the
 * step has: an event that opens no task and arms no timer costs its instance statement alone.
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
    const { instanceId, version, seq } = await this.writeInstance(db, step);
    const cancelled: string[] = [];
    const closed: WrittenStep['closed'] = [];
    if (step.startOver) {
      cancelled.push(...(await this.deadlines.cancelAllOf(db, instanceId)));
      await this.tasks.cancelOpen(db, instanceId, step.at);
    }
    const opened: TaskRow[] = [];
    const armed: ArmedDeadline[] = [];
    const effects = step.effects;
    const happened = step.occurredAt ?? step.at;
    if (effects) {
      await this.tasks.close(db, instanceId, effects.closeTasks, happened);
      closed.push(...effects.closeTasks.map((task) => ({ key: task.key, status: task.outcome })));
      cancelled.push(...(await this.deadlines.cancelTimers(db, instanceId, effects.cancelTimers)));
      opened.push(
        ...(await this.tasks.open(
          db,
          instanceId,
          effects.openTasks.map((plan) => ({ plan, partyKeys: partiesOf(step.bindings, plan.parties) })),
          happened,
        )),
      );
      armed.push(...(await this.deadlines.armTimers(db, instanceId, effects.armTimers)));
      if (effects.done) {
        cancelled.push(...(await this.deadlines.cancelAllOf(db, instanceId)));
        await this.tasks.cancelOpen(db, instanceId, step.at);
      }
    }
    for (const notice of step.notify ?? []) {
      const open = await this.tasks.stillOpen(db, instanceId, notice.tasks);
      if (open.length === 0) continue;
      await this.notifications.queue(
        db,
        instanceId,
        notice.to.map((role) => ({
          kind: notice.kind,
          taskKeys: open,
          recipientRole: role,
          recipientPartyKeys: partiesOf(step.bindings, [role]),
        })),
        step.at,
      );
    }
    return {
      instanceId,
      version,
      seq,
      opened,
      closed,
      armed,
      cancelled,
      dispatch: { armed: armed.map(({ id, dueAt }) => ({ id, dueAt })), cancelled },
    };
  }

  private async writeInstance(
    db: EntityManager,
    step: CaseStep,
  ): Promise<{ instanceId: string; version: number | undefined; seq: number | undefined }> {
    const change = step.instance;
    const event = step.event && { ...step.event, occurredAt: step.occurredAt ?? step.at };
    if ('start' in change) {
      const instanceId = await this.instances.insert(db, change.start);
      const seq = event ? await this.instances.append(db, instanceId, event, step.at) : undefined;
      return { instanceId, version: 1, seq };
    }
    if ('move' in change) {
      const moved = await this.instances.move(db, change.id, change.move, event, step.at);
      if (!moved) throw new EngineError('INSTANCE_CONFLICT', 409, change.conflict);
      return { instanceId: change.id, ...moved };
    }
    const seq = event ? await this.instances.append(db, change.id, event, step.at) : undefined;
    return { instanceId: change.id, version: undefined, seq };
  }
}
