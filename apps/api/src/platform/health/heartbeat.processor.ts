import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { SYSTEM_QUEUE } from '../queues/queue-names.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';

export const HEARTBEAT_JOB = 'heartbeat';

/**
 * The `system` queue: housekeeping jobs of the platform. A job scheduler enqueues a heartbeat
 * every interval; whichever worker takes it records that it is alive, so /health can tell an
 * operator whether any worker runs. Concurrency 1: these jobs are tiny; no retries: the next
 * tick is the retry.
 */
@Processor(SYSTEM_QUEUE, { concurrency: 1 })
export class HeartbeatProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Heartbeat');
  private readonly startedAt = new Date();
  private tick: NodeJS.Timeout | undefined;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    await this.beat();
    // Puts the scheduler back should the queue lose its data. Only when it is missing: an upsert
    // replaces the scheduler's next job, which a worker may be finishing at that moment.
    this.tick = setInterval(() => void this.restore().catch(() => undefined), this.runtime.config.heartbeatIntervalMs);
    this.tick.unref();
  }

  private async restore(): Promise<void> {
    if (!(await this.queue.getJobScheduler(HEARTBEAT_JOB))) await this.schedule();
  }

  /** A worker error (a lost connection, a job gone from under it) is logged, never thrown. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`${SYSTEM_QUEUE} worker: ${error.message}`);
  }

  private schedule() {
    return this.queue.upsertJobScheduler(
      HEARTBEAT_JOB,
      { every: this.runtime.config.heartbeatIntervalMs },
      { name: HEARTBEAT_JOB, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  /** A worker that stops cleanly says so at once, rather than looking alive for two intervals. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.tick);
    await this.dataSource.query('DELETE FROM worker_heartbeat WHERE worker_id = $1', [this.runtime.processId]);
  }

  async process(job: Job): Promise<void> {
    if (job.name !== HEARTBEAT_JOB) {
      this.logger.warn(`Unknown job ${job.name} on the ${SYSTEM_QUEUE} queue`);
      return;
    }
    await this.beat();
  }

  private async beat(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO worker_heartbeat (worker_id, host, pid, started_at, seen_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
      [this.runtime.processId, hostname(), process.pid, this.startedAt],
    );
  }
}
