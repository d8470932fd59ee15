import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type ComposedWrite, type Output, jsonRows } from '../../platform/database/composed-write.js';
import type { AgreementNotice, NotificationKind } from './notification.entity.js';

export interface QueuedNotification {
  kind: NotificationKind;
  taskKeys: string[];
  recipientRole: string;
  recipientPartyKeys: string[];
}

export interface NotificationRow {
  id: string;
  instance_id: string;
  kind: NotificationKind;
  task_keys: string[];
  recipient_role: string;
  recipient_party_keys: string[];
  status: string;
  created_at: Date;
  composed_at: Date | null;
  notice: AgreementNotice | null;
}

/** A notice about the agreement itself, written by the module that keeps the agreement's dates. */
export interface AgreementNotification {
  instanceId: string;
  notice: AgreementNotice;
  recipientRole: string;
  recipientPartyKeys: string[];
}

/** The one reader and writer of the `notification` table; writes are fragments of a step's one statement. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A step's fragment queueing notifications, created at the step's business time (the Clock's,
   * not the database's), each for those of its task keys that are still open (`stillOpen`, the
   * task owner's fragment): one whose tasks are all closed is not queued.
   */
  queueIn(
    write: ComposedWrite,
    guard: { name: string },
    notifications: readonly QueuedNotification[],
    stillOpen: string,
    at: Date,
  ): Output<string[]> | undefined {
    if (notifications.length === 0) return undefined;
    const queued = write.with(
      'queued',
      `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys, created_at)
       SELECT g.id, n.kind, k.keys, n.recipient_role,
         -- A reminder goes to the parties that still owe one of its tasks: of a task owed by
         -- each party (each signs), those that have not done theirs; an escalation to its role.
         CASE WHEN n.kind = 'reminder' AND o.parties IS NOT NULL
           THEN ARRAY(SELECT r.key FROM unnest(n.recipient_party_keys) WITH ORDINALITY AS r(key, ord)
                      WHERE r.key = ANY(o.parties) ORDER BY r.ord)
           ELSE n.recipient_party_keys END,
         ${write.param(at, 'timestamptz')}
       FROM ${guard.name} g,
         jsonb_to_recordset(${write.param(
           JSON.stringify(
             notifications.map((n) => ({
               kind: n.kind,
               task_keys: n.taskKeys,
               recipient_role: n.recipientRole,
               recipient_party_keys: n.recipientPartyKeys,
             })),
           ),
           'jsonb',
         )}) AS n(kind text, task_keys text[], recipient_role text, recipient_party_keys text[])
         CROSS JOIN LATERAL (
           SELECT array_agg(t.key ORDER BY t.ord) AS keys FROM unnest(n.task_keys) WITH ORDINALITY AS t(key, ord)
           WHERE t.key IN (SELECT key FROM ${stillOpen})) AS k
         CROSS JOIN LATERAL (
           SELECT array_agg(DISTINCT p.key) AS parties FROM ${stillOpen} s, unnest(s.party_keys) AS p(key)
           WHERE s.key = ANY(k.keys) AND p.key = ANY(n.recipient_party_keys)) AS o
       WHERE k.keys IS NOT NULL
       RETURNING id`,
    );
    return write.output(`(SELECT json_agg(q.id) FROM ${queued} q)`, (value) => jsonRows<string>(value));
  }

  /**
   * A step's fragment queueing one `taskAssigned` notification per task the step opens (read
   * from the task owner's fragment `opened`, so only tasks this very statement writes: none when
   * the step ends the case, which opens nothing), addressed to the parties that owe it under the
   * role that owes it. A task with no party to tell (a role nobody plays) is not notified.
   */
  assignIn(write: ComposedWrite, guard: { name: string }, opened: string, at: Date): Output<string[]> {
    const assigned = write.with(
      'assigned',
      `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys, created_at)
       SELECT g.id, 'taskAssigned', ARRAY[o.key], o.owed_by, o.party_keys, ${write.param(at, 'timestamptz')}
       FROM ${guard.name} g, ${opened} o
       WHERE cardinality(o.party_keys) > 0
       RETURNING id`,
    );
    return write.output(`(SELECT json_agg(a.id) FROM ${assigned} a)`, (value) => jsonRows<string>(value));
  }

  /**
   * Queues notices about the agreement itself in the caller's transaction (the outbox: committed
   * with what caused them), created at the business time `at`; returns their ids to dispatch.
   */
  async queueNotices(db: EntityManager, notices: readonly AgreementNotification[], at: Date): Promise<string[]> {
    if (notices.length === 0) return [];
    const rows: { id: string }[] = await db.query(
      `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys, notice, created_at)
       SELECT n.instance_id, 'reminder', '{}', n.recipient_role, n.recipient_party_keys, n.notice, $2
       FROM jsonb_to_recordset($1::jsonb)
         AS n(instance_id uuid, recipient_role text, recipient_party_keys text[], notice jsonb)
       RETURNING id`,
      [
        JSON.stringify(
          notices.map((n) => ({
            instance_id: n.instanceId,
            recipient_role: n.recipientRole,
            recipient_party_keys: n.recipientPartyKeys,
            notice: n.notice,
          })),
        ),
        at,
      ],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Reminders and escalations addressed to a party (or to anyone), newest first; at most
   * `limit`. New tasks are in the inbox and the task lists, not here.
   */
  addressedTo(partyKey: string | 'anyone', limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT * FROM notification WHERE kind IN ('reminder','escalation') AND ($2 OR $1 = ANY(recipient_party_keys))
       ORDER BY created_at DESC LIMIT $3`,
      [partyKey, partyKey === 'anyone', limit],
    );
  }

  /**
   * The delivery worker's claim: the notification, locked in the caller's transaction, if it
   * is not yet composed into deliveries (a second composing finds nothing and does nothing).
   */
  async lockUncomposed(db: EntityManager, id: string): Promise<NotificationRow | undefined> {
    const rows: NotificationRow[] = await db.query(
      `SELECT * FROM notification WHERE id = $1 AND composed_at IS NULL FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /** Marks it composed, in the transaction that wrote its deliveries. */
  async markComposed(db: EntityManager, id: string, at: Date): Promise<void> {
    await db.query(`UPDATE notification SET composed_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Its status once every message is settled: delivered, or failed when one became a dead letter. */
  async settle(id: string, status: 'queued' | 'delivered' | 'failed', at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET status = $2, delivered_at = CASE WHEN $2 = 'delivered' THEN $3::timestamptz END
       WHERE id = $1`,
      [id, status, at],
    );
  }

  /**
   * Notifications not yet composed, oldest first, with how long ago each was written by the
   * database's clock (the machinery's latency, whatever the business clock says): what the
   * delivery reconciler checks.
   */
  uncomposed(limit: number): Promise<{ id: string; written_ms_ago: number }[]> {
    return this.dataSource.query(
      `SELECT id, (extract(epoch FROM now() - written_at) * 1000)::float8 AS written_ms_ago
       FROM notification WHERE composed_at IS NULL ORDER BY written_at LIMIT $1`,
      [limit],
    );
  }

  /** The one notification, or undefined. */
  async find(id: string): Promise<NotificationRow | undefined> {
    const rows: NotificationRow[] = await this.dataSource.query(`SELECT * FROM notification WHERE id = $1`, [id]);
    return rows[0];
  }

  /**
   * The notifications addressed to a party written (business time) after `since` and up to
   * `until`, oldest first; at most `limit`: what arrived for a daily digest.
   */
  arrivedFor(partyKey: string, since: Date, until: Date, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT * FROM notification WHERE $1 = ANY(recipient_party_keys) AND created_at > $2 AND created_at <= $3
       ORDER BY created_at, id LIMIT $4`,
      [partyKey, since, until, limit],
    );
  }

  /** A page of the notifications addressed to a party, newest first, and how many there are in all. */
  /**
   * A party's notifications, newest first; `onlyInstances` keeps those of these cases (an
   * agreement's lifecycles, for a reader who does not work in cases).
   */
  async pageFor(
    partyKey: string,
    limit: number,
    offset: number,
    onlyInstances?: readonly string[],
  ): Promise<{ rows: NotificationRow[]; total: number }> {
    const scope = `$1 = ANY(recipient_party_keys) AND ($2::uuid[] IS NULL OR instance_id = ANY($2::uuid[]))`;
    const only = onlyInstances ? [...onlyInstances] : null;
    const [rows, counted]: [NotificationRow[], { total: string }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT * FROM notification WHERE ${scope} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
        [partyKey, only, limit, offset],
      ),
      this.dataSource.query(`SELECT count(*) AS total FROM notification WHERE ${scope}`, [partyKey, only]),
    ]);
    return { rows, total: Number(counted[0]?.total ?? 0) };
  }

  /** The ids of a party's notifications (of these cases only, when given): what "mark all read" marks. */
  async idsFor(partyKey: string, onlyInstances?: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification WHERE $1 = ANY(recipient_party_keys) AND ($2::uuid[] IS NULL OR instance_id = ANY($2::uuid[]))`,
      [partyKey, onlyInstances ? [...onlyInstances] : null],
    );
    return rows.map((row) => row.id);
  }
}
