import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A meeting its convener has dated, of a body the agreement has meet a count per period ("4
 * gånger per år"): the agreement's, not a version's, so a new version with the same body keeps it.
 */
@Entity({ name: 'meeting_date' })
@Unique('UQ_meeting_date_start', ['agreementId', 'bodyKey', 'startsAt'])
export class MeetingDateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_date' })
  id: string;

  @ForeignKey('agreement', { name: 'FK_meeting_date_agreement', onDelete: 'RESTRICT' })
  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'body_key', type: 'text' })
  bodyKey: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @ForeignKey('app_user', { name: 'FK_meeting_date_user', onDelete: 'SET NULL' })
  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}
