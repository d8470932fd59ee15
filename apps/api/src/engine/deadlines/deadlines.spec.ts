import 'reflect-metadata';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startSamverkan, type Samverkan } from '../../bootstrap.js';
import { loadConfig } from '../../platform/config/config.js';
import {
  createTestDatabase,
  deleteRedisPrefix,
  testServers,
  type TestDatabase,
  uniqueName,
} from '../../testing/test-services.js';
import { DeadlineDispatcher } from './deadline-dispatcher.service.js';
import { DeadlineReconciler } from './deadline-reconciler.service.js';
import { DeadlineHandlers } from './deadline-handlers.service.js';
import { DeadlineRepository } from './deadline.repository.js';
import { DeadlineProcessor } from './deadline.processor.js';

const workspaceRoot = new URL('../../../../../', import.meta.url).pathname;
const reconcileIntervalMs = 1000;

/** Records each firing in a table of the test database, inside the firing's transaction. */
@Injectable()
class RecordingHandler implements OnModuleInit {
  constructor(private readonly handlers: DeadlineHandlers) {}

  onModuleInit(): void {
    this.handlers.register('test', async (db, deadline) => {
      await db.query('INSERT INTO test_firing (deadline_id) VALUES ($1)', [deadline.id]);
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Durable deadlines on both queue backends: each fires once, however the queue or the worker
// fails, and late at most by the reconciler interval (asserted with a generous margin).
describe.each(['redis', 'postgres'] as const)('deadlines with the queue on %s', (backend) => {
  let database: TestDatabase;
  const prefix = uniqueName('test');
  const running: Samverkan[] = [];

  const start = async (role: 'api' | 'worker' | 'all') => {
    const samverkan = await startSamverkan(
      loadConfig(
        {
          DATABASE_URL: database.url,
          REDIS_URL: backend === 'redis' ? testServers.redis : undefined,
          QUEUE_PREFIX: prefix,
          ROLE: role,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
          SEED: 'false',
          RECONCILE_INTERVAL_MS: String(reconcileIntervalMs),
        },
        workspaceRoot,
      ),
      { providers: [RecordingHandler] },
    );
    running.push(samverkan);
    return samverkan;
  };

  const stop = async (samverkan: Samverkan) => {
    running.splice(running.indexOf(samverkan), 1);
    await samverkan.close();
  };

  /** Arms deadlines in one transaction and dispatches them after commit, as the engine does. */
  const arm = async (samverkan: Samverkan, dueInMs: number[], dispatch = true) => {
    const dataSource = samverkan.app.get(DataSource);
    const rows = await dataSource.transaction((db) =>
      samverkan.app.get(DeadlineRepository).arm(
        db,
        dueInMs.map((ms) => ({ kind: 'test', subjectId: 'case-1', dueAt: new Date(Date.now() + ms) })),
      ),
    );
    if (dispatch) await samverkan.app.get(DeadlineDispatcher).dispatch(rows);
    return rows;
  };

  const firings = async (samverkan: Samverkan) =>
    (await samverkan.app.get(DataSource).query(
      `SELECT f.deadline_id AS id, count(*)::int AS times, (extract(epoch FROM (max(f.fired_at) - min(d.due_at))) * 1000)::float8 AS late_ms
       FROM test_firing f JOIN deadline d ON d.id = f.deadline_id GROUP BY f.deadline_id`,
    )) as { id: string; times: number; late_ms: number }[];

  const waitForFirings = async (samverkan: Samverkan, count: number, timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until && (await firings(samverkan)).length < count) await sleep(100);
    await sleep(500); // a second firing, if any, would show now
    return firings(samverkan);
  };

  beforeEach(async () => {
    database = await createTestDatabase();
    const setup = await start('api');
    await setup.app
      .get(DataSource)
      .query(
        'CREATE TABLE test_firing (deadline_id uuid NOT NULL, fired_at timestamptz NOT NULL DEFAULT clock_timestamp())',
      );
    await stop(setup);
  });

  afterEach(async () => {
    for (const samverkan of [...running]) await stop(samverkan);
    if (backend === 'redis') await deleteRedisPrefix(prefix);
    await database.drop();
  });

  it('fires each deadline once, on time', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [800, 900, 1000]);
    const fired = await waitForFirings(samverkan, 3, 15_000);
    expect(fired.map((f) => f.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const f of fired) {
      expect(f.times).toBe(1);
      expect(f.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
    }
  });

  it('fires once after the worker was down between arming and due time', async () => {
    const api = await start('api');
    const rows = await arm(api, [500, 600]);
    await sleep(1500); // due while no worker runs
    const worker = await start('worker');
    const fired = await waitForFirings(worker, 2, 15_000);
    expect(fired.map((f) => [f.id, f.times]).sort()).toEqual(rows.map((r) => [r.id, 1]).sort());
  });

  it('fires once, late at most by the reconciler interval, after the queue lost its jobs', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [2500, 2600]);
    if (backend === 'redis') await deleteRedisPrefix(prefix);
    else await samverkan.app.get(DataSource).query(`TRUNCATE ${prefix}_queue.job CASCADE`);
    const fired = await waitForFirings(samverkan, 2, 20_000);
    expect(fired.map((f) => [f.id, f.times]).sort()).toEqual(rows.map((r) => [r.id, 1]).sort());
    for (const f of fired) expect(f.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
  });

  it('fires once when the dispatch after commit never happened (a crash between)', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [300], false);
    const fired = await waitForFirings(samverkan, 1, 15_000);
    expect(fired).toEqual([{ id: rows[0]?.id, times: 1, late_ms: expect.any(Number) }]);
    expect(fired[0]?.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
  });

  it('does nothing for a cancelled deadline, even if its job runs', async () => {
    const samverkan = await start('all');
    const [row] = await arm(samverkan, [600]);
    const dataSource = samverkan.app.get(DataSource);
    const cancelled = await dataSource.transaction((db) =>
      samverkan.app.get(DeadlineRepository).cancel(db, [row?.id ?? '']),
    );
    expect(cancelled).toEqual([row?.id]);
    await sleep(2000);
    expect(await firings(samverkan)).toEqual([]);
    const [status] = (await dataSource.query('SELECT status FROM deadline WHERE id = $1', [row?.id])) as {
      status: string;
    }[];
    expect(status?.status).toBe('cancelled');
  });

  it('applies a deadline once when two firings race', async () => {
    const samverkan = await start('api');
    const [row] = await arm(samverkan, [60_000], false);
    const worker = await start('worker');
    const processor = worker.app.get(DeadlineProcessor);
    const results = await Promise.all([processor.fire(row?.id ?? ''), processor.fire(row?.id ?? '')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await firings(worker)).toEqual([{ id: row?.id, times: 1, late_ms: expect.any(Number) }]);
  });

  it('takes no job that has just fired for one the queue lost, under normal firing', async () => {
    const samverkan = await start('all');
    // Many due together, so that a run's lookups overlap their firings, as under real load.
    const rows = await arm(
      samverkan,
      Array.from({ length: 1500 }, (_, i) => 500 + i),
    );
    const reconciler = samverkan.app.get(DeadlineReconciler);
    let lost = 0;
    const until = Date.now() + 20_000;
    while (Date.now() < until && (await firings(samverkan)).length < rows.length) {
      lost += (await reconciler.run()).lost;
    }
    const fired = await waitForFirings(samverkan, rows.length, 5_000);
    expect(fired).toHaveLength(rows.length);
    expect(fired.every((f) => f.times === 1)).toBe(true);
    expect(lost).toBe(0);
  });

  it('takes no deadline armed moments ago, whose dispatch has not come yet, for a lost one', async () => {
    // No worker: its own reconciler runs would race this one.
    const samverkan = await start('api');
    const rows = await arm(
      samverkan,
      Array.from({ length: 20 }, () => 1_500),
      false,
    );
    // The reconciler runs between the commit and the dispatch that follows it.
    const report = await samverkan.app.get(DeadlineReconciler).run();
    await samverkan.app.get(DeadlineDispatcher).dispatch(rows);
    expect(report).toEqual({ lost: 0, early: rows.length });
    for (const row of rows) expect(await samverkan.app.get(DeadlineDispatcher).queued(row.id)).toBe(true);
  });

  it('reports a pending deadline whose job the queue lost as lost, and puts it back', async () => {
    const samverkan = await start('api');
    const [row] = await arm(samverkan, [1_000], false);
    await samverkan.app
      .get(DataSource)
      .query(`UPDATE deadline SET created_at = now() - interval '1 minute' WHERE id = $1`, [row?.id]);
    const report = await samverkan.app.get(DeadlineReconciler).run();
    expect(report).toEqual({ lost: 1, early: 0 });
    expect(await samverkan.app.get(DeadlineDispatcher).queued(row?.id ?? '')).toBe(true);
  });
});
