import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** A strategist's right to write the agreements of one county. */
@Entity({ name: 'strategist_grant' })
export class StrategistGrantEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'county_code', type: 'text' })
  countyCode: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_strategist_grant_user' })
  user?: UserEntity;
}
