import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ApiProcess, freePort, spawnApi, waitForHealth, workspaceRoot } from './support/api-process.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const content = await readFile(path.join(dataDir, 'pg/postmaster.pid'), 'utf8').catch(() => undefined);
  return content ? Number.parseInt(content.split('\n')[0] ?? '', 10) : undefined;
}

// The newcomer's path: nothing configured, an embedded PostgreSQL in a data directory, BullMQ on
// it; it must come back after a clean stop and after a kill -9.
describe('the embedded mode', () => {
  let dataDir: string;
  let port: number;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    // Below the system temp dir: the embedded server runs as `postgres` and must reach it.
    dataDir = await mkdtemp(path.join(tmpdir(), 'samverkan-embedded-'));
    await chmod(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    await api?.stop();
    const pid = await postmasterPid(dataDir);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = () => spawnApi({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });

  it('starts from an empty data directory with the database and queue embedded, by the README command', async () => {
    // `npm start` is `node scripts/start.mjs`: build (cached), then the API in the same process.
    api = spawnApi(
      { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
      path.join(workspaceRoot, 'scripts/start.mjs'),
    );
    const health = await waitForHealth(api);
    expect(health).toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: 'embedded' },
      queue: { status: 'up', backend: 'postgres' },
    });
    expect(api.output()).toContain('single-instance');
  });

  it('serves the OpenAPI document, the designer and 401 JSON on /api without a token', async () => {
    const base = api?.baseUrl ?? '';
    const docs = await fetch(`${base}/api/docs/openapi.json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="sv"');
    const denied = await fetch(`${base}/api/anything`);
    expect(denied.status).toBe(401);
    expect(((await denied.json()) as { code: string }).code).toBe('AUTH_REQUIRED');
  });

  it('stops cleanly on SIGTERM, taking its PostgreSQL with it, and starts again', async () => {
    const pid = await postmasterPid(dataDir);
    expect(await api?.stop()).toBe(0);
    expect(pid !== undefined && isAlive(pid)).toBe(false);
    api = start();
    await waitForHealth(api);
    // Every seeded user is there from the first start (config/identity/users.json), none added twice.
    const seeded = JSON.parse(await readFile(path.join(workspaceRoot, 'config/identity/users.json'), 'utf8')) as {
      users: unknown[];
    };
    expect(api.output()).toContain(`Seed users: 0 created, ${seeded.users.length} already present`);
    expect(api.output()).toContain('Seed agreements: 0 created, 4 already present');
  });

  it('comes back after kill -9, stopping the orphaned PostgreSQL first', async () => {
    const orphan = await postmasterPid(dataDir);
    api?.child.kill('SIGKILL');
    await api?.exited;
    expect(orphan !== undefined && isAlive(orphan)).toBe(true);
    api = start();
    const health = await waitForHealth(api);
    expect(health['status']).toBe('ok');
    expect(orphan !== undefined && isAlive(orphan)).toBe(false);
  });

  it('refuses a second process on the same data directory and leaves the first running', async () => {
    const second = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('single-instance');
    const health = await fetch(`${api?.baseUrl ?? ''}/health`);
    expect(health.status).toBe(200);
  });
});
