import type { Config } from './config.js';
import type { QueueBackend } from '../queues/queue-backend.js';

/** What start-up resolved before Nest starts: the configuration and where data and jobs live. */
export interface Runtime {
  config: Config;
  database: { url: string; mode: 'embedded' | 'external' };
  queue: QueueBackend;
  /** Unique per process: names this process in heartbeats and logs. */
  processId: string;
}

export const RUNTIME = Symbol('RUNTIME');
