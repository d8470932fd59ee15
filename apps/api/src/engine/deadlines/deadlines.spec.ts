import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { startSamverkan, type Samverkan } from '../../bootstrap.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { loadConfig } from '../../platform/config/config.js';
import { eventually } from '../../testing/eventually.js';
import { DAY, TestClock } from '../../testing/test-clock.js';
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
import { DEADLINES_QUEUE, jobIdOf } from './deadline-queue.js';

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

/** Waits until the real time is past `instant` (the one kind of wait a fact about real time may need). */
const realTimePast = async (instant: Date) => {
  const wait = instant.getTime() - Date.now() + 1;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
};

// Durable deadlines on both queue backends: each fires once, however the queue or the worker
// fails, and late at most by the reconciler interval (asserted with a generous margin). Where
// the fact is the queue delivering a job when it is due, the test runs on real time, with due
// times a few hundred milliseconds ahead, and polls for the firing; elsewhere a deadline is due
// at once, or the business clock is moved, and nothing waits for a duration.
describe.each(['redis', 'postgres'] as const)('deadlines with the queue on %s', (backend) => {
  let database: TestDatabase;
  const prefix = uniqueName('test');
  const running: Samverkan[] = [];

  const start = async (role: 'api' | 'worker' | 'all', clock?: Clock) => {
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
      { providers: [RecordingHandler], clock },
    );
    running.push(samverkan);
    // The recording handler's table, made by the first process of a test (migrations ran in its
    // start), before the test arms anything that could fire.
    await samverkan.app
      .get(DataSource)
      .query(
        'CREATE TABLE IF NOT EXISTS test_firing (deadline_id uuid NOT NULL, fired_at timestamptz NOT NULL DEFAULT clock_timestamp())',
      );
    return samverkan;
  };

  const stop = async (samverkan: Samverkan) => {
    running.splice(running.indexOf(samverkan), 1);
    await samverkan.close();
  };

  /** Arms deadlines due `dueInMs` after the app's business time, in one transaction, and dispatches them after commit, as the engine does. */
  const arm = async (samverkan: Samverkan, dueInMs: number[], dispatch = true) => {
    const dataSource = samverkan.app.get(DataSource);
    const now = samverkan.app.get(Clock).now().getTime();
    const rows = await dataSource.transaction((db) =>
      samverkan.app.get(DeadlineRepository).arm(
        db,
        dueInMs.map((ms) => ({ kind: 'test', subjectId: 'case-1', dueAt: new Date(now + ms) })),
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

  /** Waits for the worker to fire `count` deadlines (polled: work done, not time slept). */
  const fired = (samverkan: Samverkan, count: number, timeoutMs = 15_000) =>
    eventually(
      () => firings(samverkan),
      (found) => found.length >= count,
      timeoutMs,
    );

  const queueOf = (samverkan: Samverkan) => samverkan.app.get<Queue>(getQueueToken(DEADLINES_QUEUE), { strict: false });

  const statusOf = async (samverkan: Samverkan, ids: readonly string[]) =>
    (
      (await samverkan.app.get(DataSource).query('SELECT status FROM deadline WHERE id = ANY($1::uuid[])', [ids])) as {
        status: string;
      }[]
    ).map((row) => row.status);

  /**
   * Nothing can fire these deadlines a second time, which is what "once" needs beyond the first
   * firing: each row is fired, each job is gone from the queue (done and removed; polled, as the
   * worker completes a job just after its firing commits), and a second delivery of a job (its
   * code run again, as BullMQ may after a stall) claims nothing.
   */
  const expectSpent = async (worker: Samverkan, ids: readonly string[]) => {
    expect(await statusOf(worker, ids)).toEqual(ids.map(() => 'fired'));
    const queue = queueOf(worker);
    const jobs = await eventually(
      () => Promise.all(ids.map((id) => queue.getJob(jobIdOf(id)))),
      (found) => found.every((job) => job === undefined),
    );
    expect(jobs.filter((job) => job !== undefined).map((job) => job?.id)).toEqual([]);
    const processor = worker.app.get(DeadlineProcessor);
    for (const id of ids) expect(await processor.fire(id)).toBe(false);
    expect((await firings(worker)).filter((f) => ids.includes(f.id)).map((f) => f.times)).toEqual(ids.map(() => 1));
  };

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    for (const samverkan of [...running]) await stop(samverkan);
    if (backend === 'redis') await deleteRedisPrefix(prefix);
    await database.drop();
  });

  // Real time: the fact is BullMQ delivering delayed jobs when they are due.
  it('fires each deadline once, on time', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [300, 350, 400]);
    const found = await fired(samverkan, 3);
    expect(found.map((f) => f.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const f of found) expect(f.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
    await expectSpent(
      samverkan,
      rows.map((r) => r.id),
    );
  });

  // Real time: a delayed job falls due while no worker runs (a wait of 250 ms at most).
  it('fires once after the worker was down between arming and due time', async () => {
    const api = await start('api');
    const rows = await arm(api, [200, 250]);
    await realTimePast(rows.reduce((last, row) => (row.dueAt > last ? row.dueAt : last), new Date(0)));
    const worker = await start('worker');
    expect((await fired(worker, 2)).map((f) => f.id).sort()).toEqual(rows.map((r) => r.id).sort());
    await expectSpent(
      worker,
      rows.map((r) => r.id),
    );
  });

  // Real time: the reconciler's own interval puts the jobs back.
  it('fires once, late at most by the reconciler interval, after the queue lost its jobs', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [300, 350]);
    if (backend === 'redis') await deleteRedisPrefix(prefix);
    else await samverkan.app.get(DataSource).query(`TRUNCATE ${prefix}_queue.job CASCADE`);
    const found = await fired(samverkan, 2);
    expect(found.map((f) => f.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const f of found) expect(f.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
    await expectSpent(
      samverkan,
      rows.map((r) => r.id),
    );
  });

  it('fires once, late at most by the reconciler interval, when the dispatch after commit never happened (a crash between)', async () => {
    const samverkan = await start('all');
    const rows = await arm(samverkan, [0], false);
    const found = await fired(samverkan, 1);
    expect(found).toEqual([{ id: rows[0]?.id, times: 1, late_ms: expect.any(Number) }]);
    expect(found[0]?.late_ms).toBeLessThan(reconcileIntervalMs + 2000);
    await expectSpent(
      samverkan,
      rows.map((r) => r.id),
    );
  });

  it('does nothing for a cancelled deadline, even if its job runs', async () => {
    const samverkan = await start('all');
    // Due at once, armed and cancelled in one transaction (no reconciler run sees it pending),
    // its job enqueued after that: the worker runs the job straight away.
    const repository = samverkan.app.get(DeadlineRepository);
    const { row, cancelled } = await samverkan.app.get(DataSource).transaction(async (db) => {
      const [armed] = await repository.arm(db, [
        { kind: 'test', subjectId: 'case-1', dueAt: samverkan.app.get(Clock).now() },
      ]);
      if (!armed) throw new Error('nothing armed');
      return { row: armed, cancelled: await repository.cancel(db, [armed.id]) };
    });
    expect(cancelled).toEqual([row.id]);
    await samverkan.app.get(DeadlineDispatcher).dispatch([row]);
    const job = await eventually(
      () => queueOf(samverkan).getJob(jobIdOf(row.id)),
      (found) => found === undefined,
    );
    expect(job).toBeUndefined(); // run and done (a job that failed would stay, failed)
    expect(await firings(samverkan)).toEqual([]);
    expect(await statusOf(samverkan, [row.id])).toEqual(['cancelled']);
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

  // Real time: the reconciler's lookups must overlap the worker's firings, as under real load.
  it('takes no job that has just fired for one the queue lost, under normal firing', async () => {
    const samverkan = await start('all');
    // Many due together, over half a second, so that a run's lookups overlap their firings.
    const rows = await arm(
      samverkan,
      Array.from({ length: 1500 }, (_, i) => Math.floor(i / 3)),
    );
    const reconciler = samverkan.app.get(DeadlineReconciler);
    let lost = 0;
    const until = Date.now() + 20_000;
    while (Date.now() < until && (await firings(samverkan)).length < rows.length) {
      lost += (await reconciler.run()).lost;
    }
    expect(lost).toBe(0);
    // Every job done and gone: no second firing can follow the count below.
    const counts = await eventually(
      () => queueOf(samverkan).getJobCounts('active', 'wait', 'delayed', 'prioritized', 'waiting-children', 'failed'),
      (found) => Object.values(found).every((n) => n === 0),
    );
    expect(counts).toEqual({ active: 0, wait: 0, delayed: 0, prioritized: 0, 'waiting-children': 0, failed: 0 });
    const found = await firings(samverkan);
    expect(found).toHaveLength(rows.length);
    expect(found.every((f) => f.times === 1)).toBe(true);
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

  // Issue 10: "armed moments ago" is the machinery's latency, real time; it compared the
  // business clock with the database's, so a clock a day ahead took every fresh row for lost.
  it('tells a deadline armed moments ago from a lost one on real time, whatever the business clock says', async () => {
    const clock = new TestClock();
    clock.move(DAY);
    const samverkan = await start('api', clock);
    const rows = await arm(
      samverkan,
      Array.from({ length: 3 }, () => 1_500),
      false,
    );
    expect(await samverkan.app.get(DeadlineReconciler).run()).toEqual({ lost: 0, early: rows.length });
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
