import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `taskAssigned`: a step opened a task; `reminder` and `escalation`: a routine's timers. */
export type NotificationKind = 'taskAssigned' | 'reminder' | 'escalation';
/**
 * What a notice about the agreement itself says: its kind (notice-kinds.ts), the values of its
 * kind's own variables, and a file its e-mail carries (a meeting's `.ics`).
 */
export interface AgreementNotice {
  kind: string;
  values: { [field: string]: unknown };
  attachment?: { filename: string; contentType: string; content: string };
}

export type NotificationStatus = 'queued' | 'delivered' | 'failed';

/** A new task, a reminder or an escalation addressed to the parties playing a role in a case. */
@Entity({ name: 'notification' })
@Check('CHK_notification_kind', `kind IN ('taskAssigned','reminder','escalation')`)
@Check('CHK_notification_status', `status IN ('queued','delivered','failed')`)
@Index('IDX_notification_uncomposed', ['writtenAt'], { where: 'composed_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notification' })
  id: string;

  @ForeignKey('instance', { name: 'FK_notification_instance', onDelete: 'RESTRICT' })
  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The task items it concerns (those still open when it fired). */
  @Column({ name: 'task_keys', type: 'text', array: true })
  taskKeys: string[];

  @Column({ name: 'recipient_role', type: 'text' })
  recipientRole: string;

  @Column({ name: 'recipient_party_keys', type: 'text', array: true })
  recipientPartyKeys: string[];

  @Column({ type: 'text', default: 'queued' })
  status: NotificationStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /**
   * When the database wrote it (real time: `created_at` is the step's business time, which a
   * test may have moved): the reconciler's measure of how long it has waited.
   */
  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt: Date;

  /**
   * A notice about the agreement itself that concerns no task (the last day to give notice, a
   * renewal, an annual report the agreement dates): its kind and the values its template shows.
   * Null for a reminder or escalation of tasks, whose kind follows from the tasks.
   */
  @Column({ type: 'jsonb', nullable: true })
  notice: AgreementNotice | null;

  /** When the delivery worker composed it into its messages (the `delivery` rows); null: still to do. */
  @Column({ name: 'composed_at', type: 'timestamptz', nullable: true })
  composedAt: Date | null;
}
