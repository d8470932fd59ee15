import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { COMPOSE_JOB, NOTIFICATIONS_QUEUE } from '../../engine/notifications/notification-queue.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { DeliveryReconciler } from './delivery-reconciler.service.js';
import { NoticeComposition } from './notice-composition.service.js';

/**
 * The `notifications` queue (the outbox): `compose` turns a notification into its deliveries
 * (NoticeComposition). Concurrency 5; 5 attempts with backoff (set where jobs are added,
 * engine/notifications). The delivery reconciler runs at start and every RECONCILE_INTERVAL_MS
 * from a plain timer, as the deadlines' does, for the same reason: it repairs a queue that lost
 * its jobs, so it cannot live in that queue.
 */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 5, lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 10 })
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private tick: NodeJS.Timeout | undefined;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly composition: NoticeComposition,
    private readonly reconciler: DeliveryReconciler,
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

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${NOTIFICATIONS_QUEUE} worker: ${error.message}`);
  }

  private async reconcile(): Promise<void> {
    await this.reconciler
      .run()
      .catch((error: unknown) => this.logger.warn(`Delivery reconciler failed: ${String(error)}`));
  }

  async process(job: Job<{ notificationId?: string }>): Promise<void> {
    if (job.name !== COMPOSE_JOB || !job.data.notificationId) {
      this.logger.warn(`Unknown job ${job.name} on the ${NOTIFICATIONS_QUEUE} queue`);
      return;
    }
    await this.composition.compose(job.data.notificationId);
  }
}
