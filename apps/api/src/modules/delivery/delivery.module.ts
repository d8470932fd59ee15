import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEADLINES_QUEUE } from '../../engine/deadlines/deadline-queue.js';
import { DeadlinesModule } from '../../engine/deadlines/deadlines.module.js';
import { NOTIFICATIONS_QUEUE } from '../../engine/notifications/notification-queue.js';
import { InstanceStoreModule } from '../../engine/instance-store/instance-store.module.js';
import { NotificationsModule } from '../../engine/notifications/notifications.module.js';
import { OutboxModule } from '../../engine/notifications/outbox.module.js';
import { TasksModule } from '../../engine/tasks/tasks.module.js';
import { MailModule } from '../../platform/mail/mail.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { DeliveryAdminController } from './delivery-admin.controller.js';
import { DeliveryAdminService } from './delivery-admin.service.js';
import { DeliveryAttempts } from './delivery-attempts.service.js';
import { DeliveryDispatcher } from './delivery-dispatcher.service.js';
import { DIGEST_QUEUE, EMAIL_QUEUE, WEBHOOKS_QUEUE } from './delivery-queues.js';
import { DeliveryReconciler } from './delivery-reconciler.service.js';
import { DeliveryEntity } from './delivery.entity.js';
import { DigestEntity } from './digest.entity.js';
import { DigestRepository } from './digest.repository.js';
import { DigestRun } from './digest-run.service.js';
import { DeliveryRepository } from './delivery.repository.js';
import { NoticeComposition } from './notice-composition.service.js';

/**
 * Delivery of notifications (the outbox's consumer): composing, the channel queues, the
 * reconciler and the operators' API. The processors are DeliveryWorkerModule's, in processes
 * that work jobs. The notice composer (NOTICE_COMPOSER, modules/notices) is a global provider.
 */
@Module({
  imports: [
    BullModule.registerQueue(
      { name: EMAIL_QUEUE },
      { name: WEBHOOKS_QUEUE },
      // Read by the operators' view; their owners register them too.
      { name: NOTIFICATIONS_QUEUE },
      { name: DEADLINES_QUEUE },
      { name: DIGEST_QUEUE },
    ),
    OutboxModule,
    NotificationsModule,
    InstanceStoreModule,
    TasksModule,
    DeadlinesModule,
    MailModule,
    WebhooksModule,
  ],
  controllers: [DeliveryAdminController],
  providers: [
    DeliveryRepository,
    DeliveryDispatcher,
    DeliveryAttempts,
    DeliveryReconciler,
    NoticeComposition,
    DeliveryAdminService,
    DigestRepository,
    DigestRun,
  ],
  exports: [
    DeliveryRepository,
    DeliveryDispatcher,
    DeliveryAttempts,
    DeliveryReconciler,
    NoticeComposition,
    DigestRun,
    WebhooksModule,
  ],
})
export class DeliveryModule {
  static readonly entities = [DeliveryEntity, DigestEntity];
}
