// The machine's PostgreSQL and Redis: a fresh database and queue prefix for one run.
import { Redis } from 'ioredis';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';

export const servers = {
  /** A connection to the server's maintenance database: the run creates its own beside it. */
  postgres: process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

export async function adminQuery(sql, params = []) {
  const client = new pg.Client({ connectionString: servers.postgres });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new database for this run, dropped (with its connections) at clean-up. */
export async function createDatabase(tag) {
  const name = `samverkan_bench_${tag}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  onCleanup(`drop database ${name}`, () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(servers.postgres);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** The queue prefix's keys are deleted at clean-up (SCAN, not KEYS: the server is shared). */
export function reserveRedisPrefix(tag) {
  const prefix = `bench_${tag}`;
  onCleanup(`delete Redis keys ${prefix}:*`, () => deleteRedisPrefix(prefix));
  return prefix;
}

async function deleteRedisPrefix(prefix) {
  const redis = new Redis(servers.redis, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function postgresVersion() {
  const [row] = await adminQuery('SHOW server_version');
  return row.server_version;
}

/** Settings that decide what a commit costs, printed with the figures. */
export async function durabilitySettings() {
  const rows = await adminQuery(
    `SELECT name, setting FROM pg_settings
     WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'shared_preload_libraries')`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}

/** The server processes serving the database (to read their CPU time from /proc). */
export async function backendPids(database) {
  const rows = await adminQuery('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
  return rows.map((row) => row.pid);
}
