import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';

export const workspaceRoot = path.resolve(import.meta.dirname, '../../..');
export const mainJs = path.join(workspaceRoot, 'apps/api/dist/main.js');
export const servers = {
  postgres: process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, and wait for the process to exit. */
  stop(): Promise<number | null>;
}

/**
 * Spawns the built API (`node apps/api/dist/main.js`), or with `entry` another script such as
 * the README's `scripts/start.mjs`, with a clean environment of our choosing.
 */
export function spawnApi(env: Record<string, string>, entry = mainJs): ApiProcess {
  let output = '';
  const child = spawn(process.execPath, [entry], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    baseUrl: `http://127.0.0.1:${env['PORT'] ?? '3000'}`,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Polls /health until it answers 200; fails with the process's output otherwise. */
export async function waitForHealth(api: ApiProcess, timeoutMs = 90_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  void api.exited.then(() => (exited = true));
  while (Date.now() < until && !exited) {
    try {
      const response = await fetch(`${api.baseUrl}/health`);
      if (response.status === 200) return (await response.json()) as Record<string, unknown>;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy (${exited ? 'it exited' : 'timeout'}). Output:\n${api.output()}`);
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createDatabase(): Promise<TestDatabase> {
  const name = `samverkan_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: servers.postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(servers.postgres);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: servers.postgres });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The built API with its own database on the machine's PostgreSQL and queue on Redis, for tests
 * that need a running server (the browser smoke test).
 */
export async function startApi(options: { env?: Record<string, string> } = {}): Promise<{
  baseUrl: string;
  /** Its database, for a test that sets up what no route makes (a template's new version). */
  databaseUrl: string;
  stop(): Promise<void>;
}> {
  const database = await createDatabase();
  const prefix = `e2e_${Date.now().toString(36)}`;
  const api = spawnApi({
    DATABASE_URL: database.url,
    REDIS_URL: servers.redis,
    QUEUE_PREFIX: prefix,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    ...options.env,
  });
  await waitForHealth(api);
  return {
    baseUrl: api.baseUrl,
    databaseUrl: database.url,
    stop: async () => {
      await api.stop();
      await database.drop();
      await deleteRedisPrefix(prefix);
    },
  };
}

export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(servers.redis);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
