import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../../platform/clock/clock.service.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { Mailer } from '../../platform/mail/mailer.js';
import { whileOpen } from '../../platform/queues/while-open.js';
import type { DeliveryChannel } from './delivery.entity.js';
import { EMAIL_QUEUE, SEND_JOB, WEBHOOKS_QUEUE, sendJobId, sendJobOptions } from './delivery-queues.js';
import type { Sendable } from './delivery.repository.js';

/**
 * Puts deliveries on their channel's queue, delayed until their `not_before` (working hours).
 * Idempotent by job id. E-mail is not enqueued while SMTP_URL is unset: it stays pending in
 * PostgreSQL, counted in the admin view, and goes out once a process with SMTP starts.
 */
@Injectable()
export class DeliveryDispatcher {
  private readonly logger = new Logger('Delivery');
  private readonly queues: Record<DeliveryChannel, Queue>;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @InjectQueue(EMAIL_QUEUE) email: Queue,
    @InjectQueue(WEBHOOKS_QUEUE) webhooks: Queue,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {
    this.queues = { email, webhook: webhooks };
  }

  /** The channels this process can send on. */
  channels(): DeliveryChannel[] {
    return this.mailer.configured ? ['email', 'webhook'] : ['webhook'];
  }

  queue(channel: DeliveryChannel): Queue {
    return this.queues[channel];
  }

  /** After the composing commit; never throws (the reconciler is the safety net). */
  async enqueue(deliveries: readonly Sendable[]): Promise<void> {
    const sendable = deliveries.filter((d) => this.channels().includes(d.channel));
    await Promise.all(
      (['email', 'webhook'] as const).map(async (channel) => {
        const mine = sendable.filter((d) => d.channel === channel);
        if (mine.length === 0) return;
        const queue = this.queues[channel];
        await whileOpen(queue, () =>
          queue.addBulk(
            mine.map((d) => ({
              name: SEND_JOB,
              data: { deliveryId: d.id },
              opts: { ...sendJobOptions(this.runtime.config), jobId: sendJobId(d.id), delay: this.delayOf(d) },
            })),
          ),
        ).catch((error: unknown) =>
          this.logger.warn(
            `${mine.length} ${channel} deliveries not enqueued now (${String(error)}); the reconciler will`,
          ),
        );
      }),
    );
  }

  /**
   * Makes sure a live job exists for the delivery; `fresh` replaces any job it has (a dead
   * letter retried: its failed job still holds the id). Returns true when it added one.
   */
  async ensure(delivery: Sendable, fresh = false): Promise<boolean> {
    const queue = this.queues[delivery.channel];
    const jobId = sendJobId(delivery.id);
    const existing = await queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (!fresh && state !== 'failed' && state !== 'completed' && state !== 'unknown') return false;
      await existing.remove();
    }
    await whileOpen(queue, () =>
      queue.add(
        SEND_JOB,
        { deliveryId: delivery.id },
        { ...sendJobOptions(this.runtime.config), jobId, delay: this.delayOf(delivery) },
      ),
    );
    return true;
  }

  /** Removes a delivery's job (a discarded message); a job already running finds the row discarded. */
  async withdraw(delivery: { id: string; channel: DeliveryChannel }): Promise<void> {
    await this.queues[delivery.channel].remove(sendJobId(delivery.id)).catch(() => undefined);
  }

  private delayOf(delivery: Sendable): number {
    return Math.max(0, delivery.notBefore.getTime() - this.clock.now().getTime());
  }
}
