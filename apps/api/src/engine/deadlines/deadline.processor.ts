import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RUNTIME, type Runtime } from '../../platform/runtime.js';
import { DeadlineHandlers } from './deadline-handlers.js';
import { DeadlineReconciler } from './deadline-reconciler.js';
import { DEADLINES_QUEUE, FIRE_JOB, RECONCILE_JOB } from './deadline-queue.js';
import { DeadlineEntity } from './deadline.entity.js';

/**
 * The `deadlines` queue. `fire` claims the deadline row (pending → fired) and applies it in one
 * transaction: a crash undoes both, a second firing finds nothing to claim. `reconcile` runs
 * the reconciler; a job scheduler enqueues it every interval, and each worker runs it at start.
 * Concurrency 10: firings are short transactions.
 */
@Processor(DEADLINES_QUEUE, { concurrency: 10 })
export class DeadlineProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('Deadlines');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly handlers: DeadlineHandlers,
    private readonly reconciler: DeadlineReconciler,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RECONCILE_JOB,
      { every: this.runtime.config.reconcileIntervalMs },
      { name: RECONCILE_JOB, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.reconciler.run();
  }

  async process(job: Job<{ deadlineId?: string }>): Promise<void> {
    if (job.name === RECONCILE_JOB) {
      await this.reconciler.run();
      return;
    }
    if (job.name !== FIRE_JOB || !job.data.deadlineId) {
      this.logger.warn(`Unknown job ${job.name} on the ${DEADLINES_QUEUE} queue`);
      return;
    }
    await this.fire(job.data.deadlineId);
  }

  /** Returns whether this firing applied the deadline (false: already fired, or cancelled). */
  async fire(deadlineId: string): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      const claimed: { id: string }[] = await db.query(
        `UPDATE deadline SET status = 'fired', fired_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [deadlineId],
      );
      if (claimed.length === 0) return false;
      const deadline = await db.findOneByOrFail(DeadlineEntity, { id: deadlineId });
      const handler = this.handlers.get(deadline.kind);
      if (!handler) throw new Error(`No handler for deadlines of kind ${deadline.kind}`);
      await handler(db, deadline);
      return true;
    });
  }
}
