import { WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * Closes every BullMQ worker of the process before anything else shuts down, waiting for the
 * jobs they are running. Why: @nestjs/bullmq closes workers, queues and TypeORM closes its pool
 * all in the same `onApplicationShutdown` phase, in no set order; a job still running then (a
 * deadline firing right after a publish) finds its queues or its database closed under it. A
 * job drained here commits and hands its follow-up jobs to queues that are still open.
 */
@Injectable()
export class WorkerDrain implements BeforeApplicationShutdown {
  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(): Promise<void> {
    const hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    await Promise.all(
      hosts.map((host) => {
        try {
          return host.worker.close();
        } catch {
          return undefined; // a worker never started (the role runs none): nothing to drain
        }
      }),
    );
  }
}
