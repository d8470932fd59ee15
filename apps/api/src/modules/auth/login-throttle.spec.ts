import { Redis } from 'ioredis';
import { type Samverkan, startSamverkan } from '../../bootstrap.js';
import { loadConfig } from '../../platform/config/config.js';
import { type TestApp, startTestApp } from '../../testing/test-app.js';
import { testServers } from '../../testing/test-services.js';

const workspaceRoot = new URL('../../../../..', import.meta.url).pathname;
const limits = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8', LOGIN_WINDOW_SECONDS: '60' };

// Two API processes on one database and one Redis, as when scaled out: the counts are shared.
// Client addresses come from X-Forwarded-For, which the API trusts from loopback only.
describe('throttled sign-in', () => {
  let first: TestApp;
  let second: Samverkan;

  beforeAll(async () => {
    first = await startTestApp('redis', limits);
    second = await startSamverkan(
      loadConfig(
        {
          ...limits,
          ROLE: 'api',
          SEED: 'false',
          DATABASE_URL: first.samverkan.runtime.database.url,
          REDIS_URL: testServers.redis,
          QUEUE_PREFIX: first.prefix,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
        },
        workspaceRoot,
      ),
    );
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const signIn = async (process: Samverkan, from: string, username: string, password: string) => {
    const response = await fetch(`${process.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ username, password }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { code?: string; accessToken?: string };
    return { status: response.status, code: body.code, retryAfter: response.headers.get('retry-after') };
  };

  it('blocks a username after its failures from any address and process, the right password included', async () => {
    expect(await signIn(first.samverkan, '203.0.113.1', 'polis.nord', 'wrong-1')).toMatchObject({ status: 401 });
    expect(await signIn(second, '203.0.113.2', 'polis.nord', 'wrong-2')).toMatchObject({ status: 401 });
    expect(await signIn(first.samverkan, '203.0.113.3', 'Polis.Nord', 'wrong-3')).toMatchObject({ status: 401 });

    for (const process of [second, first.samverkan]) {
      const blocked = await signIn(process, '203.0.113.4', 'polis.nord', 'samverkan');
      expect(blocked).toMatchObject({ status: 429, code: 'AUTH_THROTTLED' });
      expect(Number(blocked.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(60);
    }
    // Another account from the same address is not affected.
    expect((await signIn(second, '203.0.113.4', 'admin', 'samverkan')).status).toBe(200);
  });

  it('blocks an address after its failures across usernames, and only that address', async () => {
    const from = '198.51.100.7';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const process = i % 2 ? second : first.samverkan;
      statuses.push((await signIn(process, from, `nobody-${i}`, 'guess')).status);
    }
    expect(statuses).toEqual(Array.from({ length: 8 }, () => 401));
    expect(await signIn(first.samverkan, from, 'samordnare.jamtland', 'samverkan')).toMatchObject({
      status: 429,
      code: 'AUTH_THROTTLED',
    });
    expect((await signIn(first.samverkan, '198.51.100.8', 'samordnare.jamtland', 'samverkan')).status).toBe(200);
  });

  it('counts failures, not sign-ins', async () => {
    for (let i = 0; i < 12; i++) {
      expect(
        (await signIn(i % 2 ? second : first.samverkan, '192.0.2.1', 'strateg.jamtland', 'samverkan')).status,
      ).toBe(200);
    }
  });

  it('keeps the counts in Redis under the queue prefix, without usernames', async () => {
    const redis = new Redis(testServers.redis);
    try {
      const keys = await redis.keys(`${first.prefix}:login-throttle:*`);
      expect(keys.some((key) => key.includes(':account:'))).toBe(true);
      expect(keys.some((key) => key.includes(':address:'))).toBe(true);
      expect(keys.filter((key) => /polis|nobody|admin/i.test(key))).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
