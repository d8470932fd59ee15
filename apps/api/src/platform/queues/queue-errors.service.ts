import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/**
 * Gives every BullMQ queue of the process an `error` listener that logs one line. Why: a queue
 * whose connection drops (PostgreSQL or Redis restarting, a database dropped under a test) emits
 * `error`; with no listener BullMQ rethrows it into an "Unhandled error" dump on stderr. The
 * queue reconnects by itself and the reconciler repairs what a lost call missed, so a warning
 * is the right weight.
 */
@Injectable()
export class QueueErrors implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const queue of this.queues()) {
      if (queue.listenerCount('error') > 0) continue;
      queue.on('error', (error: Error) => this.logger.warn(`${queue.name} queue: ${error.message}`));
    }
  }

  queues(): Queue[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is Queue => instance instanceof Queue);
  }
}
