import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyKind } from '@samverkan/agreements';

/** An organisation that signs agreements; every user belongs to exactly one. */
@Entity({ name: 'party' })
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable slug used by configuration files, e.g. `polisen-region-nord`. */
  @Column({ type: 'text', unique: true })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PartyKind;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
