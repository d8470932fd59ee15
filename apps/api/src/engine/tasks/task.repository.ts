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

  async open(db: EntityManager, instanceId: string, tasks: readonly OpenTask[], at: Date): Promise<void> {
    for (const { plan, partyKeys } of tasks) {
      await db.query(
        `INSERT INTO task (instance_id, key, task, state, owed_by, party_keys, title, opened_at, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [instanceId, plan.key, plan.task, plan.state, plan.owedBy, partyKeys, plan.title, at, plan.dueAt ?? null],
      );
    }
  }

  /** Closes the open task of each key with its outcome (completed, or cancelled on leaving). */
  async close(
    db: EntityManager,
    instanceId: string,
    closed: readonly { key: string; outcome: Exclude<TaskStatus, 'open'> }[],
    at: Date,
  ): Promise<void> {
    for (const task of closed) {
      await db.query(
        `UPDATE task SET status = $3, closed_at = $4 WHERE instance_id = $1 AND key = $2 AND status = 'open'`,
        [instanceId, task.key, task.outcome, at],
      );
    }
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
