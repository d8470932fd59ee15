import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedCopy, manifestKey, manifestOf } from './binary-cache.js';

// A small stand-in for the package's `native` folder, on the real file system.
describe('cachedCopy', () => {
  let work: string;
  let source: string;
  let cacheRoot: string;
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);

  beforeEach(async () => {
    logged.length = 0;
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-cache-spec-'));
    source = path.join(work, 'native');
    cacheRoot = path.join(work, 'cache');
    await fs.mkdir(path.join(source, 'bin'), { recursive: true });
    await fs.mkdir(path.join(source, 'lib'));
    await fs.mkdir(cacheRoot);
    await fs.writeFile(path.join(source, 'bin', 'postgres'), '#!/bin/sh\necho postgres\n', { mode: 0o700 });
    await fs.writeFile(path.join(source, 'lib', 'libpq.so.5.18'), 'library', { mode: 0o600 });
    await fs.symlink('libpq.so.5.18', path.join(source, 'lib', 'libpq.so.5'));
  });

  afterEach(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('copies symlinks as symlinks and opens every file and folder to others, whatever the umask', async () => {
    const native = await cachedCopy(source, cacheRoot, '18.4.0', log);
    expect(path.basename(path.dirname(native))).toBe(`postgres-18.4.0-${manifestKey(await manifestOf(source))}`);
    expect(await fs.readlink(path.join(native, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect((await fs.stat(path.join(native, 'bin', 'postgres'))).mode & 0o777).toBe(0o755);
    expect((await fs.stat(path.join(native, 'lib', 'libpq.so.5.18'))).mode & 0o777).toBe(0o644);
    expect((await fs.stat(path.join(native, 'lib'))).mode & 0o777).toBe(0o755);
    expect((await fs.stat(path.dirname(native))).mode & 0o777).toBe(0o755);
    expect(await fs.readFile(path.join(native, 'lib', 'libpq.so.5'), 'utf8')).toBe('library');
    expect(logged).toHaveLength(1);
  });

  it('reuses a matching copy without copying again, and leaves no staging folder behind', async () => {
    const first = await cachedCopy(source, cacheRoot, '18.4.0', log);
    const again = await cachedCopy(source, cacheRoot, '18.4.0', log);
    expect(again).toBe(first);
    expect(logged).toHaveLength(1);
    expect(await fs.readdir(cacheRoot)).toEqual([path.basename(path.dirname(first))]);
  });

  it('replaces a copy whose content no longer matches its manifest', async () => {
    const native = await cachedCopy(source, cacheRoot, '18.4.0', log);
    await fs.writeFile(path.join(native, 'lib', 'libpq.so.5.18'), 'tampered');
    const again = await cachedCopy(source, cacheRoot, '18.4.0', log);
    expect(again).toBe(native);
    expect(await fs.readFile(path.join(native, 'lib', 'libpq.so.5.18'), 'utf8')).toBe('library');
    expect(logged).toHaveLength(2);
  });

  it('makes a new copy when the programs change', async () => {
    const native = await cachedCopy(source, cacheRoot, '18.4.0', log);
    await fs.writeFile(path.join(source, 'bin', 'postgres'), '#!/bin/sh\necho newer\n');
    const newer = await cachedCopy(source, cacheRoot, '18.4.0', log);
    expect(newer).not.toBe(native);
    expect(await fs.readFile(path.join(newer, 'bin', 'postgres'), 'utf8')).toContain('newer');
  });
});
