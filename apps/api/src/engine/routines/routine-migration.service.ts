import { Injectable } from '@nestjs/common';
import {
  type RoutineDefinition,
  type RoutineEffects,
  activeStateIds,
  checkMigration,
  compileRoutine,
  deadlinesOnEntry,
  migrateStateValue,
  restoreSnapshot,
} from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock.js';
import { updateReturning } from '../../platform/database/returning.js';
import { DeadlineDispatcher } from '../deadlines/deadline-dispatcher.js';
import { DeadlineService } from '../deadlines/deadline.service.js';
import { EngineError } from '../engine.error.js';
import type { InstanceBindings } from '../instances/instance-bindings.js';
import { InstanceEffects } from '../instances/instance-effects.js';
import { RoutineDefinitionsService } from './routine-definitions.service.js';

export interface MigrationRequest {
  from: number;
  to: number;
  /** Old state path → new state path; a state not named keeps its path. */
  states: Record<string, string>;
  dryRun?: boolean;
}

export interface MigrationReport {
  routine: string;
  from: number;
  to: number;
  instances: { id: string; caseRef: string; before: string[]; after: string[] }[];
  dryRun: boolean;
}

interface Row {
  id: string;
  case_ref: string;
  snapshot: { value: Parameters<typeof activeStateIds>[0]; context: { records?: Record<string, unknown> } };
  bindings: InstanceBindings;
  version: number;
}

/**
 * Moves running instances from one version of a routine to another with an explicit state
 * mapping, checked first (every problem at once). Each instance moves in its own transaction:
 * its open tasks and timers of the old version are closed, and the states it now stands in are
 * entered as of the time it entered them before, so a running deadline is not extended.
 */
@Injectable()
export class RoutineMigrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routines: RoutineDefinitionsService,
    private readonly effects: InstanceEffects,
    private readonly deadlines: DeadlineService,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly clock: Clock,
  ) {}

  async migrate(key: string, request: MigrationRequest): Promise<MigrationReport> {
    const from = await this.routines.get(key, request.from);
    const to = await this.routines.get(key, request.to);
    const problems = checkMigration(from, to, request.states);
    if (problems.length)
      throw new EngineError('ROUTINE_MIGRATION_INVALID', 422, 'The migration is invalid', { problems });
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, case_ref, snapshot, bindings, version FROM instance WHERE routine_key = $1 AND routine_version = $2 AND status = 'active' ORDER BY started_at`,
      [key, request.from],
    );
    const report: MigrationReport = {
      routine: key,
      from: request.from,
      to: request.to,
      instances: [],
      dryRun: request.dryRun ?? false,
    };
    for (const row of rows) {
      const value = migrateStateValue(row.snapshot.value, request.states);
      // Restoring checks that the moved snapshot is one the new version can run.
      restoreSnapshot(compileRoutine(to, row.bindings.binding), { value, context: row.snapshot.context });
      report.instances.push({
        id: row.id,
        caseRef: row.case_ref,
        before: activeStateIds(row.snapshot.value),
        after: activeStateIds(value),
      });
      if (!report.dryRun) await this.move(row, to, value, request);
    }
    return report;
  }

  private async move(
    row: Row,
    to: RoutineDefinition,
    value: Parameters<typeof activeStateIds>[0],
    request: MigrationRequest,
  ) {
    const now = this.clock.now();
    const written = await this.dataSource.transaction(async (db) => {
      const updated = await updateReturning<{ id: string }>(
        db,
        `UPDATE instance SET routine_version = $3, snapshot = $4, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [row.id, row.version, to.version, JSON.stringify({ value, context: row.snapshot.context })],
      );
      if (updated.length === 0)
        throw new EngineError('INSTANCE_CONFLICT', 409, `Case ${row.case_ref} changed during the migration`);
      const cancelled = await this.deadlines.cancelAllOf(db, row.id);
      const open = await updateReturning<{ state: string; opened_at: Date }>(
        db,
        `UPDATE task SET status = 'cancelled', closed_at = $2 WHERE instance_id = $1 AND status = 'open' RETURNING state, opened_at`,
        [row.id, now],
      );
      const enteredAt = (state: string) => {
        const times = open
          .filter((task) => (request.states[task.state] ?? task.state) === state)
          .map((task) => new Date(task.opened_at).getTime());
        return new Date(times.length ? Math.min(...times) : now.getTime()).toISOString();
      };
      const entered = activeStateIds(value);
      const plans = entered.map((state) =>
        deadlinesOnEntry(
          to,
          row.bindings.binding,
          state,
          enteredAt(state),
          (row.snapshot.context.records ?? {}) as never,
        ),
      );
      const effects: RoutineEffects = {
        left: [],
        entered,
        openTasks: plans.flatMap((plan) => plan.tasks),
        closeTasks: [],
        armTimers: plans.flatMap((plan) => plan.timers),
        cancelTimers: [],
        done: false,
      };
      const result = await this.effects.write(db, row.id, row.bindings, effects, now);
      await db.query(
        `INSERT INTO instance_event (instance_id, seq, type, payload, source, at)
         SELECT $1, coalesce(max(seq), 0) + 1, 'instance.migrated', $2, 'system', $3 FROM instance_event WHERE instance_id = $1`,
        [row.id, JSON.stringify({ from: request.from, to: request.to, states: request.states }), now],
      );
      return { armed: result.armed, cancelled: [...cancelled, ...result.cancelled] };
    });
    await this.dispatcher.withdraw(written.cancelled);
    await this.dispatcher.dispatch(written.armed);
  }
}
