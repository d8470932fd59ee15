import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { type Dispatch, DeadlineDispatcher } from './deadline-dispatcher.service.js';
import { DeadlineHandlers } from './deadline-handlers.service.js';
import { DeadlineReconciler } from './deadline-reconciler.service.js';
import { DEADLINES_QUEUE, FIRE_JOB } from './deadline-queue.js';
import { DeadlineRepository } from './deadline.repository.js';

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
    private readonly deadlines: DeadlineRepository,
    private readonly handlers: DeadlineHandlers,
    private readonly dispatcher: DeadlineDispatcher,
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
    const fired = await this.dataSource.transaction(async (db): Promise<{ dispatch?: Dispatch } | undefined> => {
      const deadline = await this.deadlines.claim(db, deadlineId);
      if (!deadline) return undefined;
      const handler = this.handlers.get(deadline.kind);
      if (!handler) throw new Error(`No handler for deadlines of kind ${deadline.kind}`);
      return { dispatch: (await handler(db, deadline)) ?? undefined };
    });
    if (fired?.dispatch) await this.dispatcher.apply(fired.dispatch);
    return fired !== undefined;
  }
}
