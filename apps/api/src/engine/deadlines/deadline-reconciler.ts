import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock.js';
import { RUNTIME, type Runtime } from '../../platform/runtime.js';
import { DeadlineDispatcher } from './deadline-dispatcher.js';

/**
 * Puts back what PostgreSQL holds pending and the queue lacks: after a crash between commit
 * and enqueue, after Redis lost its data, or after a job failed for good. It looks only at
 * deadlines due within two intervals (and overdue ones), so each run is bounded and a lost
 * deadline fires at most one interval late.
 */
@Injectable()
export class DeadlineReconciler {
  private readonly logger = new Logger('Reconciler');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const horizon = new Date(this.clock.now().getTime() + 2 * this.runtime.config.reconcileIntervalMs);
    const rows: { id: string; due_at: Date }[] = await this.dataSource.query(
      `SELECT id, due_at FROM deadline WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT 10000`,
      [horizon],
    );
    let restored = 0;
    for (const row of rows) {
      if (await this.dispatcher.ensure({ id: row.id, dueAt: new Date(row.due_at) })) restored += 1;
    }
    if (restored > 0) this.logger.warn(`Re-enqueued ${restored} pending deadline(s) the queue lacked`);
    return restored;
  }
}
