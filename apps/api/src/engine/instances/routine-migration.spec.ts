import 'reflect-metadata';
import { rvcReferral } from '@samverkan/workflows';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

// A new version of a routine: new cases take it, running ones stay until an explicit, validated
// migration moves them, without extending their deadlines.
describe('routine versions and migration of running cases', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('redis');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('keeps running cases on their version, validates the mapping, and moves them without extending deadlines', async () => {
    const started = await as('polis.nord', 'POST', '/api/instances', {
      agreement: 'jamtland-operation-norrsken',
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun' },
    });
    const id = String(started.body['id']);
    const referred = await as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    const dueBefore = (referred.body['opened'] as { status: string; dueAt: string }[]).find(
      (t) => t.status === 'open',
    )?.dueAt;
    const timersBefore = (referred.body['armed'] as { kind: string; dueAt: string }[])
      .map((d) => `${d.kind}@${d.dueAt}`)
      .sort();

    expect((await as('strateg.jamtland', 'POST', '/api/routines', { ...rvcReferral, version: 2 })).status).toBe(403);
    const published = await as('admin', 'POST', '/api/routines', {
      ...rvcReferral,
      version: 2,
      title: `${rvcReferral.title} (v2)`,
    });
    expect(published.status).toBe(201);
    expect((await as('polis.nord', 'GET', `/api/instances/${id}`)).body['routine']).toBe('rvc-referral@1');
    const fresh = await as('polis.nord', 'POST', '/api/instances', {
      agreement: 'jamtland-operation-norrsken',
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun' },
    });
    expect(fresh.body['routine']).toBe('rvc-referral@2');

    const invalid = await as('admin', 'POST', '/api/routines/rvc-referral/migrations', {
      from: 1,
      to: 2,
      states: { ghost: 'closed', consentRequested: 'nowhere' },
    });
    expect(invalid.status).toBe(422);
    const codes = (invalid.body['details'] as { problems: { code: string }[] }).problems.map((p) => p.code).sort();
    expect(codes).toEqual(['unknownState', 'unknownTarget']);

    const dry = await as('admin', 'POST', '/api/routines/rvc-referral/migrations', {
      from: 1,
      to: 2,
      states: {},
      dryRun: true,
    });
    expect(dry.body).toMatchObject({ dryRun: true, instances: [expect.objectContaining({ id })] });
    expect((await as('polis.nord', 'GET', `/api/instances/${id}`)).body['routine']).toBe('rvc-referral@1');

    const moved = await as('admin', 'POST', '/api/routines/rvc-referral/migrations', { from: 1, to: 2, states: {} });
    expect(moved.status).toBe(200);
    const after = (await as('polis.nord', 'GET', `/api/instances/${id}`)).body;
    expect(after['routine']).toBe('rvc-referral@2');
    expect((after['tasks'] as { status: string; dueAt: string }[]).find((t) => t.status === 'open')?.dueAt).toBe(
      dueBefore,
    );
    expect((after['deadlines'] as { kind: string; dueAt: string }[]).map((d) => `${d.kind}@${d.dueAt}`).sort()).toEqual(
      timersBefore,
    );
    expect((after['history'] as { type: string }[]).at(-1)?.type).toBe('instance.migrated');
    const contact = await as('socialtjanst.ostersund', 'POST', `/api/instances/${id}/events`, {
      type: 'case.contact.made',
    });
    expect(contact.status).toBe(201);
  });
});
