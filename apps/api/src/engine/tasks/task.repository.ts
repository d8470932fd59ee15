import { Injectable } from '@nestjs/common';
import type { TaskPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { type ComposedWrite, type Output, jsonRows } from '../../platform/database/composed-write.js';
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

/**
 * The tasks a step opens, read back; `fragment` names the fragment that wrote them (its
 * RETURNING has `key`, `owed_by` and `party_keys`), for the notifications they cause.
 */
export interface OpenedTasks extends Output<TaskRow[]> {
  fragment: string;
}

/** The one reader and writer of the `task` table; writes are fragments of a step's one statement. */
@Injectable()
export class TaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A step's fragment closing the case's open tasks: those of the keys given, each with its
   * outcome (completed, or cancelled on leaving its state), and with `rest` every other open
   * one, cancelled (the case ended, or starts over on a new version). Returns the fragment's name
   * (for `openIn` to run after it), or none when there is nothing to close.
   */
  closeIn(
    write: ComposedWrite,
    guard: { name: string },
    close: readonly { key: string; outcome: Exclude<TaskStatus, 'open'> }[],
    rest: boolean,
    at: Date,
  ): string | undefined {
    if (close.length === 0 && !rest) return undefined;
    const keys = write.param(
      close.map((task) => task.key),
      'text[]',
    );
    const outcomes = write.param(
      close.map((task) => task.outcome),
      'text[]',
    );
    return write.with(
      'closed',
      `UPDATE task SET closed_at = ${write.param(at, 'timestamptz')},
         status = coalesce((SELECT c.outcome FROM unnest(${keys}, ${outcomes}) AS c(key, outcome) WHERE c.key = task.key LIMIT 1), 'cancelled')
       WHERE task.instance_id IN (SELECT id FROM ${guard.name}) AND task.status = 'open'
         AND (${write.param(rest, 'boolean')} OR task.key = ANY(${keys}))
       RETURNING task.key`,
    );
  }

  /**
   * A step's fragment opening tasks; their rows read back. It runs after the fragment `after`
   * (the step's closing of tasks): a state entered again opens a task of the key it closes, and
   * only one task of a key may be open (UQ_task_open), checked as each row is written.
   */
  openIn(
    write: ComposedWrite,
    guard: { name: string },
    tasks: readonly OpenTask[],
    at: Date,
    after: string | undefined,
  ): OpenedTasks | undefined {
    if (tasks.length === 0) return undefined;
    const opened = write.with(
      'opened',
      `INSERT INTO task (instance_id, key, task, state, owed_by, party_keys, title, opened_at, due_at)
       SELECT g.id, t.key, t.task, t.state, t.owed_by, t.party_keys, t.title, ${write.param(at, 'timestamptz')}, t.due_at
       FROM ${guard.name} g,
         jsonb_to_recordset(${write.param(
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
           'jsonb',
         )}) AS t(key text, task text, state text, owed_by text, party_keys text[], title text, due_at timestamptz)
       ${after ? `WHERE (SELECT count(*) FROM ${after}) >= 0` : ''}
       RETURNING id, instance_id, key, title, owed_by, party_keys, status, opened_at, due_at`,
    );
    const rows = write.output(`(SELECT json_agg(o) FROM ${opened} o)`, (value) =>
      jsonRows<TaskRow>(value).map((row) => ({
        ...row,
        opened_at: new Date(row.opened_at),
        due_at: row.due_at === null ? null : new Date(row.due_at),
      })),
    );
    return { ...rows, fragment: opened };
  }

  /** A step's fragment: of these task keys, those open in the case, with the parties owing each (for its notifications). */
  stillOpenIn(write: ComposedWrite, guard: { name: string }, keys: readonly string[]): string {
    return write.with(
      'still_open',
      `SELECT task.key, task.party_keys FROM task WHERE task.instance_id IN (SELECT id FROM ${guard.name})
         AND task.key = ANY(${write.param(keys, 'text[]')}) AND task.status = 'open'`,
    );
  }

  /** The open tasks of the case, read in the step's transaction. */
  openOf(db: EntityManager, instanceId: string): Promise<{ key: string; state: string; opened_at: Date }[]> {
    return db.query(`SELECT key, state, opened_at FROM task WHERE instance_id = $1 AND status = 'open'`, [instanceId]);
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

  /** Open tasks owed by a party due before `before`, soonest first; at most `limit` (a daily digest's). */
  openOwedByDueBefore(partyKey: string, before: Date, limit: number): Promise<TaskRow[]> {
    return this.dataSource.query(
      `SELECT * FROM task WHERE status = 'open' AND $1 = ANY(party_keys) AND due_at < $2
       ORDER BY due_at, opened_at LIMIT $3`,
      [partyKey, before, limit],
    );
  }

  /** Open tasks past their due time by `now`, longest overdue first; at most `limit` (the operators' view). */
  openOverdue(now: Date, limit: number): Promise<TaskRow[]> {
    return this.dataSource.query(
      `SELECT * FROM task WHERE status = 'open' AND due_at < $1 ORDER BY due_at, opened_at LIMIT $2`,
      [now, limit],
    );
  }
}
