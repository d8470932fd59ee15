import type { Stats } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type PathFacts, type PathKind, type Requirement, requirementsForPath } from './path-access.js';

function kindOf(stats: Stats): PathKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFile()) return 'file';
  if (stats.isSymbolicLink()) return 'symlink';
  return 'other';
}

function toFacts(file: string, stats: Stats): PathFacts {
  return { path: file, kind: kindOf(stats), mode: stats.mode, uid: stats.uid, gid: stats.gid };
}

/** The facts of what exists at `file`, following a symlink (that is what a path walk passes). */
export async function factsOf(file: string): Promise<PathFacts | undefined> {
  const stats = await fs.stat(file).catch(() => undefined);
  return stats && toFacts(path.resolve(file), stats);
}

async function realpathOrSelf(target: string): Promise<string> {
  // The deepest existing folder decides where a symlinked ancestor really leads.
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    const real = await fs.realpath(current).catch(() => undefined);
    if (real !== undefined) return path.join(real, path.relative(current, path.resolve(target)));
    if (current === path.dirname(current)) return path.resolve(target);
  }
}

/**
 * What reaching `target` with `access` requires, through its path as written and through the
 * real path behind any symlinked folder on the way, with the facts of every such path that
 * exists.
 */
export async function reachOf(
  target: string,
  access: number,
): Promise<{ requirements: Requirement[]; facts: Map<string, PathFacts> }> {
  const real = await realpathOrSelf(target);
  const requirements = requirementsForPath(target, access);
  if (real !== path.resolve(target)) requirements.push(...requirementsForPath(real, access));
  const facts = new Map<string, PathFacts>();
  for (const { path: file } of requirements) {
    const found = facts.has(file) ? undefined : await factsOf(file);
    if (found) facts.set(file, found);
  }
  return { requirements, facts };
}

/** Every entry below `root` (not following symlinks), folders before their contents. */
export async function treeFacts(root: string): Promise<PathFacts[]> {
  const result: PathFacts[] = [];
  const walk = async (folder: string): Promise<void> => {
    const names = (await fs.readdir(folder)).sort();
    for (const name of names) {
      const file = path.join(folder, name);
      const facts = toFacts(file, await fs.lstat(file));
      result.push(facts);
      if (facts.kind === 'directory') await walk(file);
    }
  };
  await walk(path.resolve(root));
  return result;
}

/**
 * Creates `target` and any missing folder above it with `mode` whatever the umask (root's umask
 * may be 077, and `postgres` must enter what root creates for it).
 */
export async function ensureFolder(target: string, mode = 0o755): Promise<void> {
  const first = await fs.mkdir(target, { recursive: true });
  if (first === undefined) return;
  const created = path.resolve(target);
  for (let current = created; ; current = path.dirname(current)) {
    await fs.chmod(current, mode);
    if (current === path.resolve(first) || current === path.dirname(current)) return;
  }
}
