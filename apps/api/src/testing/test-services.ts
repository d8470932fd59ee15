import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

/** The machine's servers the integration tests use; each test file gets its own database and prefix. */
export const testServers = {
  postgres: process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** A fresh database on the test server, dropped (with its connections) afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName('samverkan_test');
  const admin = new pg.Client({ connectionString: testServers.postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testServers.postgres);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: testServers.postgres });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Deletes every Redis key under a test's prefix. */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(testServers.redis);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
