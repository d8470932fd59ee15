import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** Something a party owes in a case, opened when the case enters a state, closed when it leaves. */
@Entity({ name: 'task' })
@Check('CHK_task_status', `status IN ('open','completed','cancelled')`)
// A task key is open at most once per case; closed ones stay as its history.
@Index('UQ_task_open', ['instanceId', 'key'], { unique: true, where: `status = 'open'` })
// "Tasks my organisation owes": `party_keys @> …` / `= ANY(party_keys)`.
@Index('IDX_task_party_keys', ['partyKeys'], { type: 'gin' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_task' })
  id: string;

  @ForeignKey('instance', { name: 'FK_task_instance', onDelete: 'RESTRICT' })
  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId: string;

  /** The item: the routine's task key, with the party or action for a per-item task. */
  @Column({ type: 'text' })
  key: string;

  /** The routine's task key. */
  @Column({ type: 'text' })
  task: string;

  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'owed_by', type: 'text' })
  owedBy: string;

  @Column({ name: 'party_keys', type: 'text', array: true })
  partyKeys: string[];

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
