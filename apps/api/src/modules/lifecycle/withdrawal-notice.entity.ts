import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A party's notice of withdrawal (uppsägning) from an agreement, given under its published
 * version: the day it was given, the day it takes effect (the version's withdrawal rule), and
 * the signatory's function ("Kommundirektör"), never a name. One per party and agreement.
 */
@Entity({ name: 'withdrawal_notice' })
@Unique('UQ_withdrawal_notice_party', ['agreementId', 'partyKey'])
export class WithdrawalNoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_withdrawal_notice' })
  id: string;

  @ForeignKey('agreement', { name: 'FK_withdrawal_notice_agreement', onDelete: 'RESTRICT' })
  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  /** The published version whose withdrawal rule gave the effective day. */
  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'party_key', type: 'text' })
  partyKey: string;

  @Column({ name: 'given_on', type: 'date' })
  givenOn: string;

  /** The last day the party is bound (inclusive), as the withdrawal rule has it. */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  /** What the signatory is (a function, a title), never who. */
  @Column({ name: 'signatory_function', type: 'text' })
  signatoryFunction: string;

  @ForeignKey('app_user', { name: 'FK_withdrawal_notice_user', onDelete: 'SET NULL' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
