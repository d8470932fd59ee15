import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ComposedWrite } from '../../platform/database/composed-write.js';
import type { NotificationKind } from './notification.entity.js';

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
  ): void {
    if (notifications.length === 0) return;
    write.with(
      'queued',
      `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys, created_at)
       SELECT g.id, n.kind, k.keys, n.recipient_role, n.recipient_party_keys, ${write.param(at, 'timestamptz')}
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
       WHERE k.keys IS NOT NULL
       RETURNING id`,
    );
  }

  /** Notifications addressed to a party (or to anyone), newest first; at most `limit`. */
  addressedTo(partyKey: string | 'anyone', limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT * FROM notification WHERE $2 OR $1 = ANY(recipient_party_keys) ORDER BY created_at DESC LIMIT $3`,
      [partyKey, partyKey === 'anyone', limit],
    );
  }
}
