import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock.service.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { DeadlineDispatcher } from './deadline-dispatcher.service.js';
import { DeadlineRepository } from './deadline.repository.js';

/**
 * A row armed this recently may simply not be dispatched yet (the dispatch follows the commit):
 * the reconciler still enqueues it, at no cost to the guarantee, but does not report it as lost.
 * Measured in real time by the database (the machinery's latency), not on the business clock.
 */
export const DISPATCH_GRACE_MS = 5_000;

/** Deadlines looked at per run, soonest first: a run stays bounded however many are pending. */
export const RECONCILE_BATCH = 10_000;

export interface ReconcileReport {
  /** Pending rows older than the grace whose job the queue had lost (after a crash, or Redis losing data). */
  lost: number;
  /** Rows armed moments ago, enqueued before their own dispatch came. */
  early: number;
}

/**
 * Puts back what PostgreSQL holds pending and the queue lacks: after a crash between commit
 * and enqueue, after Redis lost its data, or after a job failed for good. It looks only at
 * deadlines due within two intervals (and overdue ones), so each run is bounded and a lost
 * deadline fires at most one interval late. It tells the truth about what it found: a job that
 * fired meanwhile is done, not lost; a row armed moments ago is early, not lost.
 */
@Injectable()
export class DeadlineReconciler {
  private readonly logger = new Logger('Reconciler');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly deadlines: DeadlineRepository,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<ReconcileReport> {
    const now = this.clock.now().getTime();
    const horizon = new Date(now + 2 * this.runtime.config.reconcileIntervalMs);
    const rows = await this.deadlines.pendingDueBy(horizon, RECONCILE_BATCH);
    const missing: string[] = [];
    for (const row of rows) if (!(await this.dispatcher.queued(row.id))) missing.push(row.id);
    const report: ReconcileReport = { lost: 0, early: 0 };
    if (missing.length === 0) return report;
    // A job that fired between the read above and its lookup is gone because it is done: its row
    // is no longer pending. Only a row still pending with no job needs one.
    const unqueued = await this.deadlines.stillPending(missing);
    for (const row of unqueued) {
      if (!(await this.dispatcher.ensure({ id: row.id, dueAt: new Date(row.due_at) }))) continue;
      if (row.armed_ms_ago < DISPATCH_GRACE_MS) report.early += 1;
      else report.lost += 1;
    }
    if (report.lost > 0) this.logger.warn(`Re-enqueued ${report.lost} pending deadline(s) the queue had lost`);
    if (report.early > 0) this.logger.debug(`Enqueued ${report.early} deadline(s) armed moments ago`);
    return report;
  }
}
