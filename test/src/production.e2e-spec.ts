import {
  type ApiProcess,
  createDatabase,
  deleteRedisPrefix,
  freePort,
  servers,
  spawnApi,
  type TestDatabase,
  waitForHealth,
} from './support/api-process.js';

// The production shape: API and worker as separate processes on the same PostgreSQL and Redis.
describe('API and worker scaled apart on PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let worker: ApiProcess;
  const prefix = `e2e_${Date.now().toString(36)}`;

  beforeAll(async () => {
    database = await createDatabase();
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await database?.drop();
    await deleteRedisPrefix(prefix);
  });

  it('serves /health from the API naming both servers, with the worker alive', async () => {
    const shared = {
      DATABASE_URL: database.url,
      REDIS_URL: servers.redis,
      QUEUE_PREFIX: prefix,
      HEARTBEAT_INTERVAL_MS: '500',
    };
    api = spawnApi({ ...shared, ROLE: 'api', PORT: String(await freePort()), HOST: '127.0.0.1' });
    await waitForHealth(api);
    worker = spawnApi({ ...shared, ROLE: 'worker' });
    let health: Record<string, unknown> = {};
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      health = (await (await fetch(`${api.baseUrl}/health`)).json()) as Record<string, unknown>;
      if ((health['workers'] as { alive: number }).alive > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(health).toMatchObject({
      status: 'ok',
      role: 'api',
      database: { status: 'up', mode: 'external', address: expect.stringContaining('127.0.0.1:5432') },
      queue: { status: 'up', backend: 'redis', address: expect.stringContaining('redis://127.0.0.1:6379') },
      workers: { alive: 1 },
    });
  });

  it('drains and exits 0 on SIGTERM, and the worker no longer counts as alive', async () => {
    expect(await worker.stop()).toBe(0);
    const health = (await (await fetch(`${api.baseUrl}/health`)).json()) as { workers: { alive: number } };
    expect(health.workers.alive).toBe(0);
    expect(worker.output()).toContain('SIGTERM: draining and stopping');
  });

  it('serves the designer, the OpenAPI document and 401 on /api, and comes back after kill -9', async () => {
    expect(await (await fetch(`${api.baseUrl}/`)).text()).toContain('lang="sv"');
    expect((await fetch(`${api.baseUrl}/api/docs/openapi.json`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}/api/anything`)).status).toBe(401);
    const port = new URL(api.baseUrl).port;
    api.child.kill('SIGKILL');
    await api.exited;
    api = spawnApi({
      DATABASE_URL: database.url,
      REDIS_URL: servers.redis,
      QUEUE_PREFIX: prefix,
      ROLE: 'api',
      PORT: port,
      HOST: '127.0.0.1',
    });
    const health = await waitForHealth(api);
    expect(health).toMatchObject({ status: 'ok', database: { mode: 'external' }, queue: { backend: 'redis' } });
  });
});
