import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { confirmDefaults } from '../../testing/confirm-defaults.js';
import { startTestApp } from '../../testing/test-app.js';
import { TestClock } from '../../testing/test-clock.js';
import { QueueErrors } from './queue-errors.service.js';

// Closing the service while a job runs (issue 13): the job finishes against open queues and an
// open database, and the close returns. On BullMQ's PostgreSQL backend a job that enqueued after
// its queue had closed waited forever, and the worker's close with it.
describe.each(['postgres', 'redis'] as const)('closing while a deadline fires (%s)', (queue) => {
  it('lets the running firing commit and then closes', async () => {
    const now = new Date('2026-11-27T09:00:00Z');
    const app = await startTestApp(queue, {}, { clock: new TestClock(now) });
    const key = 'jamtland-operation-norrsken';
    const created = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions`, {});
    const version = created.body['version'] as number;
    await confirmDefaults(app.as, 'strateg.jamtland', key, version);
    // Publishing arms the invitation to the meeting on 1 December, due at once on 27 November:
    // its firing job starts as the close begins.
    const published = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions/${version}/publish`);
    expect(published.status).toBe(200);
    const db = app.samverkan.app.get(DataSource);
    const due: { id: string }[] = await db.query(
      `SELECT id FROM deadline WHERE kind = 'agreementDate' AND due_at <= $1`,
      [now],
    );
    const closing = app.close().then(() => 'closed');
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      closing,
      new Promise((resolve) => {
        timer = setTimeout(() => resolve('still closing after 30 s'), 30_000);
      }),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe('closed');
    expect(due.length).toBeGreaterThan(0);
  }, 60_000);
});

describe.each(['postgres', 'redis'] as const)('the queues’ errors (%s)', (queue) => {
  it('are logged by a listener on every queue, not dumped as unhandled', async () => {
    const app = await startTestApp(queue);
    try {
      const queues = app.samverkan.app.get(QueueErrors).queues();
      // A queue registered by several modules is one provider each: each gets its listener.
      expect([...new Set(queues.map((q) => q.name))].sort()).toEqual([
        'deadlines',
        'digests',
        'email',
        'notifications',
        'system',
        'webhooks',
      ]);
      for (const q of queues) expect(q.listenerCount('error')).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  }, 60_000);
});
