import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A party's webhook: where its notices are POSTed, and the secrets they are signed with, stored
 * sealed (AES-256-GCM, SECRETS_KEY). During a rotation the previous secret stays valid until
 * `previous_valid_until`, and requests carry a signature by each.
 */
@Entity({ name: 'webhook' })
export class WebhookEntity {
  @PrimaryColumn({ name: 'party_key', type: 'text', primaryKeyConstraintName: 'PK_webhook' })
  partyKey: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed: string;

  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true })
  previousSecretSealed: string | null;

  @Column({ name: 'previous_valid_until', type: 'timestamptz', nullable: true })
  previousValidUntil: Date | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
