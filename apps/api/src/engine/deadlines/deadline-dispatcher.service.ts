import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../../platform/clock/clock.service.js';
import { whileOpen } from '../../platform/queues/while-open.js';
import { NotificationDispatcher } from '../notifications/notification-dispatcher.service.js';
import { FIRE_JOB, jobIdOf } from './deadline-queue.js';
import { DEADLINES_QUEUE } from './deadline-queue.js';

export interface Dispatchable {
  id: string;
  dueAt: Date;
}

/**
 * What a committed transaction leaves for the queue: deadlines it armed and deadlines it
 * cancelled, and the notifications it queued (the outbox's rows, for the delivery worker).
 */
export interface Dispatch {
  armed: readonly Dispatchable[];
  cancelled: readonly string[];
  notifications?: readonly string[];
}

export const nothingToDispatch: Dispatch = { armed: [], cancelled: [], notifications: [] };

/** Retries cover a passing database error; the reconciler covers a job that failed for good. */
const jobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: 1000,
} as const;

/**
 * Puts committed deadlines into BullMQ as delayed jobs whose id is the deadline's. Idempotent:
 * a job that exists is left alone; one that failed for good is replaced. Failing to enqueue
 * loses nothing: the reconciler puts back what PostgreSQL holds pending and the queue lacks.
 */
@Injectable()
export class DeadlineDispatcher {
  private readonly logger = new Logger('Deadlines');

  constructor(
    @InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly outbox: NotificationDispatcher,
  ) {}

  /**
   * After commit: withdraws what the transaction cancelled, enqueues what it armed, and hands
   * the notifications it queued to the outbox's queue; never throws.
   */
  async apply(dispatch: Dispatch): Promise<void> {
    await Promise.all([
      this.withdraw(dispatch.cancelled),
      this.dispatch(dispatch.armed),
      this.outbox.dispatch(dispatch.notifications ?? []),
    ]);
  }

  /**
   * After commit: enqueue deadlines just armed, all in one call. Their ids are new, so there is
   * no job to look up first (adding an id the queue holds is a no-op anyway). Never throws: the
   * reconciler is the safety net.
   */
  async dispatch(deadlines: readonly Dispatchable[]): Promise<void> {
    if (deadlines.length === 0) return;
    const now = this.clock.now().getTime();
    await whileOpen(this.queue, () =>
      this.queue.addBulk(
        deadlines.map((deadline) => ({
          name: FIRE_JOB,
          data: { deadlineId: deadline.id },
          opts: { ...jobOptions, jobId: jobIdOf(deadline.id), delay: Math.max(0, deadline.dueAt.getTime() - now) },
        })),
      ),
    ).catch((error: unknown) =>
      this.logger.warn(`${deadlines.length} deadline(s) not enqueued now (${String(error)}); the reconciler will`),
    );
  }

  /** Whether the queue holds a live job for the deadline (waiting, delayed or running). */
  async queued(deadlineId: string): Promise<boolean> {
    const job = await this.queue.getJob(jobIdOf(deadlineId));
    if (!job) return false;
    const state = await job.getState();
    return state !== 'failed' && state !== 'completed' && state !== 'unknown';
  }

  /** Makes sure a job exists for the deadline; returns true when it had to add one. */
  async ensure(deadline: Dispatchable): Promise<boolean> {
    const jobId = jobIdOf(deadline.id);
    const existing = await this.queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'failed' && state !== 'completed') return false;
      await existing.remove();
    }
    const delay = Math.max(0, deadline.dueAt.getTime() - this.clock.now().getTime());
    await whileOpen(this.queue, () =>
      this.queue.add(FIRE_JOB, { deadlineId: deadline.id }, { ...jobOptions, jobId, delay }),
    );
    return !existing;
  }

  /** After commit of a cancellation: drop the jobs early (a late firing would do nothing anyway). */
  async withdraw(deadlineIds: readonly string[]): Promise<void> {
    await Promise.all(deadlineIds.map((id) => this.queue.remove(jobIdOf(id)).catch(() => undefined)));
  }
}
