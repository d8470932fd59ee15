import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A county's samverkansavtal; its content lives in its versions. */
@Entity({ name: 'agreement' })
@Check('CHK_agreement_county_code', `county_code ~ '^[0-9]{2}$'`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  key: string;

  @Column({ name: 'county_code', type: 'text' })
  countyCode: string;

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
