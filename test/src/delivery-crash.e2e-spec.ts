import { createHash, randomInt } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  type ApiProcess,
  createDatabase,
  deleteRedisPrefix,
  freePort,
  servers,
  spawnApi,
  type TestDatabase,
  waitForHealth,
  workspaceRoot,
} from './support/api-process.js';

const workerJs = path.join(workspaceRoot, 'test/src/support/delivery-worker.mjs');
const party = 'ostersunds-kommun';
const address = `${party}@example.test`;
const BURST = 200;

/** The Message-ID the product derives (modules/delivery/message-id.ts), computed here independently. */
function messageIdOf(notificationId: string, to = address): string {
  const digest = createHash('sha256').update(`${notificationId}\nemail:${to}`).digest('hex').slice(0, 32);
  return `<${notificationId}.${digest}@samverkan.invalid>`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Issue 13, acceptance: the delivering worker is killed (SIGKILL) at random moments during a
// burst of 200 notifications and started again; every notification reaches the SMTP server,
// any repeat carries the same Message-ID, and the number of repeats is reported.
describe('delivery survives SIGKILL of the worker', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let smtp: SMTPServer;
  let worker: ApiProcess | undefined;
  const prefix = `e2e_delivery_${Date.now().toString(36)}`;
  const received: string[] = [];
  let env: Record<string, string> = {};

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(/^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '');
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    database = await createDatabase();
    db = new pg.Client({ connectionString: database.url });
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: servers.redis,
      QUEUE_PREFIX: prefix,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      RECONCILE_INTERVAL_MS: '1000',
      HEARTBEAT_INTERVAL_MS: '1000',
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) await worker.stop();
    await db?.end().catch(() => undefined);
    await database?.drop();
    await deleteRedisPrefix(prefix);
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  const startWorker = (role: 'all' | 'worker', port?: number) =>
    spawnApi({ ...env, ROLE: role, ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}) }, workerJs);

  /** Started: its HTTP answers (ROLE all), or its heartbeat row is written (ROLE worker). */
  const started = async (process: ApiProcess, http: boolean) => {
    if (http) return waitForHealth(process);
    const until = Date.now() + 90_000;
    while (Date.now() < until && process.child.exitCode === null) {
      const rows = await db.query('SELECT 1 FROM worker_heartbeat WHERE pid = $1', [process.child.pid]);
      if (rows.rowCount) return undefined;
      await sleep(100);
    }
    throw new Error(`The worker did not start. Output:\n${process.output()}`);
  };

  it('delivers every one of 200 notifications, repeats with the same Message-ID', async () => {
    worker = startWorker('all', await freePort());
    await started(worker, true);
    await db.connect();
    // One case to hang the notifications on, started through the API as the police.
    const token = (await (
      await fetch(`${worker.baseUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'polis.nord', password: 'samverkan' }),
      })
    ).json()) as { accessToken: string };
    const startedCase = (await (
      await fetch(`${worker.baseUrl}/api/instances`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.accessToken}` },
        body: JSON.stringify({
          agreement: 'jamtland-operation-norrsken',
          routine: 'rvc',
          input: {
            homeMunicipality: party,
            violenceCategory: 'mensViolenceAgainstWomen',
            attestation: { age: true, residence: true },
          },
        }),
      })
    ).json()) as { id?: string };
    expect(startedCase.id).toEqual(expect.any(String));
    // Starting the case queued its own notice (a new task for the police): delivered too, to
    // each of its parties' test addresses.
    const own = await db.query<{ id: string; parties: string[] }>(
      `SELECT id, recipient_party_keys AS parties FROM notification WHERE instance_id = $1`,
      [startedCase.id],
    );
    expect(own.rows.length).toBeGreaterThan(0);

    // The burst, in four waves written as the engine writes them (queued rows, the outbox), with
    // the worker killed at a random moment after each wave and started again.
    const ids: string[] = [];
    let kills = 0;
    for (let wave = 0; wave < 4; wave += 1) {
      const rows = await db.query<{ id: string }>(
        `INSERT INTO notification (instance_id, kind, task_keys, recipient_role, recipient_party_keys)
         SELECT $1, 'reminder', ARRAY['makeContact'], 'supportCentre', ARRAY[$2] FROM generate_series(1, $3)
         RETURNING id`,
        [startedCase.id, party, BURST / 4],
      );
      ids.push(...rows.rows.map((row) => row.id));
      await sleep(randomInt(50, 1500));
      worker.child.kill('SIGKILL');
      await worker.exited;
      kills += 1;
      worker = startWorker('worker');
      await started(worker, false);
    }

    const expected = new Set([
      ...ids.map((id) => messageIdOf(id)),
      ...own.rows.flatMap((row) => row.parties.map((p) => messageIdOf(row.id, `${p}@example.test`))),
    ]);
    const until = Date.now() + 150_000;
    while (Date.now() < until && [...expected].some((id) => !received.includes(id))) await sleep(250);
    const missing = [...expected].filter((id) => !received.includes(id));
    const repeats = received.length - new Set(received).size;
    process.stdout.write(
      `delivery-crash: ${ids.length} notifications, ${kills} SIGKILLs, ${received.length} e-mails received, ` +
        `${new Set(received).size} distinct Message-IDs, ${repeats} repeat(s)\n`,
    );
    expect(missing).toEqual([]);
    expect(received.every((id) => expected.has(id))).toBe(true);
    const delivered = await db.query<{ count: string }>(
      `SELECT count(*) FROM delivery WHERE status = 'delivered' AND notification_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(Number(delivered.rows[0]?.count)).toBe(BURST);
  });
});
