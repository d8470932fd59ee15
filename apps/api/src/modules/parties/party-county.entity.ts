import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PartyEntity } from './party.entity.js';

/**
 * An organisation's place in a county's cooperation: only organisations with one may be named as
 * parties of that county's agreement (and be given its tasks). It is made when a county's
 * agreement first names a new organisation (the county created it), for the seed agreements, or
 * when an organisation of another county accepts to take part (`acceptedBy` then says who).
 */
@Entity({ name: 'party_county' })
export class PartyCountyEntity {
  @PrimaryColumn({ name: 'party_id', type: 'uuid' })
  partyId: string;

  @PrimaryColumn({ name: 'county_code', type: 'text' })
  countyCode: string;

  /** The user who accepted on the organisation's behalf; null when the county or a seed created it. */
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'FK_party_county_party' })
  party?: PartyEntity;
}
