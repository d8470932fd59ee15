import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A user's daily digest: at most one per user and Stockholm day (the unique key is what makes a
 * crash unable to send two different digests for one day). `since`–`until` is what it covered
 * of what arrived; the next digest starts where this one ended. `items` 0: nothing to tell, no
 * e-mail, but the day is done.
 */
@Entity({ name: 'digest' })
@Unique('UQ_digest_user_day', ['userId', 'day'])
export class DigestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_digest' })
  id: string;

  @ForeignKey('app_user', { name: 'FK_digest_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The day in Europe/Stockholm (YYYY-MM-DD). */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'timestamptz' })
  since: Date;

  @Column({ type: 'timestamptz' })
  until: Date;

  @Column({ type: 'integer' })
  items: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
