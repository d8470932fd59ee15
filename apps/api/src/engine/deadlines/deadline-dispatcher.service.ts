import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../../platform/clock/clock.service.js';
import { FIRE_JOB, jobIdOf } from './deadline-queue.js';
import { DEADLINES_QUEUE } from './deadline-queue.js';

export interface Dispatchable {
  id: string;
  dueAt: Date;
}

/** What a committed transaction leaves for the queue: deadlines it armed and deadlines it cancelled. */
export interface Dispatch {
  armed: readonly Dispatchable[];
  cancelled: readonly string[];
}

export const nothingToDispatch: Dispatch = { armed: [], cancelled: [] };

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
  ) {}

  /** After commit: withdraws what the transaction cancelled, enqueues what it armed; never throws. */
  async apply(dispatch: Dispatch): Promise<void> {
    await this.withdraw(dispatch.cancelled);
    await this.dispatch(dispatch.armed);
  }

  /** After commit: enqueue; never throws (the reconciler is the safety net). */
  async dispatch(deadlines: readonly Dispatchable[]): Promise<void> {
    for (const deadline of deadlines) {
      await this.ensure(deadline).catch((error: unknown) =>
        this.logger.warn(`Deadline ${deadline.id} not enqueued now (${String(error)}); the reconciler will`),
      );
    }
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
    await this.queue.add(
      FIRE_JOB,
      { deadlineId: deadline.id },
      // Retries cover a passing database error; the reconciler covers a job that failed for good.
      {
        jobId,
        delay,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
    return !existing;
  }

  /** After commit of a cancellation: drop the job early (a late firing would do nothing anyway). */
  async withdraw(deadlineIds: readonly string[]): Promise<void> {
    for (const id of deadlineIds) {
      await this.queue.remove(jobIdOf(id)).catch(() => undefined);
    }
  }
}
