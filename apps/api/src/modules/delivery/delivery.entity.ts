import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type DeliveryChannel = 'email' | 'webhook';
/** `pending` until sent; `dead` after the last attempt (a dead letter); `discarded` by an admin or when its webhook is gone. */
export type DeliveryStatus = 'pending' | 'delivered' | 'dead' | 'discarded';

/**
 * One message of a notification to one recipient (an e-mail address or a party's webhook), or
 * a user's daily digest e-mail: written once when composed, then moved by its channel's worker.
 */
@Entity({ name: 'delivery' })
@Unique('UQ_delivery_recipient', ['notificationId', 'recipientKey'])
@Unique('UQ_delivery_digest', ['digestId'])
@Check('CHK_delivery_source', `num_nonnulls(notification_id, digest_id) = 1`)
@Check('CHK_delivery_channel', `channel IN ('email','webhook')`)
@Check('CHK_delivery_status', `status IN ('pending','delivered','dead','discarded')`)
@Index('IDX_delivery_pending', ['notBefore'], { where: `status = 'pending'` })
@Index('IDX_delivery_dead', ['updatedAt'], { where: `status = 'dead'` })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_delivery' })
  id: string;

  /** The notification it is a message of; null for a user's daily digest (`digestId`). */
  @ForeignKey('notification', { name: 'FK_delivery_notification', onDelete: 'RESTRICT' })
  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId: string | null;

  /** The daily digest it is the e-mail of (one per digest); null for a notification's message. */
  @ForeignKey('digest', { name: 'FK_delivery_digest', onDelete: 'CASCADE' })
  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId: string | null;

  @Column({ type: 'text' })
  channel: DeliveryChannel;

  /** `email:<address>` or `webhook:<party key>`: one message per notification and recipient. */
  @Column({ name: 'recipient_key', type: 'text' })
  recipientKey: string;

  @Column({ name: 'party_key', type: 'text' })
  partyKey: string;

  /** The notice kind (`overdue`, `escalation`…), as the composer named it. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  /** The e-mail's Message-ID, from the notification and the recipient: the same on every attempt. */
  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  /** What is sent: an e-mail's subject, text and HTML, or a webhook's body. Never personal data. */
  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Not sent before this instant: the next working moment, unless urgent. */
  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
