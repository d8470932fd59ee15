import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type ProcessRole, redactUrl } from '../config/config.js';
import { SYSTEM_QUEUE } from '../queues/queue-names.js';
import { describeBackend } from '../queues/queue-backend.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';

type Status = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  role: ProcessRole;
  database: { status: Status; mode: 'embedded' | 'external'; address: string; error?: string };
  queue: { status: Status; backend: 'redis' | 'postgres'; address: string; error?: string };
  workers: { alive: number; lastSeenAt: string | null };
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
  ) {}

  async report(): Promise<HealthReport> {
    const { database, queue, config } = this.runtime;
    const db = await within(this.dataSource.query('SELECT 1'), 2000).then(
      () => ({ status: 'up' as const }),
      (error: Error) => ({ status: 'down' as const, error: error.message }),
    );
    const jobs = await within(this.queue.getJobCounts('waiting', 'delayed'), 2000).then(
      () => ({ status: 'up' as const }),
      (error: Error) => ({ status: 'down' as const, error: error.message }),
    );
    const workers = await this.workers().catch(() => ({ alive: 0, lastSeenAt: null }));
    return {
      status: db.status === 'up' && jobs.status === 'up' ? 'ok' : 'unavailable',
      role: config.role,
      database: { ...db, mode: database.mode, address: redactUrl(database.url) },
      queue: { ...jobs, backend: queue.kind, address: describeBackend(queue) },
      workers,
    };
  }

  /** A worker counts as alive when it beat within two intervals. */
  private async workers(): Promise<HealthReport['workers']> {
    const rows: { alive: string; last: Date | null }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE seen_at > now() - make_interval(secs => $1)) AS alive, max(seen_at) AS last
       FROM worker_heartbeat`,
      [(2 * this.runtime.config.heartbeatIntervalMs) / 1000],
    );
    const row = rows[0];
    return { alive: Number(row?.alive ?? 0), lastSeenAt: row?.last ? new Date(row.last).toISOString() : null };
  }
}
