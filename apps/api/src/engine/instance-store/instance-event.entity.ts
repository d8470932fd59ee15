import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type EventSource = 'user' | 'timer' | 'system';

/**
 * One entry of a case's history, numbered per case. Append-only: a trigger of the migration
 * (`TRG_instance_event_append_only`, which TypeORM neither knows nor touches) refuses updates
 * and deletes, whatever the code does.
 */
@Entity({ name: 'instance_event' })
@Unique('UQ_instance_event_seq', ['instanceId', 'seq'])
@Check('CHK_instance_event_source', `source IN ('user','timer','system')`)
// An event cannot have happened after it was recorded (issue 11: occurredAt).
@Check('CHK_instance_event_occurred_at', `occurred_at <= at`)
export class InstanceEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_instance_event' })
  id: string;

  @ForeignKey('instance', { name: 'FK_instance_event_instance', onDelete: 'RESTRICT' })
  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  source: EventSource;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_party_key', type: 'text', nullable: true })
  actorPartyKey: string | null;

  /** When it was recorded (the server's clock). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /**
   * When it happened: the sender's `occurredAt` (a police referral made at 10:00 and registered
   * at 14:00), a timer's due time, or else when it was recorded. Its deadlines run from it.
   */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
