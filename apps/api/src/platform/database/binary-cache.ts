import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { treeFacts } from './path-facts.js';

/**
 * A verified copy of PostgreSQL's programs (a `native` folder: bin, lib, share) in a cache
 * folder, for when `postgres` cannot reach them where npm put them. The copy is made once per
 * content: its folder is named by the hash of a manifest of every entry (path, kind, SHA-256,
 * whether executable, symlink target), and it is checked against that manifest before each use.
 * Symlinks are copied as symlinks (the package's postinstall creates the libraries' links).
 */

export interface ManifestEntry {
  path: string;
  kind: 'directory' | 'file' | 'symlink';
  sha256?: string;
  executable?: boolean;
  target?: string;
}

const MANIFEST_FILE = 'manifest.json';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function manifestOf(root: string): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const facts of await treeFacts(root)) {
    const relative = path.relative(root, facts.path);
    if (facts.kind === 'directory') entries.push({ path: relative, kind: 'directory' });
    else if (facts.kind === 'symlink')
      entries.push({ path: relative, kind: 'symlink', target: await fs.readlink(facts.path) });
    else if (facts.kind === 'file') {
      entries.push({
        path: relative,
        kind: 'file',
        sha256: await sha256Of(facts.path),
        executable: (facts.mode & 0o111) !== 0,
      });
    } else throw new Error(`${facts.path} is neither a file, a folder nor a symlink`);
  }
  return entries;
}

export function manifestKey(entries: readonly ManifestEntry[]): string {
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}

/** Folders get 755 and files 644 or 755 whatever the umask: `postgres` must read them all. */
async function copyTree(source: string, target: string, entries: readonly ManifestEntry[]): Promise<void> {
  await fs.mkdir(target);
  await fs.chmod(target, 0o755);
  for (const entry of entries) {
    const to = path.join(target, entry.path);
    if (entry.kind === 'directory') {
      await fs.mkdir(to);
      await fs.chmod(to, 0o755);
    } else if (entry.kind === 'symlink') {
      await fs.symlink(entry.target ?? '', to);
    } else {
      await fs.copyFile(path.join(source, entry.path), to);
      await fs.chmod(to, entry.executable ? 0o755 : 0o644);
    }
  }
}

async function matches(folder: string, entries: readonly ManifestEntry[]): Promise<boolean> {
  const stored = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (stored !== JSON.stringify(entries)) return false;
  const actual = await manifestOf(path.join(folder, 'native')).catch(() => undefined);
  return actual !== undefined && JSON.stringify(actual) === stored;
}

/**
 * The `native` folder of a verified copy of `source` below `cacheRoot` (which must exist):
 * reused when a matching copy is there, else built in a staging folder and renamed into place,
 * so a crash or a second process never leaves a half copy in use.
 */
export async function cachedCopy(
  source: string,
  cacheRoot: string,
  version: string,
  log: (message: string) => void,
): Promise<string> {
  const entries = await manifestOf(source);
  const folder = path.join(cacheRoot, `postgres-${version.replace(/[^\w.-]/g, '_')}-${manifestKey(entries)}`);
  if (await matches(folder, entries)) return path.join(folder, 'native');

  const staging = await fs.mkdtemp(path.join(cacheRoot, '.staging-'));
  try {
    await copyTree(source, path.join(staging, 'native'), entries);
    await fs.writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(entries), { mode: 0o644 });
    await fs.chmod(path.join(staging, MANIFEST_FILE), 0o644);
    await fs.chmod(staging, 0o755);
    try {
      await fs.rename(staging, folder);
    } catch {
      // Another process got there first (then its copy matches), or a damaged copy is in the way.
      if (!(await matches(folder, entries))) {
        await fs.rm(folder, { recursive: true, force: true });
        await fs.rename(staging, folder);
      }
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  if (!(await matches(folder, entries))) throw new Error(`the copy in ${folder} does not match its source ${source}`);
  log(`Copied PostgreSQL's programs from ${source} to ${folder}`);
  return path.join(folder, 'native');
}
