import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import { type Account, type Denial, EXECUTE, describeDenial, firstDenial } from './path-access.js';
import { reachOf } from './path-facts.js';

/**
 * Where the data goes when run as root and `postgres` cannot enter the default DATA_DIR (a clone
 * below /root): state that lives on, in the place the file-system hierarchy gives it.
 */
export const DATA_FALLBACK_ROOT = '/var/lib/samverkan';

/** The clone's folder name and a hash of the path, so two clones never share one database. */
export function fallbackDataDir(requested: string, root: string): string {
  const resolved = path.resolve(requested);
  const name = path.basename(path.dirname(resolved)).replace(/[^\w.-]/g, '_') || 'samverkan';
  const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 12);
  return path.join(root, `${name}-${hash}`);
}

/** What stops the account from entering `dataDir` (its subfolder `pg` will be the account's own). */
export async function dataDirDenial(dataDir: string, account: Account): Promise<Denial | undefined> {
  const { requirements, facts } = await reachOf(dataDir, EXECUTE);
  return firstDenial(requirements, facts, account);
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export interface DataDirOptions {
  dataDir: string;
  /** True when DATA_DIR was not set: only then may the data go elsewhere. */
  isDefault: boolean;
  /** Undefined when not root: PostgreSQL runs as we do and reaches what we reach. */
  account: Account | undefined;
  fallbackRoot?: string;
  log: (message: string) => void;
}

/**
 * The data directory to use. A DATA_DIR that was set is kept, or start-up fails naming the folder
 * that stops `postgres`; the default one moves below DATA_FALLBACK_ROOT, unless it already holds
 * a database, which is never left behind silently.
 */
export async function resolveDataDir(options: DataDirOptions): Promise<string> {
  const { dataDir, account, log } = options;
  const denial = account && (await dataDirDenial(dataDir, account));
  if (!account || !denial) return dataDir;

  const pgDir = path.join(dataDir, 'pg');
  const reason = `the embedded PostgreSQL runs as ${account.name} (PostgreSQL refuses to run as root), and ${describeDenial(denial, account)}, above its data in ${pgDir}`;
  const fallback = fallbackDataDir(dataDir, options.fallbackRoot ?? DATA_FALLBACK_ROOT);
  const own = `Stop Samverkan, move ${dataDir} to a folder ${account.name} can enter and set DATA_DIR to it (e.g. DATA_DIR=${fallback}), or set DATABASE_URL to a PostgreSQL of your own.`;
  if (!options.isDefault) {
    throw new EmbeddedPostgresError(
      `DATA_DIR is ${dataDir}, but ${reason}. Set DATA_DIR to a folder ${account.name} can enter (e.g. DATA_DIR=${fallback}), ` +
        'or set DATABASE_URL to a PostgreSQL of your own.',
    );
  }
  const hasDatabase = await fs
    .access(path.join(pgDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (hasDatabase) throw new EmbeddedPostgresError(`${dataDir} holds a database, but ${reason}. ${own}`);
  const blocked = await dataDirDenial(fallback, account);
  if (blocked) {
    throw new EmbeddedPostgresError(
      `${capitalised(reason)}; nor can it use ${fallback}: ${describeDenial(blocked, account)}. ` +
        `Set DATA_DIR to a folder ${account.name} can enter, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  log(`${capitalised(reason)}: the data goes to ${fallback} instead (set DATA_DIR to choose).`);
  return fallback;
}
