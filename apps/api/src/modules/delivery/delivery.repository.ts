import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import type { DeliveryChannel, DeliveryStatus } from './delivery.entity.js';

export interface NewDelivery {
  notificationId: string;
  channel: DeliveryChannel;
  recipientKey: string;
  partyKey: string;
  kind: string;
  urgent: boolean;
  messageId: string;
  content: Record<string, unknown>;
  notBefore: Date;
}

export interface DeliveryRow {
  id: string;
  notification_id: string | null;
  digest_id: string | null;
  channel: DeliveryChannel;
  recipient_key: string;
  party_key: string;
  kind: string;
  urgent: boolean;
  message_id: string;
  content: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  not_before: Date;
  created_at: Date;
  updated_at: Date;
  delivered_at: Date | null;
}

/** A delivery to (re-)enqueue: its id, channel and earliest send time. */
export interface Sendable {
  id: string;
  channel: DeliveryChannel;
  notBefore: Date;
}

const sendable = (row: { id: string; channel: DeliveryChannel; not_before: Date }): Sendable => ({
  id: row.id,
  channel: row.channel,
  notBefore: new Date(row.not_before),
});

/** The one reader and writer of the `delivery` table. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a notification's messages in the composing transaction; one already there is kept as it is. */
  async insert(db: EntityManager, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await db.query(
      `INSERT INTO delivery (notification_id, channel, recipient_key, party_key, kind, urgent, message_id, content, not_before)
       SELECT d.notification_id, d.channel, d.recipient_key, d.party_key, d.kind, d.urgent, d.message_id, d.content, d.not_before
       FROM jsonb_to_recordset($1::jsonb) AS d(notification_id uuid, channel text, recipient_key text, party_key text,
         kind text, urgent boolean, message_id text, content jsonb, not_before timestamptz)
       ON CONFLICT ON CONSTRAINT "UQ_delivery_recipient" DO NOTHING`,
      [
        JSON.stringify(
          deliveries.map((d) => ({
            notification_id: d.notificationId,
            channel: d.channel,
            recipient_key: d.recipientKey,
            party_key: d.partyKey,
            kind: d.kind,
            urgent: d.urgent,
            message_id: d.messageId,
            content: d.content,
            not_before: d.notBefore.toISOString(),
          })),
        ),
      ],
    );
  }

  /**
   * A daily digest's e-mail, in the transaction that wrote the digest (one per digest: a second
   * is kept out by UQ_delivery_digest). Not before `notBefore`: the digest's own time.
   */
  async insertDigest(
    db: EntityManager,
    digestId: string,
    mail: Omit<NewDelivery, 'notificationId' | 'channel' | 'urgent'>,
  ): Promise<void> {
    await db.query(
      `INSERT INTO delivery (digest_id, channel, recipient_key, party_key, kind, urgent, message_id, content, not_before)
       VALUES ($1, 'email', $2, $3, $4, false, $5, $6::jsonb, $7) ON CONFLICT ON CONSTRAINT "UQ_delivery_digest" DO NOTHING`,
      [
        digestId,
        mail.recipientKey,
        mail.partyKey,
        mail.kind,
        mail.messageId,
        JSON.stringify(mail.content),
        mail.notBefore,
      ],
    );
  }

  /** A digest's e-mail, if still to send. */
  async pendingOfDigest(digestId: string): Promise<Sendable[]> {
    const rows: { id: string; channel: DeliveryChannel; not_before: Date }[] = await this.dataSource.query(
      `SELECT id, channel, not_before FROM delivery WHERE digest_id = $1 AND status = 'pending'`,
      [digestId],
    );
    return rows.map(sendable);
  }

  /** A notification's messages still to send. */
  async pendingOf(notificationId: string): Promise<Sendable[]> {
    const rows: { id: string; channel: DeliveryChannel; not_before: Date }[] = await this.dataSource.query(
      `SELECT id, channel, not_before FROM delivery WHERE notification_id = $1 AND status = 'pending'`,
      [notificationId],
    );
    return rows.map(sendable);
  }

  async find(id: string): Promise<DeliveryRow | undefined> {
    const rows: DeliveryRow[] = await this.dataSource.query(`SELECT * FROM delivery WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Sent: pending → delivered. Undefined when it was no longer pending (discarded meanwhile). */
  async recordDelivered(id: string, at: Date): Promise<{ notificationId: string } | undefined> {
    const [row] = await updateReturning<{ notification_id: string }>(
      this.dataSource.manager,
      `UPDATE delivery SET status = 'delivered', attempts = attempts + 1, delivered_at = $2, updated_at = now(),
         last_error = NULL
       WHERE id = $1 AND status = 'pending' RETURNING notification_id`,
      [id, at],
    );
    return row ? { notificationId: row.notification_id } : undefined;
  }

  /** A failed attempt; `dead` after the last one: the message becomes a dead letter. */
  async recordFailure(id: string, error: string, dead: boolean): Promise<{ notificationId: string } | undefined> {
    const [row] = await updateReturning<{ notification_id: string }>(
      this.dataSource.manager,
      `UPDATE delivery SET attempts = attempts + 1, last_error = $2, updated_at = now(),
         status = CASE WHEN $3 THEN 'dead' ELSE status END
       WHERE id = $1 AND status = 'pending' RETURNING notification_id`,
      [id, error.slice(0, 2000), dead],
    );
    return row ? { notificationId: row.notification_id } : undefined;
  }

  /** Dropped without sending (an admin's discard, or a webhook removed since): pending or dead → discarded. */
  async discard(id: string, reason: string): Promise<{ notificationId: string } | undefined> {
    const [row] = await updateReturning<{ notification_id: string }>(
      this.dataSource.manager,
      `UPDATE delivery SET status = 'discarded', last_error = $2, updated_at = now()
       WHERE id = $1 AND status IN ('pending','dead') RETURNING notification_id`,
      [id, reason],
    );
    return row ? { notificationId: row.notification_id } : undefined;
  }

  /** A dead letter sent again: dead → pending, at once. Undefined when it is not a dead letter. */
  async revive(id: string, at: Date): Promise<Sendable | undefined> {
    const [row] = await updateReturning<{ id: string; channel: DeliveryChannel; not_before: Date }>(
      this.dataSource.manager,
      `UPDATE delivery SET status = 'pending', not_before = $2, updated_at = now()
       WHERE id = $1 AND status = 'dead' RETURNING id, channel, not_before`,
      [id, at],
    );
    return row ? sendable(row) : undefined;
  }

  /** How a notification's messages stand: what its own status follows from. */
  async standing(notificationId: string): Promise<{ pending: number; dead: number }> {
    const rows: { pending: string; dead: string }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'dead') AS dead
       FROM delivery WHERE notification_id = $1`,
      [notificationId],
    );
    return { pending: Number(rows[0]?.pending ?? 0), dead: Number(rows[0]?.dead ?? 0) };
  }

  /**
   * Pending messages, soonest first, with how long ago each last changed by the database's
   * clock: what the reconciler checks. `channels`: only those this process can send.
   */
  pending(channels: readonly DeliveryChannel[], limit: number): Promise<(DeliveryRow & { idle_ms: number })[]> {
    return this.dataSource.query(
      `SELECT *, (extract(epoch FROM now() - updated_at) * 1000)::float8 AS idle_ms FROM delivery
       WHERE status = 'pending' AND channel = ANY($1::text[]) ORDER BY not_before LIMIT $2`,
      [channels, limit],
    );
  }

  /** Dead letters, newest first. */
  deadLetters(limit: number, offset: number): Promise<DeliveryRow[]> {
    return this.dataSource.query(
      `SELECT * FROM delivery WHERE status = 'dead' ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
  }

  /** Messages by channel and status, and each channel's oldest pending one. */
  async summary(): Promise<{ channel: DeliveryChannel; status: DeliveryStatus; count: number; oldest: Date | null }[]> {
    const rows: { channel: DeliveryChannel; status: DeliveryStatus; count: string; oldest: Date | null }[] =
      await this.dataSource.query(
        `SELECT channel, status, count(*) AS count, min(not_before) AS oldest FROM delivery GROUP BY channel, status`,
      );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /** Pending messages whose time came more than `ms` ago (by business time `now`): stuck somewhere. */
  async stuck(now: Date, ms: number): Promise<{ channel: DeliveryChannel; count: number }[]> {
    const rows: { channel: DeliveryChannel; count: string }[] = await this.dataSource.query(
      `SELECT channel, count(*) AS count FROM delivery
       WHERE status = 'pending' AND not_before < $1::timestamptz - make_interval(secs => $2) GROUP BY channel`,
      [now, ms / 1000],
    );
    return rows.map((row) => ({ channel: row.channel, count: Number(row.count) }));
  }
}
