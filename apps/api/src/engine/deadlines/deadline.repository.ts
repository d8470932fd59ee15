import { Injectable } from '@nestjs/common';
import type { TimerPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import { type DeadlineView, ROUTINE_DEADLINE, type RoutineTimerPayload } from './deadline-payload.js';

export interface ArmDeadline {
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/** A deadline row as armed (or claimed): what a handler and the dispatcher need of it. */
export interface ArmedDeadline {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload: Record<string, unknown>;
}

/**
 * The one reader and writer of the `deadline` table. Arming, cancelling and claiming happen in
 * the caller's transaction (the step that arms or cancels, the firing that claims); dispatch to
 * the queue follows the commit (DeadlineDispatcher).
 */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Arms the deadlines in one statement; returns the rows as stored. */
  async arm(db: EntityManager, deadlines: readonly ArmDeadline[]): Promise<ArmedDeadline[]> {
    if (deadlines.length === 0) return [];
    const rows: { id: string; kind: string; subject_id: string; due_at: Date; payload: Record<string, unknown> }[] =
      await db.query(
        `INSERT INTO deadline (kind, subject_id, due_at, payload, status)
         SELECT d.kind, d.subject_id, d.due_at, d.payload, 'pending'
         FROM jsonb_to_recordset($1::jsonb) AS d(kind text, subject_id text, due_at timestamptz, payload jsonb)
         RETURNING id, kind, subject_id, due_at, payload`,
        [
          JSON.stringify(
            deadlines.map((d) => ({
              kind: d.kind,
              subject_id: d.subjectId,
              due_at: d.dueAt.toISOString(),
              payload: d.payload ?? {},
            })),
          ),
        ],
      );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      subjectId: row.subject_id,
      dueAt: new Date(row.due_at),
      payload: row.payload,
    }));
  }

  /** A routine's timers for a case, each a row whose payload this module shapes. */
  armTimers(db: EntityManager, instanceId: string, timers: readonly TimerPlan[]): Promise<ArmedDeadline[]> {
    return this.arm(
      db,
      timers.map((timer) => ({
        kind: ROUTINE_DEADLINE,
        subjectId: instanceId,
        dueAt: new Date(timer.dueAt),
        payload: { instanceId, timer } satisfies RoutineTimerPayload,
      })),
    );
  }

  /** Cancels pending deadlines by id; returns those it cancelled. */
  async cancel(db: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Cancels every pending deadline of a subject (an instance that ended or moved on). */
  async cancelAllOf(db: EntityManager, subjectId: string): Promise<string[]> {
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now() WHERE subject_id = $1 AND status = 'pending' RETURNING id`,
      [subjectId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Cancels, in one statement, a case's pending timers of the states it left (of each, all of
   * them or only those of the given keys).
   */
  async cancelTimers(
    db: EntityManager,
    instanceId: string,
    left: readonly { state: string; keys?: readonly string[] }[],
  ): Promise<string[]> {
    if (left.length === 0) return [];
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now()
       WHERE subject_id = $1 AND status = 'pending' AND EXISTS (
         SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS l(state text, keys text[])
         WHERE l.state = deadline.payload->'timer'->>'state'
           AND (l.keys IS NULL OR deadline.payload->'timer'->>'key' = ANY(l.keys)))
       RETURNING id`,
      [instanceId, JSON.stringify(left.map(({ state, keys }) => ({ state, keys: keys ?? null })))],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Claims a pending deadline for its firing (pending → fired) in the firing's transaction: zero
   * rows means someone else fired it, or it was cancelled.
   */
  async claim(db: EntityManager, id: string): Promise<ArmedDeadline | undefined> {
    const [claimed] = await updateReturning<{
      id: string;
      kind: string;
      subject_id: string;
      due_at: Date;
      payload: Record<string, unknown>;
    }>(
      db,
      `UPDATE deadline SET status = 'fired', fired_at = now() WHERE id = $1 AND status = 'pending'
       RETURNING id, kind, subject_id, due_at, payload`,
      [id],
    );
    if (!claimed) return undefined;
    return {
      id: claimed.id,
      kind: claimed.kind,
      subjectId: claimed.subject_id,
      dueAt: new Date(claimed.due_at),
      payload: claimed.payload,
    };
  }

  /** Pending deadlines due by the horizon, soonest first: what the reconciler checks. */
  pendingDueBy(horizon: Date, limit: number): Promise<{ id: string }[]> {
    return this.dataSource.query(
      `SELECT id FROM deadline WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      [horizon, limit],
    );
  }

  /**
   * Those of the ids still pending, read again (a job that fired meanwhile is no longer), with
   * how long ago each was armed by the database's clock: the time the machinery took, real time
   * on both sides, whatever the business clock says (a test may have moved it).
   */
  stillPending(
    ids: readonly string[],
  ): Promise<{ id: string; due_at: Date; created_at: Date; armed_ms_ago: number }[]> {
    return this.dataSource.query(
      `SELECT id, due_at, created_at, (extract(epoch FROM now() - created_at) * 1000)::float8 AS armed_ms_ago
       FROM deadline WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids],
    );
  }

  /** The timers of a case still pending, read in the caller's transaction (a migration's). */
  pendingTimersIn(db: EntityManager, instanceId: string): Promise<{ key: string; state: string }[]> {
    return db.query(
      `SELECT payload->'timer'->>'key' AS key, payload->'timer'->>'state' AS state
       FROM deadline WHERE subject_id = $1 AND status = 'pending'`,
      [instanceId],
    );
  }

  /** A case's pending timers, soonest first. */
  async pendingTimersOf(instanceId: string): Promise<DeadlineView[]> {
    const rows: { id: string; payload: RoutineTimerPayload; due_at: Date }[] = await this.dataSource.query(
      `SELECT id, payload, due_at FROM deadline WHERE subject_id = $1 AND status = 'pending' ORDER BY due_at`,
      [instanceId],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.payload.timer.kind,
      key: row.payload.timer.key,
      state: row.payload.timer.state,
      dueAt: new Date(row.due_at).toISOString(),
    }));
  }
}
