import { type Job, Queue, Worker } from 'bullmq';
import {
  createTestDatabase,
  deleteRedisPrefix,
  testServers,
  type TestDatabase,
  uniqueName,
} from '../../testing/test-services.js';
import { bullOptions, type QueueBackend } from './queue-backend.js';
import { QueueClosedError, whileOpen } from './while-open.js';

// The platform's queue settings against both real backends: what the engine's deadlines rely on.
describe.each(['redis', 'postgres'] as const)('BullMQ on %s', (kind) => {
  let database: TestDatabase;
  let backend: QueueBackend;

  beforeAll(async () => {
    database = await createTestDatabase();
    backend =
      kind === 'redis'
        ? { kind, url: testServers.redis, prefix: uniqueName('test') }
        : { kind, url: database.url, schema: uniqueName('queue') };
  });

  afterAll(async () => {
    if (backend.kind === 'redis') await deleteRedisPrefix(backend.prefix);
    await database.drop();
  });

  it('fires a delayed job with a custom id once, however often it is added', async () => {
    const options = bullOptions(backend);
    const queue = new Queue('probe', options);
    const fired: string[] = [];
    const worker = new Worker(
      'probe',
      async (job: Job) => {
        fired.push(String(job.id));
      },
      { ...options, concurrency: 2 },
    );
    try {
      const jobId = 'deadline-0b6c2c1e';
      await queue.add('fire', { deadlineId: '0b6c2c1e' }, { jobId, delay: 300, removeOnComplete: true });
      await queue.add('fire', { deadlineId: '0b6c2c1e' }, { jobId, delay: 300, removeOnComplete: true });
      const until = Date.now() + 15_000;
      while (fired.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 700));
      expect(fired).toEqual([jobId]);
    } finally {
      await worker.close();
      await queue.close();
    }
  });

  it('cancels a delayed job removed before it is due', async () => {
    const options = bullOptions(backend);
    const queue = new Queue('cancel', options);
    const fired: string[] = [];
    const worker = new Worker('cancel', async (job: Job) => void fired.push(String(job.id)), options);
    try {
      const job = await queue.add('fire', {}, { jobId: 'deadline-cancelled', delay: 400 });
      await job.remove();
      await new Promise((r) => setTimeout(r, 1200));
      expect(fired).toEqual([]);
    } finally {
      await worker.close();
      await queue.close();
    }
  });

  it('refuses at once to add to a queue that is closing, where the backend itself might never answer', async () => {
    const queue = new Queue('closing', bullOptions(backend));
    await queue.add('fire', {}, { jobId: 'before-close' });
    const closed = queue.close();
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      whileOpen(queue, () => queue.add('fire', {}, { jobId: 'after-close' })).then(
        () => 'added',
        (error: unknown) => (error instanceof QueueClosedError ? 'refused' : `failed: ${String(error)}`),
      ),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve('still waiting after 5 s'), 5000);
      }),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe('refused');
    await closed;
  });
});
