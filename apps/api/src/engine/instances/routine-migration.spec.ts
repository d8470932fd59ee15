import 'reflect-metadata';
import { rvcReferral } from '@samverkan/workflows';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR } from '../../testing/test-clock.js';
import { inTargetGroup } from '../../testing/case-facts.js';

interface Task {
  status: string;
  dueAt: string;
}
interface Deadline {
  kind: string;
  dueAt: string;
}

const jamtland = {
  agreement: 'jamtland-operation-norrsken',
  routine: 'rvc',
  input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
};

// A new version of a routine: new cases take it, running ones stay until an explicit, validated
// migration moves them, without extending their deadlines. Each test publishes versions of its
// own (the app is shared): its case is the only one on its `from` version.
describe('routine versions and migration of running cases', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    // Time moves only by the test (app.advance / clock.move): a reconciler tick of its own between
    // a clock.move and the migration would fire the overdue reminder the test wants still pending.
    app = await startTestApp('redis', { RECONCILE_INTERVAL_MS: String(24 * HOUR) });
  });

  afterAll(async () => {
    await app?.close();
  });

  const latestVersion = async () => {
    const list = listOf<{ key: string; version: number }>(await as('admin', 'GET', '/api/routines'));
    return Math.max(...list.filter((r) => r.key === rvcReferral.key).map((r) => r.version));
  };

  const publish = async (version: number) => {
    const published = await as('admin', 'POST', '/api/routines', {
      ...rvcReferral,
      version,
      title: `${rvcReferral.title} (v${version})`,
    });
    expect(published.status).toBe(201);
  };

  const startCase = async () => {
    const started = await as('polis.nord', 'POST', '/api/instances', jamtland);
    expect(started.status).toBe(201);
    return started.body;
  };

  /** A case referred on a version published for it, then the next version published: `from` holds this case alone. */
  const caseOnOldVersion = async () => {
    const from = (await latestVersion()) + 1;
    await publish(from);
    const id = String((await startCase())['id']);
    const referred = await as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    expect(referred.status).toBe(201);
    await publish(from + 1);
    return { id, from, to: from + 1, referred: referred.body };
  };

  const migrate = (body: Record<string, unknown>) =>
    as('admin', 'POST', `/api/routines/${rvcReferral.key}/migrations`, body);
  const pendingTimers = async (id: string) =>
    ((await as('polis.nord', 'GET', `/api/instances/${id}`)).body['deadlines'] as Deadline[])
      .map((d) => `${d.kind}@${d.dueAt}`)
      .sort();

  const routineOf = async (id: string) => (await as('polis.nord', 'GET', `/api/instances/${id}`)).body['routine'];

  it('keeps a running case on its version when a newer one is published', async () => {
    const { id, from } = await caseOnOldVersion();
    expect(await routineOf(id)).toBe(`rvc-referral@${from}`);
  });

  it('starts new cases on the newest version', async () => {
    const { to } = await caseOnOldVersion();
    expect((await startCase())['routine']).toBe(`rvc-referral@${to}`);
  });

  it('lets only the admin publish a routine version', async () => {
    const next = (await latestVersion()) + 1;
    expect((await as('strateg.jamtland', 'POST', '/api/routines', { ...rvcReferral, version: next })).status).toBe(403);
    expect(await latestVersion()).toBe(next - 1);
  });

  it('refuses a mapping from or to states that do not exist, naming each problem', async () => {
    const { id, from, to } = await caseOnOldVersion();
    const invalid = await migrate({ from, to, states: { ghost: 'closed', consentRequested: 'nowhere' } });
    expect(invalid.status).toBe(422);
    const codes = (invalid.body['details'] as { problems: { code: string }[] }).problems.map((p) => p.code).sort();
    expect(codes).toEqual(['unknownState', 'unknownTarget']);
    expect(await routineOf(id)).toBe(`rvc-referral@${from}`);
  });

  it('lists in a dry run the cases a migration would move, and moves none', async () => {
    const { id, from, to } = await caseOnOldVersion();
    const dry = await migrate({ from, to, states: {}, dryRun: true });
    expect(dry.body).toMatchObject({ dryRun: true, instances: [expect.objectContaining({ id })] });
    expect(await routineOf(id)).toBe(`rvc-referral@${from}`);
  });

  it('moves a running case to the new version ten hours on, without extending its deadlines', async () => {
    const { id, to, from, referred } = await caseOnOldVersion();
    const dueBefore = (referred['opened'] as Task[]).find((t) => t.status === 'open')?.dueAt;
    const timersBefore = (referred['armed'] as Deadline[]).map((d) => `${d.kind}@${d.dueAt}`).sort();
    await app.advance(10 * HOUR);
    expect((await migrate({ from, to, states: {} })).status).toBe(200);
    const after = (await as('polis.nord', 'GET', `/api/instances/${id}`)).body;
    expect(after['routine']).toBe(`rvc-referral@${to}`);
    expect((after['tasks'] as Task[]).find((t) => t.status === 'open')?.dueAt).toBe(dueBefore);
    expect((after['deadlines'] as Deadline[]).map((d) => `${d.kind}@${d.dueAt}`).sort()).toEqual(timersBefore);
  });

  // Its states were entered when the referral was made, not when it was recorded (issue 11).
  it('keeps the deadlines of a referral recorded four hours late: they run from when it was made', async () => {
    const from = (await latestVersion()) + 1;
    await publish(from);
    const madeAt = new Date(app.clock.now().getTime() - 4 * HOUR).toISOString();
    const started = await as('polis.nord', 'POST', '/api/instances', { ...jamtland, occurredAt: madeAt });
    const id = String(started.body['id']);
    const referred = await as('polis.nord', 'POST', `/api/instances/${id}/events`, {
      type: 'case.referral.made',
      occurredAt: madeAt,
    });
    await publish(from + 1);
    const timersBefore = (referred.body['armed'] as Deadline[]).map((d) => `${d.kind}@${d.dueAt}`).sort();
    expect(timersBefore).toContain(`deadline@${new Date(Date.parse(madeAt) + 48 * HOUR).toISOString()}`);
    await app.advance(HOUR);
    expect((await migrate({ from, to: from + 1, states: {} })).status).toBe(200);
    expect(await pendingTimers(id)).toEqual(timersBefore);
  });

  it('writes the migration into the case’s history, at the time it ran', async () => {
    const { id, from, to } = await caseOnOldVersion();
    await app.advance(HOUR);
    expect((await migrate({ from, to, states: {} })).status).toBe(200);
    const history = (await as('polis.nord', 'GET', `/api/instances/${id}`)).body['history'] as {
      type: string;
      payload: unknown;
      at: string;
    }[];
    expect(history.at(-1)).toMatchObject({
      type: 'instance.migrated',
      payload: { from, to, states: {} },
      at: app.clock.now().toISOString(),
    });
  });

  it('lets a migrated case go on', async () => {
    const { id, from, to } = await caseOnOldVersion();
    expect((await migrate({ from, to, states: {} })).status).toBe(200);
    const contact = await as('socialtjanst.ostersund', 'POST', `/api/instances/${id}/events`, {
      type: 'case.contact.made',
    });
    expect(contact.status).toBe(201);
    expect(contact.body['routine']).toBe(`rvc-referral@${to}`);
  });

  it('fires no timer twice: one that fired before the migration is not armed again', async () => {
    const { id, from, to } = await caseOnOldVersion();
    await app.advance(37 * HOUR); // the reminder at 36 h fires
    const reminders = async () =>
      listOf<{ instanceId: string; kind: string }>(
        await as('socialtjanst.ostersund', 'GET', '/api/notifications'),
      ).filter((n) => n.instanceId === id && n.kind === 'reminder').length;
    expect(await reminders()).toBe(1);
    const before = await pendingTimers(id);
    expect((await migrate({ from, to, states: {} })).status).toBe(200);
    expect(await pendingTimers(id)).toEqual(before);
    await app.advance(1);
    expect(await reminders()).toBe(1);
  });

  it('keeps a timer that fell due but had not fired yet: it is armed again and fires', async () => {
    const { id, from, to } = await caseOnOldVersion();
    app.clock.move(37 * HOUR); // past the 36-hour reminder, which no worker has fired yet
    const before = await pendingTimers(id);
    expect(
      before.some((timer) => timer.startsWith('reminder@') && Date.parse(timer.slice(9)) < app.clock.now().getTime()),
    ).toBe(true);
    expect((await migrate({ from, to, states: {} })).status).toBe(200);
    expect(await pendingTimers(id)).toEqual(before);
  });
});
