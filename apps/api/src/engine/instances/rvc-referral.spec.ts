import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DeadlineReconciler } from '../deadlines/deadline-reconciler.service.js';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR, SECOND } from '../../testing/test-clock.js';
import { eventually } from '../../testing/eventually.js';
import { deleteRedisPrefix } from '../../testing/test-services.js';
import { inTargetGroup } from '../../testing/case-facts.js';

interface Task {
  instanceId: string;
  key: string;
  status: string;
  dueAt: string | null;
  parties: string[];
  overdue: boolean;
}
interface Deadline {
  id: string;
  kind: string;
  key: string;
  dueAt: string;
}
interface Notice {
  instanceId: string;
  kind: string;
  recipientRole: string;
  recipientParties: string[];
  status: string;
  createdAt: string;
}
interface HistoryEntry {
  type: string;
  source: string;
  at: string;
}

const counties = [
  {
    agreement: 'jamtland-operation-norrsken',
    police: 'polis.nord',
    centre: 'socialtjanst.ostersund',
    input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    centreParty: 'ostersunds-kommun',
    policeParty: 'polisen-region-nord',
  },
  {
    agreement: 'vasternorrland-stod-och-kompetenscentrum',
    police: 'polis.vasternorrland',
    centre: 'stodcentrum.vasternorrland',
    input: { ...inTargetGroup.vasternorrland },
    centreParty: 'kommunforbundet-vasternorrland',
    policeParty: 'polisen-polisomrade-norr',
  },
];
type County = (typeof counties)[number];

/** The seeds' promise: contact within 48 hours; the routine's defaults: a reminder 12 hours before, escalation at once. */
const CONTACT_WITHIN = 48 * HOUR;
const REMINDER_BEFORE = 12 * HOUR;

const iso = (ms: number) => new Date(ms).toISOString();

