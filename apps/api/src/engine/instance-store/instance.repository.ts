import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InstanceBindings } from './instance-bindings.js';
import type { EventSource } from './instance-event.entity.js';
import type { InstanceStatus, StoredSnapshot } from './instance.entity.js';

/** An instance as a step reads it, in the step's transaction. */
export interface InstanceRow {
  id: string;
  case_ref: string;
  agreement_version: number;
  routine_key: string;
  routine_version: number;
  status: InstanceStatus;
  snapshot: StoredSnapshot;
  bindings: InstanceBindings;
  version: number;
  /** When the case's latest event happened: the next may not have happened before it. */
  last_occurred_at: Date | null;
}

export interface NewInstance {
  agreementId: string;
  agreementVersion: number;
  routineKey: string;
  routineVersion: number;
  caseRef: string;
  status: InstanceStatus;
  snapshot: StoredSnapshot;
  bindings: InstanceBindings;
  startedBy: string;
  idempotencyKey: string | null;
}

/** A step's change of the instance row, written only if the row is still at `readVersion`. */
export interface InstanceMove {
  readVersion: number;
  snapshot: StoredSnapshot;
  status: InstanceStatus;
  /** A migration moves the case to another version of its routine. */
  routineVersion?: number;
}

/** One entry of the case's history. */
export interface LoggedEvent {
  type: string;
  payload: Record<string, unknown>;
  source: EventSource;
  actor?: { userId: string; partyKey: string };
  /** When it happened, if not when it is recorded (the step's `at`). */
  occurredAt?: Date;
}

export interface EventRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  source: EventSource;
  actor_party_key: string | null;
  at: Date;
  occurred_at: Date;
}

/**
 * The one reader and writer of a case's own rows: `instance` and its append-only event log
 * `instance_event`. Writes happen in the caller's transaction (a step); reads of a whole case
 * and of lists use the pool.
 */
@Injectable()
export class InstanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(db: EntityManager, row: NewInstance): Promise<string> {
    const [inserted] = (await db.query(
      `INSERT INTO instance (agreement_id, agreement_version, routine_key, routine_version, case_ref, status, snapshot, bindings, started_by, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        row.agreementId,
        row.agreementVersion,
        row.routineKey,
        row.routineVersion,
        row.caseRef,
        row.status,
        JSON.stringify(row.snapshot),
        JSON.stringify(row.bindings),
        row.startedBy,
        row.idempotencyKey,
      ],
    )) as { id: string }[];
    if (!inserted) throw new Error('instance insert returned nothing');
    return inserted.id;
  }

  /**
   * Writes the move if the row is still at the version read, and the event with it, in one
   * statement; undefined when another step won (nothing written).
   */
  async move(
    db: EntityManager,
    id: string,
    move: InstanceMove,
    event: LoggedEvent | undefined,
    at: Date,
  ): Promise<{ version: number; seq: number | undefined } | undefined> {
    const rows: { version: number; seq: number | null }[] = await db.query(
      `WITH moved AS (
         UPDATE instance SET snapshot = $3, status = $4, routine_version = coalesce($5, routine_version),
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id, version),
       logged AS (
         INSERT INTO instance_event (instance_id, seq, type, payload, source, actor_user_id, actor_party_key, at, occurred_at)
         SELECT moved.id, (SELECT coalesce(max(seq), 0) + 1 FROM instance_event WHERE instance_id = $1),
           $6, $7, $8, $9, $10, $11, $12
         FROM moved WHERE $6::text IS NOT NULL RETURNING seq)
       SELECT moved.version, (SELECT seq FROM logged) AS seq FROM moved`,
      [
        id,
        move.readVersion,
        JSON.stringify(move.snapshot),
        move.status,
        move.routineVersion ?? null,
        event?.type ?? null,
        JSON.stringify(event?.payload ?? {}),
        event?.source ?? 'system',
        event?.actor?.userId ?? null,
        event?.actor?.partyKey ?? null,
        at,
        event?.occurredAt ?? at,
      ],
    );
    const row = rows[0];
    return row ? { version: row.version, seq: row.seq ?? undefined } : undefined;
  }

  async append(db: EntityManager, instanceId: string, event: LoggedEvent, at: Date): Promise<number> {
    const rows: { seq: number }[] = await db.query(
      `INSERT INTO instance_event (instance_id, seq, type, payload, source, actor_user_id, actor_party_key, at, occurred_at)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8 FROM instance_event WHERE instance_id = $1
       RETURNING seq`,
      [
        instanceId,
        event.type,
        JSON.stringify(event.payload),
        event.source,
        event.actor?.userId ?? null,
        event.actor?.partyKey ?? null,
        at,
        event.occurredAt ?? at,
      ],
    );
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error('event insert returned nothing');
    return seq;
  }

  /** The instance as a step reads it (no lock: the step's write checks the version). */
  async load(db: EntityManager, id: string): Promise<InstanceRow | undefined> {
    const rows: InstanceRow[] = await db.query(
      `SELECT id, case_ref, agreement_version, routine_key, routine_version, status, snapshot, bindings, version,
         (SELECT occurred_at FROM instance_event WHERE instance_id = instance.id ORDER BY seq DESC LIMIT 1) AS last_occurred_at
       FROM instance WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The active instances of a routine version, oldest first (what a migration moves). */
  activeOf(routineKey: string, routineVersion: number): Promise<InstanceRow[]> {
    return this.dataSource.query(
      `SELECT id, case_ref, agreement_version, routine_key, routine_version, status, snapshot, bindings, version,
         (SELECT occurred_at FROM instance_event WHERE instance_id = instance.id ORDER BY seq DESC LIMIT 1) AS last_occurred_at
       FROM instance WHERE routine_key = $1 AND routine_version = $2 AND status = 'active' ORDER BY started_at`,
      [routineKey, routineVersion],
    );
  }

  /**
   * The case an earlier start under this key made, and whether this start is the same one (same
   * routine, organisation and input: a client's retry).
   */
  async startedUnderKey(
    db: EntityManager,
    agreementId: string,
    idempotencyKey: string,
    same: { routineKey: string; partyKey: string; input: Record<string, unknown> },
  ): Promise<{ id: string; same: boolean } | undefined> {
    const rows: { id: string; same: boolean }[] = await db.query(
      `SELECT i.id, (i.routine_key = $3 AND e.actor_party_key = $4 AND e.payload = $5::jsonb) AS same
       FROM instance i JOIN instance_event e ON e.instance_id = i.id AND e.seq = 1
       WHERE i.agreement_id = $1 AND i.idempotency_key = $2`,
      [agreementId, idempotencyKey, same.routineKey, same.partyKey, JSON.stringify(same.input)],
    );
    return rows[0];
  }

  async history(instanceId: string): Promise<EventRow[]> {
    return this.dataSource.query(
      'SELECT seq, type, payload, source, actor_party_key, at, occurred_at FROM instance_event WHERE instance_id = $1 ORDER BY seq',
      [instanceId],
    );
  }

  /** The case references of these instances, for lists of their tasks and notifications. */
  async caseRefs(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; case_ref: string }[] = await this.dataSource.query(
      'SELECT id, case_ref FROM instance WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.case_ref]));
  }
}
