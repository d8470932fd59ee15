import { Injectable } from '@nestjs/common';
import type { TaskPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import type { TaskStatus } from './task.entity.js';

export interface TaskRow {
  id: string;
  instance_id: string;
  key: string;
  title: string;
  owed_by: string;
  party_keys: string[];
  status: TaskStatus;
  opened_at: Date;
  due_at: Date | null;
}

/** A task a step opens: the routine's plan, with the parties that owe it resolved. */
export interface OpenTask {
  plan: TaskPlan;
  partyKeys: string[];
}

/** The one reader and writer of the `task` table; writes happen in the caller's transaction. */
@Injectable()
export class TaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Opens the tasks in one statement; returns their rows. */
  async open(db: EntityManager, instanceId: string, tasks: readonly OpenTask[], at: Date): Promise<TaskRow[]> {
    if (tasks.length === 0) return [];
    return db.query(
      `INSERT INTO task (instance_id, key, task, state, owed_by, party_keys, title, opened_at, due_at)
       SELECT $1, t.key, t.task, t.state, t.owed_by, t.party_keys, t.title, $2, t.due_at
       FROM jsonb_to_recordset($3::jsonb) AS t(key text, task text, state text, owed_by text, party_keys text[], title text, due_at timestamptz)
       RETURNING id, instance_id, key, title, owed_by, party_keys, status, opened_at, due_at`,
      [
        instanceId,
        at,
        JSON.stringify(
          tasks.map(({ plan, partyKeys }) => ({
            key: plan.key,
            task: plan.task,
            state: plan.state,
            owed_by: plan.owedBy,
            party_keys: partyKeys,
            title: plan.title,
            due_at: plan.dueAt ?? null,
          })),
        ),
      ],
    );
  }

  /** Closes the open task of each key with its outcome (completed, or cancelled on leaving), in one statement. */
  async close(
    db: EntityManager,
    instanceId: string,
    closed: readonly { key: string; outcome: Exclude<TaskStatus, 'open'> }[],
    at: Date,
  ): Promise<void> {
    if (closed.length === 0) return;
    await db.query(
      `UPDATE task SET status = c.outcome, closed_at = $2
       FROM unnest($3::text[], $4::text[]) AS c(key, outcome)
       WHERE task.instance_id = $1 AND task.key = c.key AND task.status = 'open'`,
      [instanceId, at, closed.map((task) => task.key), closed.map((task) => task.outcome)],
    );
  }

  /** Cancels every open task of the case; returns the state and opening time of each. */
  cancelOpen(db: EntityManager, instanceId: string, at: Date): Promise<{ state: string; opened_at: Date }[]> {
    return updateReturning(
      db,
      `UPDATE task SET status = 'cancelled', closed_at = $2 WHERE instance_id = $1 AND status = 'open' RETURNING state, opened_at`,
      [instanceId, at],
    );
  }

  /** The open tasks of the case, read in the step's transaction. */
  openOf(db: EntityManager, instanceId: string): Promise<{ key: string; state: string; opened_at: Date }[]> {
    return db.query(`SELECT key, state, opened_at FROM task WHERE instance_id = $1 AND status = 'open'`, [instanceId]);
  }

  /** Of these task keys, those still open in the case. */
  async stillOpen(db: EntityManager, instanceId: string, keys: readonly string[]): Promise<string[]> {
    const rows: { key: string }[] = await db.query(
      `SELECT key FROM task WHERE instance_id = $1 AND key = ANY($2::text[]) AND status = 'open'`,
      [instanceId, keys],
    );
    return rows.map((row) => row.key);
  }

  /** Every task of a case, in the order they opened. */
  ofInstance(instanceId: string): Promise<TaskRow[]> {
    return this.dataSource.query(`SELECT * FROM task WHERE instance_id = $1 ORDER BY opened_at, key`, [instanceId]);
  }

  /** Open tasks owed by a party (or by anyone), soonest due first; at most `limit`. */
  openOwedBy(partyKey: string | 'anyone', limit: number): Promise<TaskRow[]> {
    return this.dataSource.query(
      `SELECT * FROM task WHERE status = 'open' AND ($2 OR $1 = ANY(party_keys))
       ORDER BY due_at NULLS LAST, opened_at LIMIT $3`,
      [partyKey, partyKey === 'anyone', limit],
    );
  }
}
