import { Injectable } from '@nestjs/common';
import type { RoutineEffects, TimerPlan } from '@samverkan/workflows';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import type { DeadlineEntity } from '../deadlines/deadline.entity.js';
import { DeadlineService } from '../deadlines/deadline.service.js';
import { type InstanceBindings, partiesOf } from './instance-bindings.js';

export const ROUTINE_DEADLINE = 'routine';

export interface RoutineTimerPayload extends Record<string, unknown> {
  instanceId: string;
  timer: TimerPlan;
}

export interface WrittenEffects {
  armed: DeadlineEntity[];
  cancelled: string[];
}

/** Turns what a step did into rows, in the step's transaction: tasks, timers, the end. */
@Injectable()
export class InstanceEffects {
  constructor(private readonly deadlines: DeadlineService) {}

  async write(
    db: EntityManager,
    instanceId: string,
    bindings: InstanceBindings,
    effects: RoutineEffects,
    at: Date,
  ): Promise<WrittenEffects> {
    for (const closed of effects.closeTasks) {
      await db.query(
        `UPDATE task SET status = $3, closed_at = $4 WHERE instance_id = $1 AND key = $2 AND status = 'open'`,
        [instanceId, closed.key, closed.outcome, at],
      );
    }
    const cancelled: string[] = [];
    for (const cancel of effects.cancelTimers) {
      const rows = await updateReturning<{ id: string }>(
        db,
        `UPDATE deadline SET status = 'cancelled', cancelled_at = now()
         WHERE subject_id = $1 AND status = 'pending' AND payload->'timer'->>'state' = $2
           AND ($3::text[] IS NULL OR payload->'timer'->>'key' = ANY($3::text[]))
         RETURNING id`,
        [instanceId, cancel.state, cancel.keys ?? null],
      );
      cancelled.push(...rows.map((row) => row.id));
    }
    for (const task of effects.openTasks) {
      await db.query(
        `INSERT INTO task (instance_id, key, task, state, owed_by, party_keys, title, opened_at, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          instanceId,
          task.key,
          task.task,
          task.state,
          task.owedBy,
          partiesOf(bindings, task.parties),
          task.title,
          at,
          task.dueAt ?? null,
        ],
      );
    }
    const armed = await this.deadlines.arm(
      db,
      effects.armTimers.map((timer) => ({
        kind: ROUTINE_DEADLINE,
        subjectId: instanceId,
        dueAt: new Date(timer.dueAt),
        payload: { instanceId, timer } satisfies RoutineTimerPayload,
      })),
    );
    if (effects.done) {
      cancelled.push(...(await this.deadlines.cancelAllOf(db, instanceId)));
      await db.query(
        `UPDATE task SET status = 'cancelled', closed_at = $2 WHERE instance_id = $1 AND status = 'open'`,
        [instanceId, at],
      );
    }
    return { armed, cancelled };
  }

  /** A reminder or escalation: notify the roles it names, if a task it concerns is still open. */
  async notify(db: EntityManager, instanceId: string, bindings: InstanceBindings, timer: TimerPlan): Promise<number> {
    if (timer.kind === 'deadline') return 0;
    const open: { key: string }[] = await db.query(
      `SELECT key FROM task WHERE instance_id = $1 AND key = ANY($2::text[]) AND status = 'open'`,
      [instanceId, timer.tasks],
    );
    if (open.length === 0) return 0;
    for (const role of timer.to) {
      await db.query(
        `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys) VALUES ($1, $2, $3, $4, $5)`,
        [instanceId, timer.kind, open.map((task) => task.key), role, partiesOf(bindings, [role])],
      );
    }
    return timer.to.length;
  }
}
