import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import type { DefaultConfirmation } from './default-confirmations.js';

export type VersionStatus = 'draft' | 'published' | 'superseded';

/** One version of an agreement: a draft is edited; publishing freezes it (hash, who, when). */
@Entity({ name: 'agreement_version' })
@Check('CHK_agreement_version_status', `status IN ('draft','published','superseded')`)
@Index('UQ_agreement_version_draft', ['agreementId'], { unique: true, where: `status = 'draft'` })
@Index('UQ_agreement_version_published', ['agreementId'], { unique: true, where: `status = 'published'` })
export class AgreementVersionEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'FK_agreement_version_agreement' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  status: VersionStatus;

  @Column({ type: 'jsonb' })
  content: unknown;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  /** Optimistic locking of draft edits: a PUT names the row version it read. */
  @Column({ name: 'row_version', type: 'integer', default: 1 })
  rowVersion: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_agreement_version_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'FK_agreement_version_published_by' })
  publisher?: UserEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Who confirmed which product or template default of the routines (issue 12). */
  @Column({ name: 'default_confirmations', type: 'jsonb', default: () => `'[]'` })
  defaultConfirmations: DefaultConfirmation[];
}
