import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InstanceBindings } from './instance-bindings.js';
import type { RoutineContext, activeStateIds } from '@samverkan/workflows';

export type InstanceStatus = 'active' | 'done';

/** What an instance stores of its statechart: the state value and the routine's memory. */
export interface StoredSnapshot {
  value: Parameters<typeof activeStateIds>[0];
  context: RoutineContext;
}

/**
 * A case: one running (or finished) instance of a routine, pinned to the agreement version and
 * routine version it started on. `version` is its optimistic lock: every step writes it only if
 * it is still the one read.
 */
@Entity({ name: 'instance' })
@Check('CHK_instance_status', `status IN ('active','done')`)
@Index('UQ_instance_case_ref', ['agreementId', 'caseRef'], { unique: true })
@Index('UQ_instance_idempotency_key', ['agreementId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
// The routine version it runs: a composite key of the engine's own table.
@ForeignKey('routine_definition', ['routineKey', 'routineVersion'], ['key', 'version'], {
  name: 'FK_instance_routine',
  onDelete: 'RESTRICT',
})
export class InstanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_instance' })
  id: string;

  /**
   * The agreement's row, named by its table: the engine knows no feature module's code, only
   * the key the database keeps between them.
   */
  @ForeignKey('agreement', { name: 'FK_instance_agreement', onDelete: 'RESTRICT' })
  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'routine_key', type: 'text' })
  routineKey: string;

  @Column({ name: 'routine_version', type: 'integer' })
  routineVersion: number;

  /** Pseudonymous, generated: never chosen by a caller, never a person's data. */
  @Column({ name: 'case_ref', type: 'text' })
  caseRef: string;

  @Column({ type: 'text', default: 'active' })
  status: InstanceStatus;

  @Column({ type: 'jsonb' })
  snapshot: StoredSnapshot;

  @Column({ type: 'jsonb' })
  bindings: InstanceBindings;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** The client's key for its start: the same start again answers with this case. */
  @Column({ name: 'idempotency_key', type: 'uuid', nullable: true })
  idempotencyKey: string | null;
}
