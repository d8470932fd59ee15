import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DIGEST_CHECK_EVERY_MS, DIGEST_QUEUE, DIGEST_SCHEDULER } from './delivery-queues.js';
import { DigestRun } from './digest-run.service.js';

/**
 * The `digests` queue: a repeatable job (a BullMQ job scheduler, one for all workers) that runs
 * the digests due every minute. Each run is idempotent (DigestRun), so a minute's lateness, a
 * worker down at DIGEST_TIME or two workers at once change nothing but when the digest leaves.
 */
@Processor(DIGEST_QUEUE, { concurrency: 1 })
export class DigestProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectQueue(DIGEST_QUEUE) private readonly queue: Queue,
    private readonly run: DigestRun,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue
      .upsertJobScheduler(
        DIGEST_SCHEDULER,
        { every: DIGEST_CHECK_EVERY_MS },
        { name: DIGEST_SCHEDULER, opts: { removeOnComplete: true, removeOnFail: 100 } },
      )
      .catch((error: unknown) => this.logger.warn(`digest scheduler not set: ${String(error)}`));
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${DIGEST_QUEUE} worker: ${error.message}`);
  }

  async process(): Promise<void> {
    const report = await this.run.runDue();
    if (report.written > 0)
      this.logger.log(`${report.written} digest(s) for ${report.day}, ${report.mailed} to e-mail`);
  }
}
