import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import type { Account } from './path-access.js';

const run = promisify(execFile);

/** PostgreSQL refuses to run as root; as root we run it as this system user. */
export const POSTGRES_ACCOUNT = 'postgres';

async function idOf(name: string): Promise<Account | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * The account PostgreSQL runs as: undefined when we are not root (it runs as we do), else the
 * `postgres` system user, created (with its group) when missing, as a container's root needs.
 */
export async function postgresAccount(log: (message: string) => void): Promise<Account | undefined> {
  if (!runningAsRoot()) return undefined;
  const existing = await idOf(POSTGRES_ACCOUNT);
  if (existing) return existing;
  log(`Creating the system user "${POSTGRES_ACCOUNT}" to run the embedded PostgreSQL (it refuses to run as root)`);
  try {
    const group = await run('getent', ['group', POSTGRES_ACCOUNT]).catch(() => undefined);
    if (!group) await run('groupadd', ['--system', POSTGRES_ACCOUNT]);
    await run('useradd', ['--system', '--gid', POSTGRES_ACCOUNT, '--no-create-home', POSTGRES_ACCOUNT]);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Could not create the system user "${POSTGRES_ACCOUNT}" for the embedded PostgreSQL: ${(error as Error).message}. ` +
        `Create it (useradd --system ${POSTGRES_ACCOUNT}), run Samverkan as another user, or set DATABASE_URL.`,
    );
  }
  const created = await idOf(POSTGRES_ACCOUNT);
  if (!created)
    throw new EmbeddedPostgresError(`The system user "${POSTGRES_ACCOUNT}" was created but cannot be looked up.`);
  return created;
}
