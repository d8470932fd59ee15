import type { Config } from '../../platform/config/config.js';
import type { DeliveryChannel } from './delivery.entity.js';

/** One queue per channel, each with its own processor: a slow SMTP server does not hold up webhooks. */
export const EMAIL_QUEUE = 'email';
export const WEBHOOKS_QUEUE = 'webhooks';
export const SEND_JOB = 'send';

export const queueOf: Record<DeliveryChannel, string> = { email: EMAIL_QUEUE, webhook: WEBHOOKS_QUEUE };

/** A delivery's job id is its row's: enqueueing it twice is one job, and the reconciler can ask for it. */
export function sendJobId(deliveryId: string): string {
  return `delivery-${deliveryId}`;
}

/**
 * DELIVERY_ATTEMPTS attempts with exponential backoff from DELIVERY_BACKOFF_MS (30 s, 1 min,
 * 2 min… by default: 8 attempts span about an hour); after the last the row becomes a dead letter.
 */
export function sendJobOptions(config: Config) {
  return {
    attempts: config.delivery.attempts,
    backoff: { type: 'exponential', delay: config.delivery.backoffMs },
    removeOnComplete: true,
    removeOnFail: 1000,
  } as const;
}

/** The daily digest's queue and its repeatable job: it looks every minute whether digests are due. */
export const DIGEST_QUEUE = 'digests';
export const DIGEST_SCHEDULER = 'daily-digest';
export const DIGEST_CHECK_EVERY_MS = 60_000;
