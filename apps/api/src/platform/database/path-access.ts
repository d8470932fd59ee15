import path from 'node:path';

/**
 * Whether an account may reach a path, decided from permission bits alone (pure: the facts are
 * gathered elsewhere). Run as root, the embedded PostgreSQL runs as `postgres`, which must pass
 * every folder above its binaries and its data: this says which folder stops it, and why.
 * POSIX ACLs and mount options are not seen here; the binaries are also tried for real.
 */

/** Access bits as in one triplet of a mode: read, write, and execute (search, for a folder). */
export const READ = 0o4;
export const WRITE = 0o2;
export const EXECUTE = 0o1;

/** The identity a spawned process runs with. Node drops supplementary groups when it sets a uid. */
export interface Account {
  name: string;
  uid: number;
  gid: number;
}

export type PathKind = 'directory' | 'file' | 'symlink' | 'other';

export interface PathFacts {
  path: string;
  kind: PathKind;
  mode: number;
  uid: number;
  gid: number;
}

/** One access a path must grant: `access` is a sum of READ, WRITE and EXECUTE. */
export interface Requirement {
  path: string;
  access: number;
}

export interface Denial {
  requirement: Requirement;
  facts: PathFacts;
}

/** Exactly one class of the mode applies: the owner's, else the group's, else the others'. */
export function permits(facts: PathFacts, account: Account, access: number): boolean {
  if (account.uid === 0) return true;
  const shift = facts.uid === account.uid ? 6 : facts.gid === account.gid ? 3 : 0;
  return ((facts.mode >> shift) & access) === access;
}

/** Every folder above `target`, from the root down: `/a/b/c` gives `/`, `/a`, `/a/b`. */
export function ancestorsOf(target: string): string[] {
  const resolved = path.resolve(target);
  const chain: string[] = [];
  for (let current = path.dirname(resolved); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (current === path.dirname(current)) return chain;
  }
}

/** To use `target` with `access`, every folder above it must be searchable. */
export function requirementsForPath(target: string, access: number): Requirement[] {
  return [
    ...ancestorsOf(target).map((folder) => ({ path: folder, access: EXECUTE })),
    { path: path.resolve(target), access },
  ];
}

/**
 * A tree of programs: its folders (and those above it) entered, its folders listed, its files
 * read, and the programs among them run. Symlinks need nothing of their own: their targets are
 * entries of the tree too.
 */
export function requirementsForTree(
  root: string,
  entries: readonly PathFacts[],
  isProgram: (file: string) => boolean,
): Requirement[] {
  const inside = entries
    .filter((entry) => entry.kind !== 'symlink')
    .map((entry) => ({
      path: entry.path,
      access: entry.kind === 'directory' || isProgram(entry.path) ? READ | EXECUTE : READ,
    }));
  return [...requirementsForPath(root, READ | EXECUTE), ...inside];
}

/**
 * The first requirement the facts refuse, in order. A path without facts does not exist yet:
 * whoever needs it creates it (as root, with a mode others may enter), so it refuses nothing.
 */
export function firstDenial(
  requirements: readonly Requirement[],
  facts: ReadonlyMap<string, PathFacts>,
  account: Account,
): Denial | undefined {
  for (const requirement of requirements) {
    const found = facts.get(requirement.path);
    if (found && !permits(found, account, requirement.access)) return { requirement, facts: found };
  }
  return undefined;
}

function accessWords(access: number, kind: PathKind): string {
  const words: string[] = [];
  if (access & READ) words.push(kind === 'directory' ? 'list' : 'read');
  if (access & WRITE) words.push('write');
  if (access & EXECUTE) words.push(kind === 'directory' ? 'enter' : 'execute');
  return words.join(' and ');
}

/** "postgres (uid 101) cannot enter /root (mode 700, owner uid 0, group gid 0)". */
export function describeDenial(denial: Denial, account: Account): string {
  const { facts, requirement } = denial;
  return (
    `${account.name} (uid ${account.uid}) cannot ${accessWords(requirement.access, facts.kind)} ${facts.path} ` +
    `(mode ${(facts.mode & 0o7777).toString(8)}, owner uid ${facts.uid}, group gid ${facts.gid})`
  );
}

/**
 * A folder the binaries may be copied into: root's own and not writable by group or others,
 * so no other account can swap the programs that `postgres` will run. A sticky folder such as
 * /tmp qualifies as an ancestor only: what root creates in it stays root's.
 */
export function isTrustedFolder(facts: PathFacts, asAncestor: boolean): boolean {
  if (facts.kind !== 'directory' || facts.uid !== 0) return false;
  const sticky = (facts.mode & 0o1000) !== 0;
  return (facts.mode & 0o022) === 0 || (asAncestor && sticky);
}
