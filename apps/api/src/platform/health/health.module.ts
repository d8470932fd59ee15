import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { SYSTEM_QUEUE } from '../queues/queue-names.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';
import { HeartbeatProcessor } from './heartbeat.processor.js';
import { WorkerHeartbeatEntity } from './worker-heartbeat.entity.js';

/** /health, and the heartbeat by which a worker process shows it is alive. */
@Module({})
export class HealthModule {
  static readonly entities = [WorkerHeartbeatEntity];

  /** `worker`: this process works jobs, so it beats (ROLE worker or all). */
  static forRoot({ worker }: { worker: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [BullModule.registerQueue({ name: SYSTEM_QUEUE })],
      controllers: [HealthController],
      providers: [HealthService, ...(worker ? [HeartbeatProcessor] : [])],
    };
  }
}
