import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { type QueueBackend, bullOptions } from './queue-backend.js';
import { QueueErrors } from './queue-errors.service.js';
import { WorkerDrain } from './worker-drain.service.js';

/** BullMQ on the backend start-up chose; each module registers the queues it owns. */
@Module({})
export class QueuesModule {
  static forRoot(backend: QueueBackend): DynamicModule {
    return {
      module: QueuesModule,
      imports: [BullModule.forRoot(bullOptions(backend)), DiscoveryModule],
      providers: [WorkerDrain, QueueErrors],
    };
  }
}
