import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ComposedWrite, Output } from '../../platform/database/composed-write.js';
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

/**
 * The instance row a step writes under: a fragment `name` with the row's `id` (and `version`)
 * when the step may write, and no row when it may not (another step moved the case first).
 */
export interface InstanceGuard {
  name: string;
  id: Output<string | null>;
  version: Output<number | null>;
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
 * `instance_event`. Writes are fragments of a step's one statement (CaseStepWriter); reads of a
 * whole case and of lists use the pool.
 */
@Injectable()
export class InstanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A start's fragment: the new row. Its guard (`created`) is the row's id, under which the
   * step's other fragments write.
   */
  insertIn(write: ComposedWrite, row: NewInstance): InstanceGuard {
    const p = (value: unknown, cast?: string) => write.param(value, cast);
    return this.guard(
      write,
      write.with(
        'created',
        `INSERT INTO instance (agreement_id, agreement_version, routine_key, routine_version, case_ref, status, snapshot, bindings, started_by, idempotency_key)
         VALUES (${p(row.agreementId, 'uuid')}, ${p(row.agreementVersion, 'int')}, ${p(row.routineKey, 'text')}, ${p(row.routineVersion, 'int')},
           ${p(row.caseRef, 'text')}, ${p(row.status, 'text')}, ${p(JSON.stringify(row.snapshot), 'jsonb')}, ${p(JSON.stringify(row.bindings), 'jsonb')},
           ${p(row.startedBy, 'uuid')}, ${p(row.idempotencyKey, 'uuid')})
         RETURNING id, version`,
      ),
    );
  }

  /**
   * A step's move of the row, written only if the row is still at the version read: the guard
   * (`moved`) has a row then, and none when another step won, so that nothing of the step is
   * written (every other fragment writes under the guard).
   */
  moveIn(write: ComposedWrite, id: string, move: InstanceMove): InstanceGuard {
    return this.guard(
      write,
      write.with(
        'moved',
        `UPDATE instance SET snapshot = ${write.param(JSON.stringify(move.snapshot), 'jsonb')},
           status = ${write.param(move.status, 'text')},
           routine_version = coalesce(${write.param(move.routineVersion ?? null, 'int')}, routine_version),
           version = version + 1, updated_at = now()
         WHERE id = ${write.param(id, 'uuid')} AND version = ${write.param(move.readVersion, 'int')}
         RETURNING id, version`,
      ),
    );
  }

  /** A step that leaves the row as it is (a reminder): the guard is the row, its version unread. */
  unchangedIn(write: ComposedWrite, id: string): InstanceGuard {
    return this.guard(
      write,
      write.with('target', `SELECT id, NULL::int AS version FROM instance WHERE id = ${write.param(id, 'uuid')}`),
    );
  }

  /** The step's entry of the case's history, numbered after the case's last; its `seq` read back. */
  appendIn(write: ComposedWrite, guard: InstanceGuard, event: LoggedEvent, at: Date): Output<number | undefined> {
    const p = (value: unknown, cast: string) => write.param(value, cast);
    const logged = write.with(
      'logged',
      `INSERT INTO instance_event (instance_id, seq, type, payload, source, actor_user_id, actor_party_key, at, occurred_at)
       SELECT g.id, (SELECT coalesce(max(e.seq), 0) + 1 FROM instance_event e WHERE e.instance_id = g.id),
         ${p(event.type, 'text')}, ${p(JSON.stringify(event.payload), 'jsonb')}, ${p(event.source, 'text')},
         ${p(event.actor?.userId ?? null, 'uuid')}, ${p(event.actor?.partyKey ?? null, 'text')},
         ${p(at, 'timestamptz')}, ${p(event.occurredAt ?? at, 'timestamptz')}
       FROM ${guard.name} g RETURNING seq`,
    );
    return write.output(`(SELECT seq FROM ${logged})`, (value) => (value === null ? undefined : Number(value)));
  }

  private guard(write: ComposedWrite, name: string): InstanceGuard {
    return {
      name,
      id: write.output(`(SELECT id FROM ${name})`, (value) => (value === null ? null : String(value))),
      version: write.output(`(SELECT version FROM ${name})`, (value) => (value === null ? null : Number(value))),
    };
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

  /**
   * The first instance of a routine started on an agreement version (an agreement's lifecycle:
   * one per version), read in the caller's transaction; only an active one when `active`.
   */
  async ofAgreementVersion(
    db: EntityManager,
    agreementId: string,
    agreementVersion: number,
    routineKey: string,
    active = false,
  ): Promise<InstanceRow | undefined> {
    const rows: InstanceRow[] = await db.query(
      `SELECT id, case_ref, agreement_version, routine_key, routine_version, status, snapshot, bindings, version,
         NULL AS last_occurred_at
       FROM instance WHERE agreement_id = $1 AND agreement_version = $2 AND routine_key = $3
         AND (NOT $4 OR status = 'active')
       ORDER BY started_at LIMIT 1`,
      [agreementId, agreementVersion, routineKey, active],
    );
    return rows[0];
  }

  /** The active instances of a routine under an agreement's versions other than one (what its publication supersedes). */
  async activeOfOtherVersions(
    db: EntityManager,
    agreementId: string,
    routineKey: string,
    exceptVersion: number,
  ): Promise<{ id: string; agreement_version: number }[]> {
    return db.query(
      `SELECT id, agreement_version FROM instance
       WHERE agreement_id = $1 AND routine_key = $2 AND agreement_version <> $3 AND status = 'active'
       ORDER BY started_at FOR UPDATE`,
      [agreementId, routineKey, exceptVersion],
    );
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

  /** The ids of every instance of a routine (an agreement's lifecycles: one per published version). */
  async idsOfRoutine(routineKey: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM instance WHERE routine_key = $1', [
      routineKey,
    ]);
    return rows.map((row) => row.id);
  }
}
