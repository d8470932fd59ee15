import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A party's signature of a published agreement version: the day and the signatory's function
 * ("Kommunstyrelsens ordförande"), never a name. One per party and version.
 */
@Entity({ name: 'agreement_signature' })
@Unique('UQ_agreement_signature_party', ['agreementId', 'agreementVersion', 'partyKey'])
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agreement_signature' })
  id: string;

  @ForeignKey('agreement', { name: 'FK_agreement_signature_agreement', onDelete: 'RESTRICT' })
  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'party_key', type: 'text' })
  partyKey: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  /** What the signatory is (a function, a title), never who. */
  @Column({ name: 'signatory_function', type: 'text' })
  signatoryFunction: string;

  @ForeignKey('app_user', { name: 'FK_agreement_signature_user', onDelete: 'SET NULL' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
