import { Injectable } from '@nestjs/common';
import type { TimerPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { type ComposedWrite, type Output, jsonRows } from '../../platform/database/composed-write.js';
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
 * The one reader and writer of the `deadline` table. A case's step arms and cancels its timers
 * in fragments of the step's one statement; claiming happens in the firing's transaction;
 * dispatch to the queue follows the commit (DeadlineDispatcher).
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

  /** A step's fragment arming a routine's timers for the case, each a row whose payload this module shapes. */
  armIn(
    write: ComposedWrite,
    guard: { name: string },
    timers: readonly TimerPlan[],
  ): Output<ArmedDeadline[]> | undefined {
    if (timers.length === 0) return undefined;
    const armed = write.with(
      'armed',
      `INSERT INTO deadline (kind, subject_id, due_at, payload, status)
       SELECT ${write.param(ROUTINE_DEADLINE, 'text')}, g.id::text, d.due_at,
         jsonb_build_object('instanceId', g.id, 'timer', d.timer), 'pending'
       FROM ${guard.name} g,
         jsonb_to_recordset(${write.param(
           JSON.stringify(timers.map((timer) => ({ due_at: new Date(timer.dueAt).toISOString(), timer }))),
           'jsonb',
         )}) AS d(due_at timestamptz, timer jsonb)
       RETURNING id, kind, subject_id, due_at, payload`,
    );
    return write.output(`(SELECT json_agg(a) FROM ${armed} a)`, (value) =>
      jsonRows<{ id: string; kind: string; subject_id: string; due_at: string; payload: Record<string, unknown> }>(
        value,
      ).map((row) => ({
        id: row.id,
        kind: row.kind,
        subjectId: row.subject_id,
        dueAt: new Date(row.due_at),
        payload: row.payload,
      })),
    );
  }

  /**
   * A step's fragment cancelling the case's pending timers: those of the states it left (of
   * each, all of them or only those of the given keys), and with `all` every one (the case ended,
   * or starts over). One statement changes a row once, so both are one UPDATE. None when there
   * is nothing to cancel; else the ids it cancelled, read back.
   */
  cancelIn(
    write: ComposedWrite,
    guard: { name: string },
    left: readonly { state: string; keys?: readonly string[] }[],
    all: boolean,
  ): Output<string[]> | undefined {
    if (left.length === 0 && !all) return undefined;
    const cancelled = write.with(
      'cancelled',
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now()
       WHERE deadline.subject_id IN (SELECT id::text FROM ${guard.name}) AND deadline.status = 'pending'
         AND (${write.param(all, 'boolean')} OR EXISTS (
           SELECT 1 FROM jsonb_to_recordset(${write.param(
             JSON.stringify(left.map(({ state, keys }) => ({ state, keys: keys ?? null }))),
             'jsonb',
           )}) AS l(state text, keys text[])
           WHERE l.state = deadline.payload->'timer'->>'state'
             AND (l.keys IS NULL OR deadline.payload->'timer'->>'key' = ANY(l.keys))))
       RETURNING deadline.id`,
    );
    return write.output(`(SELECT json_agg(c.id) FROM ${cancelled} c)`, (value) => jsonRows<string>(value));
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

  /** Pending deadlines of a kind about one subject, soonest first, read in the caller's transaction. */
  pendingOf(db: EntityManager, kind: string, subjectId: string): Promise<ArmedDeadline[]> {
    return db
      .query(
        `SELECT id, kind, subject_id, due_at, payload FROM deadline
         WHERE kind = $1 AND subject_id = $2 AND status = 'pending' ORDER BY due_at`,
        [kind, subjectId],
      )
      .then((rows: { id: string; kind: string; subject_id: string; due_at: Date; payload: Record<string, unknown> }[]) =>
        rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          subjectId: row.subject_id,
          dueAt: new Date(row.due_at),
          payload: row.payload,
        })),
      );
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
