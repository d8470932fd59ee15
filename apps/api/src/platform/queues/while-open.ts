import type { Queue } from 'bullmq';

/** A queue this process has begun to close: nothing more is added to it. */
export class QueueClosedError extends Error {
  constructor(name: string) {
    super(`the ${name} queue is closing`);
    this.name = 'QueueClosedError';
  }
}

/**
 * Runs `op` on the queue unless the queue is closing, and rejects instead. Why: on BullMQ's
 * PostgreSQL backend (6.x) a job added to a closed queue never settles, so an enqueue that
 * raced the shutdown would hang its caller (and a worker's close, which waits for its job);
 * Redis rejects such a call. Callers already treat a rejected enqueue as "the reconciler will".
 */
export function whileOpen<T>(queue: Queue, op: () => Promise<T>): Promise<T> {
  if (queue.closing) return Promise.reject(new QueueClosedError(queue.name));
  return op();
}
