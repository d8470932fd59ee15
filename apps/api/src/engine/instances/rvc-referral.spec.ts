import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { deleteRedisPrefix } from '../../testing/test-services.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Task {
  key: string;
  status: string;
  dueAt: string | null;
  parties: string[];
}
interface Deadline {
  kind: string;
  dueAt: string;
}

const counties = [
  {
    agreement: 'jamtland-operation-norrsken',
    strategist: 'strateg.jamtland',
    police: 'polis.nord',
    centre: 'socialtjanst.ostersund',
    input: { homeMunicipality: 'ostersunds-kommun' },
    centreParty: 'ostersunds-kommun',
    policeParty: 'polisen-region-nord',
  },
  {
    agreement: 'vasternorrland-stod-och-kompetenscentrum',
    strategist: 'strateg.vasternorrland',
    police: 'polis.vasternorrland',
    centre: 'stodcentrum.vasternorrland',
    input: {},
    centreParty: 'kommunforbundet-vasternorrland',
    policeParty: 'polisen-polisomrade-norr',
  },
];

// The RVC referral run for real, against PostgreSQL and Redis: the 48-hour promise of the seeds
// as data, then whole cases with contact-within of two seconds.
describe.each(counties)('an RVC case in $agreement', (county) => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('redis', { RECONCILE_INTERVAL_MS: '1000' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const startCase = async () => {
    const started = await as(county.police, 'POST', '/api/instances', {
      agreement: county.agreement,
      routine: 'rvc',
      input: county.input,
    });
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    const referred = await as(county.police, 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    expect(referred.status).toBe(201);
    return { id, view: referred.body };
  };

  it('gives the centre a task due 48 hours later with a reminder before and an escalation armed', async () => {
    const before = Date.now();
    const { view } = await startCase();
    const task = (view['opened'] as Task[]).find((t) => t.status === 'open');
    expect(task?.parties).toEqual([county.centreParty]);
    const due = Date.parse(task?.dueAt ?? '');
    expect(due - before).toBeGreaterThanOrEqual(48 * 3600_000 - 1000);
    expect(due - Date.now()).toBeLessThanOrEqual(48 * 3600_000);
    const kinds = (view['armed'] as Deadline[]).map((d) => d.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['deadline', 'escalation', 'reminder']));
    const reminder = (view['armed'] as Deadline[]).find((d) => d.kind === 'reminder');
    expect(Date.parse(reminder?.dueAt ?? '')).toBeLessThan(due);
    const mine = await as(county.centre, 'GET', '/api/tasks');
    expect((mine.body as unknown as Task[]).map((t) => t.key)).toContain(task?.key);
  });

  it('refuses an event from a party without the role, and an event the state does not expect', async () => {
    const { id } = await startCase();
    const wrongParty = await as(county.police, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' });
    expect(wrongParty.status).toBe(403);
    const wrongState = await as(county.centre, 'POST', `/api/instances/${id}/events`, {
      type: 'case.handover.made',
      handedOverTo: ['healthCare'],
    });
    expect(wrongState).toMatchObject({ status: 409, body: { code: 'ROUTINE_EVENT_NOT_ALLOWED' } });
    const personal = await as(county.centre, 'POST', `/api/instances/${id}/events`, {
      type: 'case.contact.made',
      note: '19800101-1234',
    });
    expect(personal.status).toBe(422);
  });

  describe('with contact within two seconds', () => {
    beforeAll(async () => {
      // The strategist publishes a version with short parameters: the product's own path.
      const key = county.agreement;
      const draft = await as(county.strategist, 'POST', `/api/agreements/${key}/versions`, {});
      const content = draft.body['content'] as { routines: { key: string; parameters?: Record<string, unknown> }[] };
      const rvc = content.routines.find((r) => r.key === 'rvc');
      if (!rvc) throw new Error('no rvc binding');
      rvc.parameters = {
        ...rvc.parameters,
        contactWithin: { type: 'duration', value: 'PT2S' },
        contactReminderBefore: { type: 'duration', value: 'PT1S' },
        escalateAfter: { type: 'duration', value: 'PT0S' },
      };
      const saved = await as(
        county.strategist,
        'PUT',
        `/api/agreements/${key}/versions/${String(draft.body['version'])}`,
        { content, rowVersion: draft.body['rowVersion'] },
      );
      expect(saved.status).toBe(200);
      const published = await as(
        county.strategist,
        'POST',
        `/api/agreements/${key}/versions/${String(draft.body['version'])}/publish`,
      );
      expect(published.status).toBe(200);
    });

    it('marks the task overdue and queues a notification to the escalation role when the time passes', async () => {
      const { id } = await startCase();
      let view: Record<string, unknown> = {};
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        view = (await as(county.police, 'GET', `/api/instances/${id}`)).body;
        if ((view['activeStates'] as string[]).some((s) => s.endsWith('overdue'))) break;
        await sleep(200);
      }
      expect(view['activeStates']).toEqual(expect.arrayContaining([expect.stringMatching(/overdue$/)]));
      await sleep(1500);
      const notices = (await as(county.police, 'GET', '/api/notifications')).body as unknown as {
        instanceId: string;
        kind: string;
      }[];
      expect(notices.filter((n) => n.instanceId === id).map((n) => n.kind)).toContain('escalation');
      const tasks = (await as(county.centre, 'GET', '/api/tasks')).body as unknown as (Task & {
        instanceId: string;
        overdue: boolean;
      })[];
      expect(tasks.find((t) => t.instanceId === id)?.overdue).toBe(true);
    });

    it('cancels the reminder and the escalation when contact is made in time, and runs the case to its end', async () => {
      const { id, view } = await startCase();
      const contact = await as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' });
      expect(contact.status).toBe(201);
      // Every timer the referral armed is cancelled by the contact.
      const armed = (view['armed'] as Deadline[]).map((d) => (d as Deadline & { id: string }).id).sort();
      expect([...(contact.body['cancelled'] as string[])].sort()).toEqual(armed);
      const after = await as(county.police, 'GET', `/api/instances/${id}`);
      expect(
        (after.body['deadlines'] as Deadline[]).filter(
          (d) => d.kind !== 'deadline' || d.dueAt < new Date(Date.now() + 60_000).toISOString(),
        ),
      ).toEqual([]);
      await sleep(3000);
      const notices = (await as(county.police, 'GET', '/api/notifications')).body as unknown as {
        instanceId: string;
      }[];
      expect(notices.filter((n) => n.instanceId === id)).toEqual([]);
      for (const event of [
        { type: 'case.support.accepted', offered: ['crisisTalk', 'legalProcessSupport'] },
        { type: 'case.handover.made', handedOverTo: ['socialServices'] },
        { type: 'case.followUp.completed' },
      ]) {
        const reply = await as(county.centre, 'POST', `/api/instances/${id}/events`, event);
        expect({ event: event.type, status: reply.status }).toEqual({ event: event.type, status: 201 });
      }
      const done = await as(county.police, 'GET', `/api/instances/${id}`);
      expect(done.body['status']).toBe('done');
      expect(done.body['deadlines']).toEqual([]);
      expect((done.body['history'] as { type: string }[]).map((e) => e.type)).toEqual([
        'instance.started',
        'case.referral.made',
        'case.contact.made',
        'case.support.accepted',
        'case.handover.made',
        'case.followUp.completed',
      ]);
    });

    it('still escalates when Redis lost the case’s jobs: the reconciler puts them back', async () => {
      const { id } = await startCase();
      await deleteRedisPrefix(app.prefix);
      let states: string[] = [];
      const until = Date.now() + 15_000;
      while (Date.now() < until && !states.some((s) => s.endsWith('overdue'))) {
        states = (await as(county.police, 'GET', `/api/instances/${id}`)).body['activeStates'] as string[];
        await sleep(200);
      }
      expect(states).toEqual(expect.arrayContaining([expect.stringMatching(/overdue$/)]));
    });

    it('never applies two concurrent events against the same state', async () => {
      const { id } = await startCase();
      const replies = await Promise.all([
        as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' }),
        as(county.centre, 'POST', `/api/instances/${id}/events`, { type: 'case.contact.made' }),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      const history = (await as(county.police, 'GET', `/api/instances/${id}`)).body['history'] as { type: string }[];
      expect(history.filter((e) => e.type === 'case.contact.made')).toHaveLength(1);
      const [log] = (await app.samverkan.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM instance_event WHERE instance_id = $1', [id])) as { n: number }[];
      expect(log?.n).toBe(3);
    });
  });
});
