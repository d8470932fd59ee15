import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '../notifications/outbox.module.js';
import { DeadlineDispatcher } from './deadline-dispatcher.service.js';
import { DeadlineHandlers } from './deadline-handlers.service.js';
import { DEADLINES_QUEUE } from './deadline-queue.js';
import { DeadlineReconciler } from './deadline-reconciler.service.js';
import { DeadlineEntity } from './deadline.entity.js';
import { DeadlineRepository } from './deadline.repository.js';

/**
 * Durable timers: rows in PostgreSQL (DeadlineRepository), delayed jobs on the `deadlines`
 * queue (DeadlineDispatcher), handlers by kind that other modules register, and the reconciler.
 * The queue's worker is DeadlineWorkerModule, in processes that work jobs.
 */
@Module({
  imports: [BullModule.registerQueue({ name: DEADLINES_QUEUE }), OutboxModule],
  providers: [DeadlineRepository, DeadlineDispatcher, DeadlineHandlers, DeadlineReconciler],
  exports: [DeadlineRepository, DeadlineDispatcher, DeadlineHandlers, DeadlineReconciler],
})
export class DeadlinesModule {
  static readonly entities = [DeadlineEntity];
}
