import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DeadlineStatus = 'pending' | 'fired' | 'cancelled';

/**
 * A durable timer: PostgreSQL holds it, a BullMQ delayed job with the same id delivers it.
 * It fires once in effect: the firing claims the row from `pending` in the transaction that
 * applies it (ARCHITECTURE: Execution, step 5).
 */
@Entity({ name: 'deadline' })
@Check('CHK_deadline_status', `status IN ('pending','fired','cancelled')`)
@Index('IDX_deadline_pending_due', ['dueAt'], { where: `status = 'pending'` })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Which handler applies it, e.g. `routine`. */
  @Column({ type: 'text' })
  kind: string;

  /** What it belongs to (an instance id): cancelled together when that subject moves on. */
  @Index('IDX_deadline_subject')
  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: DeadlineStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true })
  firedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
