import { Injectable } from '@nestjs/common';
import {
  type RoutineDefinition,
  activeStateIds,
  checkMigration,
  deadlinesOnEntry,
  migrateStateValue,
  restoreSnapshot,
} from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock/clock.service.js';
import { DeadlineDispatcher } from '../deadlines/deadline-dispatcher.service.js';
import { EngineError } from '../engine.error.js';
import type { StoredSnapshot } from '../instance-store/instance.entity.js';
import { type InstanceRow, InstanceRepository } from '../instance-store/instance.repository.js';
import { RoutineDefinitionsService } from '../routines/routine-definitions.service.js';
import { TaskRepository } from '../tasks/task.repository.js';
import { DeadlineRepository } from '../deadlines/deadline.repository.js';
import { CaseStepWriter } from './step-writer.service.js';

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

/**
 * Moves running instances from one version of a routine to another with an explicit state
 * mapping, checked first (every problem at once). Each instance moves in its own transaction, as
 * one step of the case: its open tasks and timers of the old version are dropped, and the states
 * it now stands in are entered as of the time it entered them before, so a running deadline is
 * not extended.
 */
@Injectable()
export class RoutineMigrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routines: RoutineDefinitionsService,
    private readonly instances: InstanceRepository,
    private readonly tasks: TaskRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly steps: CaseStepWriter,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly clock: Clock,
  ) {}

  async migrate(key: string, request: MigrationRequest): Promise<MigrationReport> {
    const from = await this.routines.get(key, request.from);
    const to = await this.routines.get(key, request.to);
    const problems = checkMigration(from, to, request.states);
    if (problems.length)
      throw new EngineError('ROUTINE_MIGRATION_INVALID', 422, 'The migration is invalid', { problems });
    const rows = await this.instances.activeOf(key, request.from);
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
      restoreSnapshot(this.routines.compiled(to, row.bindings.binding), { value, context: row.snapshot.context });
      report.instances.push({
        id: row.id,
        caseRef: row.case_ref,
        before: activeStateIds(row.snapshot.value),
        after: activeStateIds(value),
      });
      if (!report.dryRun) await this.move(row, to, { value, context: row.snapshot.context }, request);
    }
    return report;
  }

  private async move(row: InstanceRow, to: RoutineDefinition, snapshot: StoredSnapshot, request: MigrationRequest) {
    const now = this.clock.now();
    const { dispatch } = await this.dataSource.transaction(async (db) => {
      // Read in the step's transaction; the step's version check makes sure they are the case's.
      const open = await this.tasks.openOf(db, row.id);
      const enteredAt = (state: string) => {
        const times = open
          .filter((task) => (request.states[task.state] ?? task.state) === state)
          .map((task) => new Date(task.opened_at).getTime());
        return new Date(times.length ? Math.min(...times) : now.getTime()).toISOString();
      };
      const entered = activeStateIds(snapshot.value);
      const plans = entered.map((state) =>
        deadlinesOnEntry(to, row.bindings.binding, state, enteredAt(state), snapshot.context.records),
      );
      // Entering again as of the first entry recomputes timers that are already past. Those that
      // fired (a reminder sent) must not fire twice; those still pending (not yet fired) must.
      const pending = new Set(
        (await this.deadlines.pendingTimersIn(db, row.id)).map(({ key, state }) => {
          const moved = request.states[state] ?? state;
          return key.startsWith(state) ? `${moved}${key.slice(state.length)}` : key;
        }),
      );
      const due = (timer: { key: string; dueAt: string }) =>
        Date.parse(timer.dueAt) > now.getTime() || pending.has(timer.key);
      return this.steps.write(db, {
        at: now,
        bindings: row.bindings,
        instance: {
          id: row.id,
          move: { readVersion: row.version, snapshot, status: 'active', routineVersion: to.version },
          conflict: `Case ${row.case_ref} changed during the migration`,
        },
        event: {
          type: 'instance.migrated',
          payload: { from: request.from, to: request.to, states: request.states },
          source: 'system',
        },
        startOver: true,
        effects: {
          openTasks: plans.flatMap((plan) => plan.tasks),
          closeTasks: [],
          armTimers: plans.flatMap((plan) => plan.timers).filter(due),
          cancelTimers: [],
          done: false,
        },
      });
    });
    await this.dispatcher.apply(dispatch);
  }
}
