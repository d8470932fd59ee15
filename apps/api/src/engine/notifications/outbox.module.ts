import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NOTIFICATIONS_QUEUE } from './notification-queue.js';
import { NotificationDispatcher } from './notification-dispatcher.service.js';

/**
 * The outbox's side of the queue: the `notifications` queue and the dispatcher that fills it
 * after commit. Its own module, without the notification lists, so the deadlines' dispatcher
 * (which applies what a committed step leaves for the queue) can use it.
 */
@Module({
  imports: [BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE })],
  providers: [NotificationDispatcher],
  exports: [NotificationDispatcher],
})
export class OutboxModule {}
