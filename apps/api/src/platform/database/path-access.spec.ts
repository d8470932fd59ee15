import {
  type Account,
  EXECUTE,
  type PathFacts,
  READ,
  WRITE,
  ancestorsOf,
  describeDenial,
  firstDenial,
  isTrustedFolder,
  permits,
  requirementsForPath,
  requirementsForTree,
} from './path-access.js';

const postgres: Account = { name: 'postgres', uid: 101, gid: 104 };
const folder = (path: string, mode: number, uid = 0, gid = 0): PathFacts => ({
  path,
  kind: 'directory',
  mode,
  uid,
  gid,
});
const file = (path: string, mode: number, uid = 0, gid = 0): PathFacts => ({ path, kind: 'file', mode, uid, gid });
const factsMap = (...facts: PathFacts[]) => new Map(facts.map((entry) => [entry.path, entry]));

describe('permits', () => {
  it('lets others enter a folder of mode 755 and not one of mode 700', () => {
    expect(permits(folder('/srv', 0o755), postgres, EXECUTE)).toBe(true);
    expect(permits(folder('/root', 0o700), postgres, EXECUTE)).toBe(false);
  });

  it('uses the owner bits for the owner, even when the others would be allowed more', () => {
    expect(permits(folder('/x', 0o077, postgres.uid), postgres, EXECUTE)).toBe(false);
    expect(permits(folder('/x', 0o700, postgres.uid), postgres, READ | WRITE | EXECUTE)).toBe(true);
  });

  it('uses the group bits for a member of the owning group', () => {
    expect(permits(folder('/x', 0o750, 0, postgres.gid), postgres, EXECUTE)).toBe(true);
    expect(permits(folder('/x', 0o705, 0, postgres.gid), postgres, EXECUTE)).toBe(false);
  });

  it('asks for every bit requested', () => {
    expect(permits(file('/x/f', 0o644), postgres, READ)).toBe(true);
    expect(permits(file('/x/f', 0o644), postgres, READ | EXECUTE)).toBe(false);
    expect(permits(file('/x/f', 0o755), postgres, READ | EXECUTE)).toBe(true);
  });
});

describe('ancestorsOf and requirementsForPath', () => {
  it('lists every folder above a path from the root down', () => {
    expect(ancestorsOf('/root/clone/.data')).toEqual(['/', '/root', '/root/clone']);
    expect(ancestorsOf('/')).toEqual(['/']);
  });

  it('needs every folder above entered and the path itself as asked', () => {
    expect(requirementsForPath('/root/clone/.data', EXECUTE)).toEqual([
      { path: '/', access: EXECUTE },
      { path: '/root', access: EXECUTE },
      { path: '/root/clone', access: EXECUTE },
      { path: '/root/clone/.data', access: EXECUTE },
    ]);
  });
});

describe('firstDenial', () => {
  it('names the first folder on the way that the account cannot enter', () => {
    const denial = firstDenial(
      requirementsForPath('/root/clone/.data', EXECUTE),
      factsMap(
        folder('/', 0o755),
        folder('/root', 0o700),
        folder('/root/clone', 0o700),
        folder('/root/clone/.data', 0o755),
      ),
      postgres,
    );
    expect(denial?.facts.path).toBe('/root');
    expect(denial && describeDenial(denial, postgres)).toBe(
      'postgres (uid 101) cannot enter /root (mode 700, owner uid 0, group gid 0)',
    );
  });

  it('passes a path whose folders are all open, and one below folders not made yet', () => {
    const open = factsMap(folder('/', 0o755), folder('/srv', 0o755));
    expect(firstDenial(requirementsForPath('/srv/samverkan/.data', EXECUTE), open, postgres)).toBeUndefined();
  });
});

describe('requirementsForTree', () => {
  const tree = [
    folder('/c/native/bin', 0o755),
    file('/c/native/bin/postgres', 0o755),
    folder('/c/native/lib', 0o755),
    file('/c/native/lib/libpq.so.5.18', 0o644),
    { path: '/c/native/lib/libpq.so.5', kind: 'symlink' as const, mode: 0o777, uid: 0, gid: 0 },
  ];
  const isProgram = (path: string) => path.startsWith('/c/native/bin/');

  it('needs programs run, libraries read and folders listed and entered, but nothing of a symlink', () => {
    const requirements = requirementsForTree('/c/native', tree, isProgram);
    expect(requirements).toContainEqual({ path: '/c', access: EXECUTE });
    expect(requirements).toContainEqual({ path: '/c/native/bin/postgres', access: READ | EXECUTE });
    expect(requirements).toContainEqual({ path: '/c/native/lib/libpq.so.5.18', access: READ });
    expect(requirements).toContainEqual({ path: '/c/native/lib', access: READ | EXECUTE });
    expect(requirements.some((requirement) => requirement.path.endsWith('libpq.so.5'))).toBe(false);
  });

  it('finds a library that only root may read, as npm makes it under umask 077', () => {
    const closed = tree.map((entry) => (entry.path.endsWith('5.18') ? { ...entry, mode: 0o600 } : entry));
    const denial = firstDenial(
      requirementsForTree('/c/native', closed, isProgram),
      factsMap(folder('/', 0o755), folder('/c', 0o755), folder('/c/native', 0o755), ...closed),
      postgres,
    );
    expect(denial && describeDenial(denial, postgres)).toBe(
      'postgres (uid 101) cannot read /c/native/lib/libpq.so.5.18 (mode 600, owner uid 0, group gid 0)',
    );
  });
});

describe('isTrustedFolder', () => {
  it("takes root's own folders, and sticky /tmp only as a folder on the way", () => {
    expect(isTrustedFolder(folder('/var/cache', 0o755), false)).toBe(true);
    expect(isTrustedFolder(folder('/tmp', 0o1777), true)).toBe(true);
    expect(isTrustedFolder(folder('/tmp', 0o1777), false)).toBe(false);
  });

  it('refuses a folder another account owns or may write', () => {
    expect(isTrustedFolder(folder('/tmp/samverkan-cache', 0o755, 1000), false)).toBe(false);
    expect(isTrustedFolder(folder('/var/cache/samverkan', 0o775), false)).toBe(false);
    expect(isTrustedFolder(file('/var/cache/samverkan', 0o755), false)).toBe(false);
  });
});
