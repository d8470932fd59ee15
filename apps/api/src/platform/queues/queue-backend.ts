import type { QueueOptions } from 'bullmq';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { redactUrl } from '../config/config.js';

/** Where BullMQ keeps its jobs: Redis in production, the product's PostgreSQL when embedded. */
export type QueueBackend =
  { kind: 'redis'; url: string; prefix: string } | { kind: 'postgres'; url: string; schema: string };

export function describeBackend(backend: QueueBackend): string {
  return backend.kind === 'redis'
    ? `Redis at ${redactUrl(backend.url)} (key prefix ${backend.prefix})`
    : `PostgreSQL (schema ${backend.schema})`;
}

function redisConnection(url: string) {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis; BullMQ requires unlimited retries on their connections.
    maxRetriesPerRequest: null,
  };
}

/**
 * The options @nestjs/bullmq passes to every Queue and Worker. @nestjs/bullmq constructs them
 * without a backend factory, so the PostgreSQL backend is installed as BullMQ's process-wide
 * default: one process runs one backend.
 */
export function bullOptions(backend: QueueBackend): QueueOptions {
  if (backend.kind === 'redis') {
    setDefaultBackendFactory();
    return { connection: redisConnection(backend.url), prefix: backend.prefix };
  }
  setDefaultBackendFactory(createPostgresBackend);
  // BullMQ types `connection` for Redis; the PostgreSQL backend reads its own config shape
  // from the same field (BullMQ 6.7 postgres/postgres-connection.d.ts).
  const connection = { connectionString: backend.url, schema: backend.schema, migrate: true, max: 5 };
  return { connection: connection as QueueOptions['connection'] };
}
