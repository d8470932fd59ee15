import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartyEntity } from '../parties/party.entity.js';
import type { Role } from '../../platform/auth/role.js';

@Entity({ name: 'app_user' })
@Check('CHK_app_user_roles', `roles <@ ARRAY['admin','strategist','coordinator','member']::text[]`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'party_id', type: 'uuid' })
  partyId: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'FK_app_user_party' })
  party?: PartyEntity;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** The token subject (`sub`) that identifies this user: the username for local sign-in. */
  @Column({ type: 'text', unique: true })
  subject: string;

  /** Only for local sign-in; null for users of an external identity provider. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
