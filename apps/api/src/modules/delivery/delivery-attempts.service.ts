import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { type DeliveryRow, DeliveryRepository } from './delivery.repository.js';

/**
 * One attempt at sending a delivery, the same for every channel: re-read the row (a job carries
 * only its id), skip it unless pending, send, record the outcome. A failed attempt is recorded
 * and thrown, so BullMQ retries it with backoff; after the last attempt the row is a dead letter.
 * A crash after the send and before the record makes BullMQ run the job again (a stalled job):
 * the message goes again, with the same Message-ID. At least once, recognisably.
 */
@Injectable()
export class DeliveryAttempts {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async run(job: Job<{ deliveryId?: string }>, send: (row: DeliveryRow) => Promise<'sent' | 'gone'>): Promise<void> {
    const id = job.data.deliveryId;
    if (!id) return;
    const row = await this.deliveries.find(id);
    if (!row || row.status !== 'pending') return;
    let outcome: 'sent' | 'gone';
    try {
      outcome = await send(row);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.deliveries.recordFailure(id, message, last);
      if (last) {
        this.logger.warn(
          `Delivery ${id} (${row.channel}) is a dead letter after ${job.attemptsMade + 1} attempts: ${message}`,
        );
        await this.settle(row.notification_id);
      }
      throw error;
    }
    if (outcome === 'gone') await this.deliveries.discard(id, 'the recipient has no webhook any more');
    else await this.deliveries.recordDelivered(id, this.clock.now());
    await this.settle(row.notification_id);
  }

  /**
   * The notification's status once none of its messages is pending: delivered, or failed with a
   * dead letter. A digest (no notification) has only its delivery's own status.
   */
  async settle(notificationId: string | null): Promise<void> {
    if (notificationId === null) return;
    const standing = await this.deliveries.standing(notificationId);
    if (standing.pending > 0) return;
    await this.notifications.settle(notificationId, standing.dead > 0 ? 'failed' : 'delivered', this.clock.now());
  }
}
