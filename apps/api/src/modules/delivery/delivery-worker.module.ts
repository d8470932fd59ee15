import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail/mail.module.js';
import { DeliveryModule } from './delivery.module.js';
import { EmailProcessor } from './email.processor.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { WebhooksProcessor } from './webhooks.processor.js';

/** The outbox's and the channels' processors, and the delivery reconciler's timer: only in processes that work jobs. */
@Module({
  imports: [DeliveryModule, MailModule],
  providers: [NotificationsProcessor, EmailProcessor, WebhooksProcessor],
})
export class DeliveryWorkerModule {}
