import net from 'node:net';
import { probePostgres, probeRedis, UnreachableServiceError } from './probe.js';

/** A port on loopback that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('probing configured servers', () => {
  it('names the PostgreSQL address and how to start it', async () => {
    const port = await closedPort();
    const error = await probePostgres(`postgres://app:secret@127.0.0.1:${port}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreachableServiceError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).toContain('docker compose up -d');
    expect((error as Error).message).not.toContain('secret');
  });

  it('names the Redis address and how to start it', async () => {
    const port = await closedPort();
    const error = await probeRedis(`redis://127.0.0.1:${port}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreachableServiceError);
    expect((error as Error).message).toContain(`Redis at 127.0.0.1:${port}`);
  });

  it('passes for the servers that run', async () => {
    await expect(
      probePostgres(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    ).resolves.toBeUndefined();
    await expect(probeRedis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379')).resolves.toBeUndefined();
  });
});
