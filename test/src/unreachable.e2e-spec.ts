import { freePort, servers, spawnApi } from './support/api-process.js';

// A configured server that is not running must stop start-up at once with directions.
describe('start-up with a configured server that does not answer', () => {
  it('exits non-zero within 15 s naming the PostgreSQL address', async () => {
    const dead = await freePort();
    const started = Date.now();
    const api = spawnApi({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${dead}/samverkan`,
      PORT: String(await freePort()),
    });
    const code = await api.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(api.output()).toContain(`PostgreSQL at 127.0.0.1:${dead}`);
    expect(api.output()).toContain('docker compose up -d');
  });

  it('exits non-zero naming the Redis address', async () => {
    const dead = await freePort();
    const api = spawnApi({
      DATABASE_URL: servers.postgres,
      REDIS_URL: `redis://127.0.0.1:${dead}`,
      PORT: String(await freePort()),
    });
    expect(await api.exited).not.toBe(0);
    expect(api.output()).toContain(`Redis at 127.0.0.1:${dead}`);
  });

  it('refuses bad configuration, naming every variable', async () => {
    const api = spawnApi({ ROLE: 'boss', PORT: 'eighty' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('ROLE');
    expect(api.output()).toContain('PORT');
  });
});
