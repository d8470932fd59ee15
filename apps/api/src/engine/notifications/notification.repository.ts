import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

/** The one reader and writer of the `notification` table; writes happen in the caller's transaction. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues notifications of a step, created at the step's business time (the Clock's, not the database's). */
  async queue(
    db: EntityManager,
    instanceId: string,
    notifications: readonly QueuedNotification[],
    at: Date,
  ): Promise<void> {
    for (const n of notifications) {
      await db.query(
        `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [instanceId, n.kind, n.taskKeys, n.recipientRole, n.recipientPartyKeys, at],
      );
    }
  }

  /** Notifications addressed to a party (or to anyone), newest first; at most `limit`. */
  addressedTo(partyKey: string | 'anyone', limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT * FROM notification WHERE $2 OR $1 = ANY(recipient_party_keys) ORDER BY created_at DESC LIMIT $3`,
      [partyKey, partyKey === 'anyone', limit],
    );
  }
}
