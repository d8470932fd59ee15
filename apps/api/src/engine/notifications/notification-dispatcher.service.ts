import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { whileOpen } from '../../platform/queues/while-open.js';
import { COMPOSE_JOB, NOTIFICATIONS_QUEUE, composeJobId } from './notification-queue.js';

/** Retries cover a passing database error or composer failure; the reconciler covers one that failed for good. */
export const composeJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: 1000,
} as const;

/**
 * Puts committed notifications (the outbox's rows) on the `notifications` queue, after the
 * commit of the step that queued them (ARCHITECTURE: Execution, step 3). Idempotent by job id;
 * failing to enqueue loses nothing: the delivery reconciler puts back every notification
 * PostgreSQL holds uncomposed that the queue lacks.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger('Outbox');

  constructor(@InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue) {}

  /** After commit; never throws. */
  async dispatch(notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await whileOpen(this.queue, () =>
      this.queue.addBulk(
        notificationIds.map((id) => ({
          name: COMPOSE_JOB,
          data: { notificationId: id },
          opts: { ...composeJobOptions, jobId: composeJobId(id) },
        })),
      ),
    ).catch((error: unknown) =>
      this.logger.warn(
        `${notificationIds.length} notification(s) not enqueued now (${String(error)}); the reconciler will`,
      ),
    );
  }

  /** Makes sure a live job exists for the notification; returns true when it had to add one. */
  async ensure(notificationId: string): Promise<boolean> {
    const jobId = composeJobId(notificationId);
    const existing = await this.queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'failed' && state !== 'completed' && state !== 'unknown') return false;
      await existing.remove();
    }
    await whileOpen(this.queue, () => this.queue.add(COMPOSE_JOB, { notificationId }, { ...composeJobOptions, jobId }));
    return true;
  }
}
