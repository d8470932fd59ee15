import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Where a party hears its notices: a functional mailbox of the organisation (`label` says which,
 * e.g. "Jourmailbox", never a person's name), or the work address of one of its users (`userId`).
 * Addresses of officials and mailboxes only: never of a person a case concerns.
 */
@Entity({ name: 'party_contact' })
@Unique('UQ_party_contact_address', ['partyId', 'address'])
@Unique('UQ_party_contact_user', ['userId'])
@Check('CHK_party_contact_kind', `user_id IS NOT NULL OR label IS NOT NULL`)
export class PartyContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_party_contact' })
  id: string;

  @ForeignKey('party', { name: 'FK_party_contact_party', onDelete: 'CASCADE' })
  @Column({ name: 'party_id', type: 'uuid' })
  partyId: string;

  /** The user whose address it is; null for a functional mailbox. */
  @ForeignKey('app_user', { name: 'FK_party_contact_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** Lower case, so the same mailbox is not entered twice in two spellings. */
  @Column({ type: 'text' })
  address: string;

  /** What a functional mailbox is for ("Jourmailbox", "Registrator"). */
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
