import net from 'node:net';
import pg from 'pg';
import { Redis } from 'ioredis';
import { redactUrl } from '../config/config.js';

export class UnreachableServiceError extends Error {}

function address(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

/** Fails within `timeoutMs` with a message that names the server and how to start one. */
export async function probePostgres(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new UnreachableServiceError(
      `Cannot reach PostgreSQL at ${address(url)} (DATABASE_URL=${redactUrl(url)}): ${(error as Error).message}. ` +
        'Start it, e.g. with `docker compose up -d postgres`, or unset DATABASE_URL to use the embedded database.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redisUnreachable(url: string, error: Error): UnreachableServiceError {
  return new UnreachableServiceError(
    `Cannot reach Redis at ${address(url)} (REDIS_URL=${redactUrl(url)}): ${error.message}. ` +
      'Start it, e.g. with `docker compose up -d redis`, or unset REDIS_URL to queue on PostgreSQL.',
  );
}

/** Whether anything accepts TCP connections at the URL's host and port. */
function reachable(url: string, timeoutMs: number): Promise<void> {
  const parsed = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: parsed.hostname, port: Number(parsed.port || 6379), timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    });
    socket.once('error', (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

export async function probeRedis(url: string, timeoutMs = 5000): Promise<void> {
  // A plain TCP check first: ioredis leaves its connect timer running after a refused
  // connection, which would keep a failing start-up (or a test) alive for seconds.
  await reachable(url, timeoutMs).catch((error: Error) => {
    throw redisUnreachable(url, error);
  });
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw redisUnreachable(url, error as Error);
  } finally {
    redis.disconnect();
  }
}
