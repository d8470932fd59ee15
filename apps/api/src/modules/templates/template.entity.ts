import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A published, immutable template `key@version` that counties start from. */
@Entity({ name: 'template' })
@Check('CHK_template_kind', `kind IN ('agreement','routine')`)
export class TemplateEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  kind: 'agreement' | 'routine';

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  content: unknown;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
