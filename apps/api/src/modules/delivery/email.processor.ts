import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Mailer, type OutgoingMail } from '../../platform/mail/mailer.js';
import { DeliveryAttempts } from './delivery-attempts.service.js';
import { EMAIL_QUEUE } from './delivery-queues.js';

/**
 * The `email` queue: one job per e-mail delivery, sent over SMTP with its stable Message-ID.
 * Concurrency 5: an SMTP server takes a few connections at once. Attempts and backoff: see
 * sendJobOptions. Lock 15 s, stall check every 5 s: a worker killed mid-send has its job taken
 * over within about 20 s (and sent again, with the same Message-ID).
 */
@Processor(EMAIL_QUEUE, { concurrency: 5, lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 10 })
export class EmailProcessor extends WorkerHost {
  private readonly logger = new Logger('Email');

  constructor(
    private readonly attempts: DeliveryAttempts,
    private readonly mailer: Mailer,
  ) {
    super();
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${EMAIL_QUEUE} worker: ${error.message}`);
  }

  async process(job: Job<{ deliveryId?: string }>): Promise<void> {
    await this.attempts.run(job, async (row) => {
      const content = row.content as Omit<OutgoingMail, 'messageId'>;
      await this.mailer.send({ messageId: row.message_id, ...content });
      return 'sent';
    });
  }
}
