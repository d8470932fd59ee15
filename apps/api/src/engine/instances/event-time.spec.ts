import 'reflect-metadata';
import { jest } from '@jest/globals';
import { DeadlineDispatcher } from '../deadlines/deadline-dispatcher.service.js';
import { DeadlineReconciler } from '../deadlines/deadline-reconciler.service.js';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR, SECOND } from '../../testing/test-clock.js';
import { eventually } from '../../testing/eventually.js';
import { inTargetGroup } from '../../testing/case-facts.js';

interface Task {
  key: string;
  status: string;
  dueAt: string | null;
}
interface Deadline {
  kind: string;
  dueAt: string;
}
interface HistoryEntry {
  seq: number;
  type: string;
  source: string;
  at: string;
  occurredAt: string;
}
interface Notice {
  instanceId: string;
  kind: string;
}

const police = 'polis.nord';
const agreement = 'jamtland-operation-norrsken';
const input = { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland };
const CONTACT_WITHIN = 48 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

// When things happened (issue 11): an event may say when it happened, distinct from when it is
// recorded; its states are entered then, so their deadlines run from it. Real PostgreSQL and
// Redis; business time set and moved by the test.
describe('an event’s occurredAt', () => {
  let app: TestApp;

  beforeAll(async () => {
    // The reconciler runs when a test says so (and once at start), not on a timer of its own.
    app = await startTestApp('redis', { RECONCILE_INTERVAL_MS: String(24 * HOUR) });
  });

  afterAll(async () => {
    await app?.close();
  });

  const start = (occurredAt?: string) =>
    app.as(police, 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input,
      ...(occurredAt ? { occurredAt } : {}),
    });

  /** A case the police began at `madeAt` and register, with its referral made then, only now. */
  const referredLate = async (madeAt: string) => {
    const started = await start(madeAt);
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    const referred = await app.as(police, 'POST', `/api/instances/${id}/events`, {
      type: 'case.referral.made',
      occurredAt: madeAt,
    });
    expect(referred.status).toBe(201);
    return { id, referred: referred.body };
  };

  const caseView = async (id: string) => (await app.as(police, 'GET', `/api/instances/${id}`)).body;
  const historyOf = async (id: string) => (await caseView(id))['history'] as HistoryEntry[];

  // Saturday 28 March 2026, 10:00 in Stockholm (CET); the clocks go forward on the Sunday night.
  // Saturday 24 October 2026, 10:00 in Stockholm (CEST); they go back on the Sunday night.
  describe.each([
    {
      change: 'to summer time',
      madeAt: '2026-03-28T10:00:00+01:00',
      due: '2026-03-30T09:00:00.000Z',
      // 48 elapsed hours, across the hour the clocks skip: not 10:00 on the Monday
      mondayWall: 'måndag 11:00',
    },
    {
      change: 'to winter time',
      madeAt: '2026-10-24T10:00:00+02:00',
      due: '2026-10-26T08:00:00.000Z',
      // across the hour the clocks repeat
      mondayWall: 'måndag 09:00',
    },
  ])(
    'a referral made on the Saturday before the change $change, recorded four hours late',
    ({ madeAt, due, mondayWall }) => {
      const made = Date.parse(madeAt);

      beforeEach(() => app.clock.set(iso(made + 4 * HOUR)));

      it('is due 48 hours after it was made, not after it was recorded', async () => {
        const { referred } = await referredLate(madeAt);
        expect(due).toBe(iso(made + CONTACT_WITHIN));
        expect(stockholmWallClock(due)).toBe(mondayWall);
        expect((referred['opened'] as Task[]).find((t) => t.key === 'makeContact')?.dueAt).toBe(due);
        expect((referred['armed'] as Deadline[]).filter((d) => d.kind === 'deadline').map((d) => d.dueAt)).toEqual([
          due,
        ]);
        expect(referred['event']).toMatchObject({ occurredAt: iso(made), at: iso(made + 4 * HOUR) });
      });

      it('falls due 44 hours after it was recorded', async () => {
        const { id } = await referredLate(madeAt);
        await app.advance(CONTACT_WITHIN - 4 * HOUR - SECOND);
        expect((await caseView(id))['activeStates']).toContain('awaitingContact.withinDeadline');
        await app.advance(SECOND);
        expect((await caseView(id))['activeStates']).toContain('awaitingContact.overdue');
      });

      it('keeps both times in the case’s history', async () => {
        const { id } = await referredLate(madeAt);
        expect((await historyOf(id)).map(({ type, at, occurredAt }) => ({ type, at, occurredAt }))).toEqual([
          { type: 'instance.started', at: iso(made + 4 * HOUR), occurredAt: iso(made) },
          { type: 'case.referral.made', at: iso(made + 4 * HOUR), occurredAt: iso(made) },
        ]);
      });
    },
  );

  describe('refused, with nothing written', () => {
    beforeEach(() => app.clock.set(new Date()));

    it('an occurredAt in the future (beyond a minute of clock skew) is a 422 at the path occurredAt', async () => {
      const started = await start();
      const id = String(started.body['id']);
      const ahead = iso(app.clock.now().getTime() + 2 * 60 * SECOND);
      const reply = await app.as(police, 'POST', `/api/instances/${id}/events`, {
        type: 'case.referral.made',
        occurredAt: ahead,
      });
      expect(reply).toMatchObject({
        status: 422,
        body: { code: 'OCCURRED_AT_IN_FUTURE', details: { problems: [{ path: 'occurredAt' }] } },
      });
      expect((await historyOf(id)).map((e) => e.type)).toEqual(['instance.started']);
    });

    it('an occurredAt before the case’s previous event is a 422 at the path occurredAt', async () => {
      const started = await start(iso(app.clock.now().getTime() - HOUR));
      const id = String(started.body['id']);
      const reply = await app.as(police, 'POST', `/api/instances/${id}/events`, {
        type: 'case.referral.made',
        occurredAt: iso(app.clock.now().getTime() - HOUR - SECOND),
      });
      expect(reply).toMatchObject({
        status: 422,
        body: { code: 'OCCURRED_AT_BEFORE_PREVIOUS_EVENT', details: { problems: [{ path: 'occurredAt' }] } },
      });
      expect((await caseView(id))['activeStates']).toEqual(['consentRequested']);
      expect((await historyOf(id)).map((e) => e.type)).toEqual(['instance.started']);
    });

    it('a start whose occurredAt is in the future is a 422, and no case', async () => {
      const reply = await start(iso(app.clock.now().getTime() + HOUR));
      expect(reply).toMatchObject({ status: 422, body: { code: 'OCCURRED_AT_IN_FUTURE' } });
    });

    it('an occurredAt that is no instant with an offset is a 422 at the path occurredAt', async () => {
      const started = await start();
      const reply = await app.as(police, 'POST', `/api/instances/${String(started.body['id'])}/events`, {
        type: 'case.referral.made',
        occurredAt: '2026-03-28T10:00:00',
      });
      expect(reply).toMatchObject({
        status: 422,
        body: { code: 'ROUTINE_EVENT_INVALID', details: { problems: [{ path: 'occurredAt' }] } },
      });
    });
  });

  // A referral made 49 hours before it is recorded: its 48 hours ran out an hour ago.
  describe('a deadline already passed when the event is recorded', () => {
    beforeEach(() => app.clock.set(new Date()));

    const referredTooLate = async () => {
      const now = app.clock.now().getTime();
      const madeAt = iso(now - 49 * HOUR);
      const { id, referred } = await referredLate(madeAt);
      return { id, referred, due: iso(Date.parse(madeAt) + CONTACT_WITHIN), now: iso(now) };
    };

    const overdue = (id: string) =>
      eventually(
        () => historyOf(id),
        (history) => history.some((e) => e.type === 'case.contact.deadlinePassed'),
      );

    // No advance of the clock: the queue's worker fires the job, added with no delay.
    it('fires at once through the queue, as having happened at its due time', async () => {
      const { id, referred, due, now } = await referredTooLate();
      expect((referred['armed'] as Deadline[]).find((d) => d.kind === 'deadline')?.dueAt).toBe(due);
      const history = await overdue(id);
      expect(history.at(-1)).toMatchObject({
        type: 'case.contact.deadlinePassed',
        source: 'timer',
        occurredAt: due,
        at: now,
      });
      expect((await caseView(id))['activeStates']).toContain('awaitingContact.overdue');
      const notices = await eventually(
        async () =>
          listOf<Notice>(await app.as(police, 'GET', '/api/notifications')).filter((n) => n.instanceId === id),
        (found) => found.length > 0,
      );
      expect(notices.map((n) => n.kind)).toEqual(['escalation']);
    });

    // The process dies between the commit and the enqueue: the reconciler finds the row overdue
    // and unqueued, and enqueues it to fire at once.
    it('fires at once through the reconciler when its dispatch was lost', async () => {
      const dispatcher = app.samverkan.app.get(DeadlineDispatcher);
      const lost = jest.spyOn(dispatcher, 'apply').mockResolvedValue();
      const { id } = await referredTooLate();
      expect(lost).toHaveBeenCalledTimes(2); // the start's dispatch and the referral's
      lost.mockRestore();
      expect((await historyOf(id)).map((e) => e.type)).not.toContain('case.contact.deadlinePassed');
      await app.samverkan.app.get(DeadlineReconciler).run();
      expect((await overdue(id)).at(-1)).toMatchObject({ type: 'case.contact.deadlinePassed', source: 'timer' });
    });
  });
});

/** The weekday and time on a wall clock in Stockholm, `måndag 11:00`. */
function stockholmWallClock(instant: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}
