import type { RoutineDefinition } from '@samverkan/workflows';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type RoutineStatus = 'published' | 'superseded' | 'retired';

/** A published version of a routine: `key@version`, never changed once stored. */
@Entity({ name: 'routine_definition' })
@Check('CHK_routine_definition_status', `status IN ('published','superseded','retired')`)
export class RoutineDefinitionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_routine_definition' })
  key: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_routine_definition' })
  version: number;

  @Column({ type: 'text' })
  status: RoutineStatus;

  @Column({ type: 'jsonb' })
  definition: RoutineDefinition;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
