import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signatureHeader } from '../webhooks/webhook-signature.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';
import { DeliveryAttempts } from './delivery-attempts.service.js';
import { WEBHOOKS_QUEUE } from './delivery-queues.js';

/**
 * The `webhooks` queue: one job per webhook delivery, POSTed as JSON and signed (HMAC-SHA256
 * over `timestamp.rawBody`, a fresh timestamp per attempt so a receiver may refuse old ones).
 * A 2xx answer is delivered; anything else, or no answer within WEBHOOK_TIMEOUT_MS, is a failed
 * attempt. Concurrency 10; attempts and backoff: see sendJobOptions.
 */
@Processor(WEBHOOKS_QUEUE, { concurrency: 10, lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 10 })
export class WebhooksProcessor extends WorkerHost {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly attempts: DeliveryAttempts,
    private readonly webhooks: WebhooksService,
  ) {
    super();
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${WEBHOOKS_QUEUE} worker: ${error.message}`);
  }

  async process(job: Job<{ deliveryId?: string }>): Promise<void> {
    await this.attempts.run(job, async (row) => {
      const target = await this.webhooks.target(row.party_key);
      if (!target) return 'gone';
      const body = JSON.stringify(row.content);
      // Transport time, not business time: the receiver checks it against its own clock.
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Samverkan-Webhooks/1',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signatureHeader(target.secrets, timestamp, body),
          'X-Samverkan-Delivery': row.id,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.runtime.config.delivery.webhookTimeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status} from ${target.url}`);
      return 'sent';
    });
  }
}
