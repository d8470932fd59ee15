import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { startSamverkan, type Samverkan, type StartOptions } from '../bootstrap.js';
import { hashPassword } from '../modules/auth/password.js';
import type { Role } from '../platform/auth/role.js';
import { loadConfig } from '../platform/config/config.js';
import { advanceTime } from './deadline-firing.js';
import { TestClock } from './test-clock.js';
import { createTestDatabase, deleteRedisPrefix, testServers, type TestDatabase, uniqueName } from './test-services.js';

const workspaceRoot = new URL('../../../../', import.meta.url).pathname;

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  text: string;
  type: string | null;
}

/** The array a list endpoint answered with (its `body` is typed for objects). */
export function listOf<T>(reply: Reply): T[] {
  const parsed: unknown = JSON.parse(reply.text);
  if (!Array.isArray(parsed)) throw new Error(`Not a list (${reply.status}): ${reply.text.slice(0, 200)}`);
  return parsed as T[];
}

export interface TestApp {
  samverkan: Samverkan;
  /** Redis key prefix (or `<prefix>_queue` schema) of this app's queues. */
  prefix: string;
  /** Calls the API as a seeded user (signed in once, with the seed password). */
  as(username: string, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** A bearer token of a seeded user, for requests `as` cannot make (binary bodies). */
  token(username: string): Promise<string>;
  /** Adds a user (password `samverkan`) of an organisation, for principals the seed lacks. */
  addUser(user: { username: string; party: string; roles: Role[]; counties?: string[] }): Promise<void>;
  /** The app's business time: it stands still until the test sets or moves it. */
  clock: TestClock;
  /**
   * Moves business time forward by `ms`, firing on the way each deadline that falls due, at its
   * due time (testing/deadline-firing.ts): 48 hours pass in a moment, with no sleeping.
   */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

export type TestAppOptions = Omit<StartOptions, 'clock'> & {
  /** The business clock to install; by default a TestClock standing at the real time of the start. */
  clock?: TestClock;
};

/**
 * The whole service in this process on its own database (and Redis key prefix when `redis`),
 * for tests that talk to it over HTTP as the seeded users, on a business clock the test moves.
 */
export async function startTestApp(
  queue: 'redis' | 'postgres',
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const prefix = uniqueName('test');
  const clock = options.clock ?? new TestClock();
  const samverkan = await startSamverkan(
    loadConfig(
      {
        DATABASE_URL: database.url,
        REDIS_URL: queue === 'redis' ? testServers.redis : undefined,
        QUEUE_PREFIX: prefix,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        ...env,
      },
      workspaceRoot,
    ),
    { ...options, clock },
  );
  const tokens = new Map<string, string>();
  const token = async (username: string): Promise<string> => {
    let found = tokens.get(username);
    if (!found) {
      const response = await fetch(`${samverkan.url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'samverkan' }),
      });
      found = String(((await response.json()) as { accessToken: string }).accessToken);
      tokens.set(username, found);
    }
    return found;
  };
  const as = async (
    username: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const response = await fetch(`${samverkan.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(username)}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const type = response.headers.get('content-type');
    return {
      status: response.status,
      text,
      type,
      body: type?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const addUser: TestApp['addUser'] = async ({ username, party, roles, counties = [] }) => {
    const db = samverkan.app.get(DataSource);
    const rows: unknown[] = await db.query(
      `INSERT INTO app_user (username, display_name, party_id, roles, subject, password_hash)
       SELECT $1, $1, id, $3::text[], $1, $4 FROM party WHERE key = $2 RETURNING id`,
      [username, party, roles, await hashPassword('samverkan')],
    );
    if (rows.length === 0) throw new Error(`no party ${party}`);
    for (const county of counties) {
      await db.query(
        'INSERT INTO strategist_grant (user_id, county_code) SELECT id, $2 FROM app_user WHERE username = $1',
        [username, county],
      );
    }
  };
  return {
    samverkan,
    prefix,
    as,
    token,
    addUser,
    clock,
    advance: (ms) => advanceTime(samverkan.app, clock, ms),
    close: async () => {
      await samverkan.close();
      if (queue === 'redis') await deleteRedisPrefix(prefix);
      await database.drop();
    },
  };
}
