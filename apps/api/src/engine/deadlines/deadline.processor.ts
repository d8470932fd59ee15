import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { RUNTIME, type Runtime } from '../../platform/runtime.js';
import { type AfterCommit, DeadlineHandlers } from './deadline-handlers.js';
import { DeadlineReconciler } from './deadline-reconciler.js';
import { DEADLINES_QUEUE, FIRE_JOB } from './deadline-queue.js';
import { updateReturning } from '../../platform/database/returning.js';
import { DeadlineEntity } from './deadline.entity.js';

/**
 * The `deadlines` queue. `fire` claims the deadline row (pending → fired) and applies it in one
 * transaction: a crash undoes both, a second firing finds nothing to claim. Concurrency 10:
 * firings are short transactions; 5 attempts with backoff (set where jobs are added).
 *
 * The reconciler runs at start and then every interval from a plain timer in each worker, not
 * from a BullMQ job scheduler: the reconciler exists to repair a queue that lost its data, and a
 * scheduler kept in that queue would be lost with it. The timer holds no business state; a
 * restarted worker runs the reconciler at once.
 */
@Processor(DEADLINES_QUEUE, { concurrency: 10 })
export class DeadlineProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private tick: NodeJS.Timeout | undefined;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
    private readonly handlers: DeadlineHandlers,
    private readonly reconciler: DeadlineReconciler,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile();
    this.tick = setInterval(() => void this.reconcile(), this.runtime.config.reconcileIntervalMs);
    this.tick.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.tick);
  }

  /** A worker error is logged, never thrown: the reconciler covers what it may have lost. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${DEADLINES_QUEUE} worker: ${error.message}`);
  }

  private async reconcile(): Promise<void> {
    await this.reconciler.run().catch((error: unknown) => this.logger.warn(`Reconciler run failed: ${String(error)}`));
  }

  async process(job: Job<{ deadlineId?: string }>): Promise<void> {
    if (job.name !== FIRE_JOB || !job.data.deadlineId) {
      this.logger.warn(`Unknown job ${job.name} on the ${DEADLINES_QUEUE} queue`);
      return;
    }
    await this.fire(job.data.deadlineId);
  }

  /** Returns whether this firing applied the deadline (false: already fired, or cancelled). */
  async fire(deadlineId: string): Promise<boolean> {
    let afterCommit: AfterCommit | undefined;
    const applied = await this.dataSource.transaction(async (db) => {
      const claimed = await updateReturning<{ id: string }>(
        db,
        `UPDATE deadline SET status = 'fired', fired_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [deadlineId],
      );
      if (claimed.length === 0) return false;
      const deadline = await db.findOneByOrFail(DeadlineEntity, { id: deadlineId });
      const handler = this.handlers.get(deadline.kind);
      if (!handler) throw new Error(`No handler for deadlines of kind ${deadline.kind}`);
      afterCommit = (await handler(db, deadline)) ?? undefined;
      return true;
    });
    await afterCommit?.();
    return applied;
  }
}
