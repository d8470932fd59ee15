import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { dataDirDenial, resolveDataDir } from './embedded-data-dir.js';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import { describeDenial } from './path-access.js';
import { ensureFolder } from './path-facts.js';
import { postgresAccount } from './postgres-account.js';
import { reachableBinaries } from './postgres-binaries.js';
import { initCluster, startServer } from './postgres-server.js';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Where the data is: DATA_DIR, or where the default one moved (see embedded-data-dir.ts). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** True when DATA_DIR was not set: then the data may move where `postgres` can reach it. */
  dataDirIsDefault?: boolean;
  port?: number;
  database?: string;
  log: (message: string) => void;
  startTimeoutMs?: number;
  /** PostgreSQL's programs (a `native` folder); default: where npm installed them. */
  nativeDir?: string;
  /** Where to copy the programs when `postgres` cannot reach them; default BINARY_CACHE_ROOTS. */
  cacheRoots?: readonly string[];
  /** Where the default data directory moves; default DATA_FALLBACK_ROOT. */
  dataFallbackRoot?: string;
}

interface EmbeddedState {
  password: string;
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
    throw new EmbeddedPostgresError(
      `Could not stop the earlier embedded PostgreSQL (pid ${pid}); stop it and start again.`,
    );
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
    throw new EmbeddedPostgresError(
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
 * Starts PostgreSQL from the embedded-postgres package's programs with its data in `dataDir`,
 * surviving restarts and crashes: the cluster is initialised only once (an interrupted initdb is
 * redone), a leftover server from a killed process is stopped, and start-up has its own time
 * limit. As root it runs as `postgres`, from where that account can reach the programs and the
 * data (see postgres-binaries.ts and embedded-data-dir.ts), or fails saying what stops it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { log } = options;
  const database = options.database ?? 'samverkan';
  const account = await postgresAccount(log);
  const binaries = await reachableBinaries({
    account,
    nativeDir: options.nativeDir,
    cacheRoots: options.cacheRoots,
    log,
  });
  const dataDir = await resolveDataDir({
    dataDir: options.dataDir,
    isDefault: options.dataDirIsDefault ?? false,
    account,
    fallbackRoot: options.dataFallbackRoot,
    log,
  });
  // As root, what we create must be open to `postgres` whatever the umask; an existing folder may
  // still not be. Not as root, the umask is the user's to choose.
  if (account) await ensureFolder(dataDir);
  else await fs.mkdir(dataDir, { recursive: true });
  const denial = account && (await dataDirDenial(dataDir, account));
  if (account && denial) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as ${account.name}, and ${describeDenial(denial, account)}, above its data in ${dataDir}. ` +
        `Let ${account.name} enter it (chmod o+x), set DATA_DIR to another folder, or set DATABASE_URL.`,
    );
  }
  const release = await claimDataDir(dataDir);
  const pgDir = path.join(dataDir, 'pg');
  try {
    const state = await readState(path.join(dataDir, 'embedded-postgres.json'));
    const port = options.port ?? (await freePort());
    await stopOrphan(pgDir, log);
    const initialised = await fs
      .access(path.join(pgDir, 'PG_VERSION'))
      .then(() => true)
      .catch(() => false);
    if (!initialised) {
      await fs.rm(pgDir, { recursive: true, force: true });
      log(`Initialising the embedded PostgreSQL in ${pgDir}`);
      await initCluster({
        binaries,
        pgDir,
        account,
        superuser: 'postgres',
        password: state.password,
        flags: ['--encoding=UTF8'],
      });
    }
    const server = await startServer({
      binaries,
      pgDir,
      port,
      account,
      flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=Europe/Stockholm'],
      timeoutMs: options.startTimeoutMs ?? 30_000,
    });
    try {
      await ensureDatabase(port, state.password, database);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return {
      url: `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${port}/${database}`,
      port,
      dataDir,
      stop: async () => {
        await server.stop();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
