import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { startSamverkan, type Samverkan } from './bootstrap.js';
import { loadConfig } from './platform/config/config.js';
import {
  createTestDatabase,
  deleteRedisPrefix,
  testServers,
  type TestDatabase,
  uniqueName,
} from './testing/test-services.js';

const workspaceRoot = new URL('../../..', import.meta.url).pathname;

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

// The whole service in one process, against the real PostgreSQL and each queue backend.
describe.each(['redis', 'postgres'] as const)('Samverkan with its queue on %s', (queue) => {
  let database: TestDatabase;
  let samverkan: Samverkan;
  let base: string;
  const prefix = uniqueName('test');

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig(
      {
        DATABASE_URL: database.url,
        REDIS_URL: queue === 'redis' ? testServers.redis : undefined,
        QUEUE_PREFIX: prefix,
        PORT: '0',
        HOST: '127.0.0.1',
        HEARTBEAT_INTERVAL_MS: '300',
        LOG_LEVEL: 'warn',
      },
      workspaceRoot,
    );
    samverkan = await startSamverkan(config);
    base = samverkan.url ?? '';
  });

  afterAll(async () => {
    await samverkan?.close();
    if (queue === 'redis') await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it('reports database, queue backend and a live worker on /health', async () => {
    const { status, body } = await json(await fetch(`${base}/health`));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: 'external' },
      queue: { status: 'up', backend: queue },
    });
    expect((body['workers'] as { alive: number }).alive).toBeGreaterThanOrEqual(1);
  });

  it('keeps the worker heartbeat going through the queue', async () => {
    const seen = async () => {
      const rows: { seen_at: Date }[] = await samverkan.app
        .get(DataSource)
        .query('SELECT seen_at FROM worker_heartbeat');
      return rows[0]?.seen_at.getTime() ?? 0;
    };
    const first = await seen();
    const until = Date.now() + 10_000;
    while ((await seen()) <= first && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await seen()).toBeGreaterThan(first);
  });

  it('answers any /api path without a token with 401 JSON', async () => {
    const response = await fetch(`${base}/api/anything`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ code: 'AUTH_REQUIRED', message: 'A bearer token is required' });
    const forged = await json(await fetch(`${base}/api/me`, { headers: { authorization: 'Bearer abc.def.ghi' } }));
    expect(forged).toEqual({ status: 401, body: { code: 'AUTH_INVALID_TOKEN', message: expect.any(String) } });
  });

  it('signs in a seeded user and tells who they are', async () => {
    const wrong = await json(
      await fetch(`${base}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'strateg.jamtland', password: 'wrong-password' }),
      }),
    );
    expect(wrong).toEqual({ status: 401, body: { code: 'AUTH_INVALID_CREDENTIALS', message: expect.any(String) } });

    const signIn = await json(
      await fetch(`${base}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'strateg.jamtland', password: 'samverkan' }),
      }),
    );
    expect(signIn.status).toBe(200);
    const headers = { authorization: `Bearer ${String(signIn.body['accessToken'])}` };
    const me = await json(await fetch(`${base}/api/me`, { headers }));
    expect(me).toEqual({
      status: 200,
      body: {
        id: expect.any(String),
        username: 'strateg.jamtland',
        displayName: 'Länsstrateg Jämtland',
        roles: ['strategist'],
        party: {
          id: expect.any(String),
          key: 'region-jamtland-harjedalen',
          name: 'Region Jämtland Härjedalen',
          kind: 'region',
        },
        counties: ['23'],
      },
    });
    const unknown = await json(await fetch(`${base}/api/nothing-here`, { headers }));
    expect(unknown).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('refuses a malformed sign-in with every offending field', async () => {
    const response = await json(
      await fetch(`${base}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: '' }),
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body['code']).toBe('VALIDATION_FAILED');
    const problems = (response.body['details'] as { problems: { path: string }[] }).problems;
    expect(problems.map((p) => p.path).sort()).toEqual(['password', 'username']);
  });

  it('publishes the OpenAPI document without a token', async () => {
    const { status, body } = await json(await fetch(`${base}/api/docs/openapi.json`));
    expect(status).toBe(200);
    expect(Object.keys(body['paths'] as object)).toEqual(expect.arrayContaining(['/health', '/auth/token', '/api/me']));
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  });

  it('serves the OpenAPI document committed in docs/api/openapi.json', async () => {
    // The committed document is what integrators read; it must not drift from the code.
    // Refresh it with `npm run openapi:update`.
    const served = `${JSON.stringify(await (await fetch(`${base}/api/docs/openapi.json`)).json(), null, 2)}\n`;
    const file = `${workspaceRoot}docs/api/openapi.json`;
    if (process.env['UPDATE_OPENAPI'] === '1') await writeFile(file, served);
    const committed = await readFile(file, 'utf8').catch(() => 'missing: run npm run openapi:update');
    expect(served).toBe(committed);
  });

  it('describes every answer: each success with its schema, each refusal with the error body', async () => {
    const { body } = await json(await fetch(`${base}/api/docs/openapi.json`));
    const document = body as unknown as OpenApiDocument;
    const missing: string[] = [];
    const dangling = new Set<string>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const answers = Object.entries(operation.responses);
        const successes = answers.filter(([status]) => status.startsWith('2'));
        const described = successes.filter(([, answer]) => Object.values(answer.content ?? {}).some((c) => c.schema));
        if (described.length === 0 || described.length < successes.length) missing.push(`${method} ${path}`);
        if (operation.responses['4XX']?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody')
          missing.push(`${method} ${path}: 4XX`);
      }
    }
    const components = document.components.schemas;
    for (const ref of JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      if (!(decodeURIComponent(ref[1] as string) in components)) dangling.add(ref[1] as string);
    }
    expect(missing).toEqual([]);
    expect([...dangling]).toEqual([]);
    expect(Object.keys(document.paths).length).toBeGreaterThan(30);
  });

  it('has migrations that match the entities', async () => {
    const pending = await samverkan.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
