import { Injectable } from '@nestjs/common';
import type { TimerPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import { DeadlineEntity } from './deadline.entity.js';
import { type DeadlineView, ROUTINE_DEADLINE, type RoutineTimerPayload } from './deadline-payload.js';

export interface ArmDeadline {
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/**
 * The one reader and writer of the `deadline` table. Arming, cancelling and claiming happen in
 * the caller's transaction (the step that arms or cancels, the firing that claims); dispatch to
 * the queue follows the commit (DeadlineDispatcher).
 */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly dataSource: DataSource) {}

  async arm(db: EntityManager, deadlines: readonly ArmDeadline[]): Promise<DeadlineEntity[]> {
    if (deadlines.length === 0) return [];
    const rows = deadlines.map((d) => db.create(DeadlineEntity, { ...d, payload: d.payload ?? {}, status: 'pending' }));
    return db.save(rows);
  }

  /** A routine's timers for a case, each a row whose payload this module shapes. */
  armTimers(db: EntityManager, instanceId: string, timers: readonly TimerPlan[]): Promise<DeadlineEntity[]> {
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
    const rows = await db.findBy(DeadlineEntity, { subjectId, status: 'pending' });
    return this.cancel(
      db,
      rows.map((row) => row.id),
    );
  }

  /** Cancels a case's pending timers of a state it left (or only those of the given keys). */
  async cancelTimers(
    db: EntityManager,
    instanceId: string,
    state: string,
    keys: readonly string[] | undefined,
  ): Promise<string[]> {
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now()
       WHERE subject_id = $1 AND status = 'pending' AND payload->'timer'->>'state' = $2
         AND ($3::text[] IS NULL OR payload->'timer'->>'key' = ANY($3::text[]))
       RETURNING id`,
      [instanceId, state, keys ?? null],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Claims a pending deadline for its firing (pending → fired) in the firing's transaction: zero
   * rows means someone else fired it, or it was cancelled.
   */
  async claim(db: EntityManager, id: string): Promise<DeadlineEntity | undefined> {
    const claimed = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'fired', fired_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
      [id],
    );
    if (claimed.length === 0) return undefined;
    return db.findOneByOrFail(DeadlineEntity, { id });
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
