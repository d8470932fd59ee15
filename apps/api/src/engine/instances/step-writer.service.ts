import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Dispatch, Dispatchable } from '../deadlines/deadline-dispatcher.service.js';
import { DeadlineRepository } from '../deadlines/deadline.repository.js';
import { EngineError } from '../engine.error.js';
import { partiesOf } from '../instance-store/instance-bindings.js';
import { InstanceRepository } from '../instance-store/instance.repository.js';
import { NotificationRepository } from '../notifications/notification.repository.js';
import { TaskRepository } from '../tasks/task.repository.js';
import type { CaseStep } from './case-step.js';

export interface WrittenStep {
  instanceId: string;
  /** What the queue is to learn once the transaction has committed. */
  dispatch: Dispatch;
}

/**
 * The one place a step of a case is written, in the caller's transaction: the instance row
 * (inserted, or moved under its version check: zero rows means another step won, 409), the
 * entry of its history, tasks closed and opened, timers cancelled and armed, notifications
 * queued. Users' events, timers' firings, starts and migrations all come through here; each
 * table is written through its owner.
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
    const instanceId = await this.writeInstance(db, step);
    if (step.event) await this.instances.append(db, instanceId, step.event, step.at);
    const cancelled: string[] = [];
    if (step.startOver) {
      cancelled.push(...(await this.deadlines.cancelAllOf(db, instanceId)));
      await this.tasks.cancelOpen(db, instanceId, step.at);
    }
    const armed: Dispatchable[] = [];
    const effects = step.effects;
    if (effects) {
      await this.tasks.close(db, instanceId, effects.closeTasks, step.at);
      for (const timers of effects.cancelTimers) {
        cancelled.push(...(await this.deadlines.cancelTimers(db, instanceId, timers.state, timers.keys)));
      }
      await this.tasks.open(
        db,
        instanceId,
        effects.openTasks.map((plan) => ({ plan, partyKeys: partiesOf(step.bindings, plan.parties) })),
        step.at,
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
    return { instanceId, dispatch: { armed, cancelled } };
  }

  private async writeInstance(db: EntityManager, step: CaseStep): Promise<string> {
    const change = step.instance;
    if ('start' in change) return this.instances.insert(db, change.start);
    if ('move' in change && !(await this.instances.move(db, change.id, change.move))) {
      throw new EngineError('INSTANCE_CONFLICT', 409, change.conflict);
    }
    return change.id;
  }
}
