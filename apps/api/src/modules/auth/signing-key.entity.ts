import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

/** The key the API signs local tokens with; kept in PostgreSQL so every API process shares it. */
@Entity({ name: 'signing_key' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid: string;

  @Column({ name: 'private_jwk', type: 'jsonb' })
  privateJwk: JWK;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: JWK;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