// The RVC referral run for real against PostgreSQL and Redis, on the seeds' own parameters (48
// hours to make contact), with business time moved by the test instead of waited for: the
// deadlines fall due through the processor the queue's job runs (testing/deadline-firing.ts).
// Each test starts its own case; the app, its clock and its other cases are shared.
describe('an RVC case on the seeds’ 48 hours', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('redis');
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A case the police started and referred now; `referredAt` is the clock's time of the referral. */
  const referredCase = async (county: County) => {
    const started = await as(county.police, 'POST', '/api/instances', {
      agreement: county.agreement,
      routine: 'rvc',
      input: county.input,
    });
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    const referredAt = app.clock.now().getTime();
    const referred = await as(county.police, 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    expect(referred.status).toBe(201);
    return { id, referredAt, view: referred.body };
  };

  const caseView = async (county: County, id: string) => (await as(county.police, 'GET', `/api/instances/${id}`)).body;

  const noticesOf = async (user: string, id: string) =>
    listOf<Notice>(await as(user, 'GET', '/api/notifications')).filter((n) => n.instanceId === id);

  const centreTask = async (county: County, id: string) =>
    listOf<Task>(await as(county.centre, 'GET', '/api/tasks')).find((t) => t.instanceId === id);

  describe.each(counties)('in $agreement', (county) => {
    it('gives the centre a task due 48 hours after the referral, in its list', async () => {
      const { id, referredAt, view } = await referredCase(county);
      const open = (view['opened'] as Task[]).filter((t) => t.status === 'open');
      expect(open).toEqual([
        expect.objectContaining({
          key: 'makeContact',
          parties: [county.centreParty],
          dueAt: iso(referredAt + CONTACT_WITHIN),
        }),
      ]);
      expect(await centreTask(county, id)).toMatchObject({ key: 'makeContact', overdue: false });
    });

    it('arms the contact deadline at 48 hours, a reminder 12 hours before and one at it, and the escalation at it', async () => {
      const { referredAt, view } = await referredCase(county);
      const due = referredAt + CONTACT_WITHIN;
      expect((view['armed'] as Deadline[]).map((d) => `${d.kind}@${d.dueAt}`).sort()).toEqual(
        [
          `deadline@${iso(due)}`,
          `escalation@${iso(due)}`,
          `reminder@${iso(due - REMINDER_BEFORE)}`,
          `reminder@${iso(due)}`,
        ].sort(),
      );
    });

    it('reminds the centre 12 hours before the due time, and tells the police nothing yet', async () => {
      const { id, referredAt } = await referredCase(county);
      await app.advance(CONTACT_WITHIN - REMINDER_BEFORE);
      expect(await noticesOf(county.centre, id)).toEqual([
        expect.objectContaining({
          kind: 'reminder',
          recipientRole: 'supportCentre',
          recipientParties: [county.centreParty],
          createdAt: iso(referredAt + CONTACT_WITHIN - REMINDER_BEFORE),
        }),
      ]);
      expect(await noticesOf(county.police, id)).toEqual([]);
    });

    it('is not overdue a second before the 48 hours have passed', async () => {
      const { id } = await referredCase(county);
      await app.advance(CONTACT_WITHIN - SECOND);
      expect((await caseView(county, id))['activeStates']).toContain('awaitingContact.withinDeadline');
      expect(await centreTask(county, id)).toMatchObject({ overdue: false });
      expect(await noticesOf(county.police, id)).toEqual([]);
    });

    it('marks the case and the centre’s task overdue when 48 hours pass without contact', async () => {
      const { id, referredAt } = await referredCase(county);
      await app.advance(CONTACT_WITHIN);
      const view = await caseView(county, id);
      expect(view['activeStates']).toContain('awaitingContact.overdue');
      expect((view['history'] as HistoryEntry[]).at(-1)).toMatchObject({
        type: 'case.contact.deadlinePassed',
        source: 'timer',
        at: iso(referredAt + CONTACT_WITHIN),
      });
      expect(await centreTask(county, id)).toMatchObject({ key: 'makeContact', overdue: true });
    });

    it('escalates to the police with a queued notification when 48 hours pass without contact', async () => {
      const { id, referredAt } = await referredCase(county);
      await app.advance(CONTACT_WITHIN);
      expect(await noticesOf(county.police, id)).toEqual([
        expect.objectContaining({
          kind: 'escalation',
          recipientRole: 'police',
          recipientParties: [county.policeParty],
          status: 'queued',
          createdAt: iso(referredAt + CONTACT_WITHIN),
        }),
      ]);
    });

    it('cancels the reminders and the escalation when contact is made in time', async () => {
      const { id, view } = await referredCase(county);
      await app.advance(24 * HOUR);
      const contact = await as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' });
      expect(contact.status).toBe(201);
      // The contact's step cancels every timer the referral armed; the case has none left.
      const armed = (view['armed'] as Deadline[]).map((d) => d.id).sort();
      expect([...(contact.body['cancelled'] as string[])].sort()).toEqual(armed);
      expect((await caseView(county, id))['deadlines']).toEqual([]);
      await app.advance(CONTACT_WITHIN);
      expect(await noticesOf(county.police, id)).toEqual([]);
      expect(await noticesOf(county.centre, id)).toEqual([]);
      expect((await caseView(county, id))['activeStates']).toEqual(['supportOffered']);
    });

    it('runs a case from referral to its end', async () => {
      const { id } = await referredCase(county);
      for (const event of [
        { type: 'case.contact.made' },
        { type: 'case.support.accepted', offered: ['crisisTalk', 'legalProcessSupport'] },
        { type: 'case.handover.made', handedOverTo: ['socialServices'] },
        { type: 'case.followUp.completed' },
      ]) {
        await app.advance(HOUR);
        const reply = await as(county.centre, 'POST', `/api/instances/${id}/events`, event);
        expect({ event: event.type, status: reply.status }).toEqual({ event: event.type, status: 201 });
      }
      const done = await caseView(county, id);
      expect(done['status']).toBe('done');
      expect(done['deadlines']).toEqual([]);
      expect((done['history'] as HistoryEntry[]).map((e) => e.type)).toEqual([
        'instance.started',
        'case.referral.made',
        'case.contact.made',
        'case.support.accepted',
        'case.handover.made',
        'case.followUp.completed',
      ]);
    });

    it('refuses contact reported by the police, whose role it is not', async () => {
      const { id } = await referredCase(county);
      const reply = await as(county.police, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' });
      expect(reply.status).toBe(403);
    });

    it('refuses an event the state does not expect', async () => {
      const { id } = await referredCase(county);
      const reply = await as(county.centre, 'POST', `/api/instances/${id}/events`, {
        type: 'case.handover.made',
        handedOverTo: ['healthCare'],
      });
      expect(reply).toMatchObject({ status: 409, body: { code: 'ROUTINE_EVENT_NOT_ALLOWED' } });
    });

    it('refuses a personal identity number in an event', async () => {
      const { id } = await referredCase(county);
      const reply = await as(county.centre, 'POST', `/api/instances/${id}/events`, {
        type: 'case.contact.made',
        note: '19800101-1234',
      });
      expect(reply.status).toBe(422);
    });

    it('never applies two concurrent events against the same state', async () => {
      const { id } = await referredCase(county);
      const replies = await Promise.all([
        as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' }),
        as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' }),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      const [log] = (await app.samverkan.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM instance_event WHERE instance_id = $1 AND type = $2', [
          id,
          'case.contact.made',
        ])) as { n: number }[];
      expect(log?.n).toBe(1);
    });

    // The queue itself, on real time: the case's jobs lost, the clock past the due time, the
    // reconciler's run enqueues them due at once and the worker fires them (polled for, not slept).
    it('still escalates when Redis lost the case’s jobs: the reconciler puts them back', async () => {
      const { id } = await referredCase(county);
      await deleteRedisPrefix(app.prefix);
      app.clock.move(CONTACT_WITHIN);
      await app.samverkan.app.get(DeadlineReconciler).run();
      const notices = await eventually(
        () => noticesOf(county.police, id),
        (found) => found.length > 0,
      );
      expect(notices.map((n) => n.kind)).toEqual(['escalation']);
    });
  });

  // Swedish time: PT48H is 48 elapsed hours, also when the clocks change on the Sunday between.
  describe.each([
    { change: 'to summer time', friday: '2027-03-26T17:00:00Z', due: '2027-03-28T17:00:00.000Z', sundayWall: '19:00' },
    { change: 'to winter time', friday: '2027-10-29T16:00:00Z', due: '2027-10-31T16:00:00.000Z', sundayWall: '17:00' },
  ])('across the change $change', ({ friday, due, sundayWall }) => {
    const county = counties[0] as County;

    it('gives a case referred at 18:00 on the Friday its due time 48 elapsed hours later', async () => {
      app.clock.set(friday);
      const { view } = await referredCase(county);
      const task = (view['opened'] as Task[]).find((t) => t.status === 'open');
      expect(task?.dueAt).toBe(due);
      expect(stockholmWallClock(due)).toBe(`söndag ${sundayWall}`);
    });

    // A wall-clock reckoning (the same time two days later) would say 18:00 on the Sunday: an
    // hour early into summer time, an hour late into winter time.
    it('falls due at those 48 hours, not at 18:00 on the Sunday', async () => {
      app.clock.set(friday);
      const { id } = await referredCase(county);
      await app.advance(CONTACT_WITHIN - SECOND);
      expect((await caseView(county, id))['activeStates']).toContain('awaitingContact.withinDeadline');
      await app.advance(SECOND);
      expect((await caseView(county, id))['activeStates']).toContain('awaitingContact.overdue');
    });
  });
});

/** The weekday and time on a wall clock in Stockholm, `söndag 19:00`. */
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
