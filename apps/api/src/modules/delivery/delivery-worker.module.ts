import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail/mail.module.js';
import { DeliveryModule } from './delivery.module.js';
import { DIGEST_QUEUE } from './delivery-queues.js';
import { DigestProcessor } from './digest.processor.js';
import { EmailProcessor } from './email.processor.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { WebhooksProcessor } from './webhooks.processor.js';

/** The outbox's and the channels' processors, the delivery reconciler's timer and the daily digest's scheduler: only in processes that work jobs. */
@Module({
  imports: [DeliveryModule, MailModule, BullModule.registerQueue({ name: DIGEST_QUEUE })],
  providers: [NotificationsProcessor, EmailProcessor, WebhooksProcessor, DigestProcessor],
})
export class DeliveryWorkerModule {}
