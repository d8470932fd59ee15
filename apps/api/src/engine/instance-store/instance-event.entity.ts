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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
