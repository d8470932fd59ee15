import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inTargetGroup } from '../../testing/case-facts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

// Who works in cases (docs/security.md): coordinators and members of an organisation playing a
// role in the case; the admin reads every case and acts in none; strategists work in none.
describe('case access', () => {
  let app: TestApp;
  const agreement = 'jamtland-operation-norrsken';
  const rvc = (input: Record<string, unknown>) => ({
    agreement,
    routine: 'rvc',
    input: { ...input, ...inTargetGroup.jamtland },
  });
  const instances = async (): Promise<number> => {
    const rows: { count: string }[] = await app.samverkan.app.get(DataSource).query('SELECT count(*) FROM instance');
    return Number(rows[0]?.count);
  };

  beforeAll(async () => {
    app = await startTestApp('postgres');
    await app.addUser({ username: 'socialtjanst.krokom', party: 'krokoms-kommun', roles: ['member'] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a municipality starting a case for another home municipality, writing nothing', async () => {
    const before = await instances();
    const reply = await app.as(
      'socialtjanst.krokom',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    expect({ status: reply.status, code: reply.body['code'] }).toEqual({ status: 403, code: 'INSTANCE_FORBIDDEN' });
    expect(await instances()).toBe(before);
  });

  it('lets the home municipality start the case it then reads', async () => {
    const reply = await app.as(
      'socialtjanst.krokom',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'krokoms-kommun' }),
    );
    expect(reply.status).toBe(201);
    expect((await app.as('socialtjanst.krokom', 'GET', `/api/instances/${String(reply.body['id'])}`)).status).toBe(200);
  });

  it('lets the admin read a case but neither start one nor act in it', async () => {
    const started = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    const id = String(started.body['id']);
    expect((await app.as('admin', 'GET', `/api/instances/${id}`)).status).toBe(200);
    const event = await app.as('admin', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    expect({ status: event.status, code: event.body['code'] }).toEqual({ status: 403, code: 'CASE_ROLE_REQUIRED' });
    const start = await app.as('admin', 'POST', '/api/instances', rvc({ homeMunicipality: 'ostersunds-kommun' }));
    expect({ status: start.status, code: start.body['code'] }).toEqual({ status: 403, code: 'CASE_ROLE_REQUIRED' });
  });

  it('keeps a strategist out of case work: no start, no case, no task list', async () => {
    const started = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    const id = String(started.body['id']);
    const start = await app.as(
      'strateg.jamtland',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    expect({ status: start.status, code: start.body['code'] }).toEqual({ status: 403, code: 'CASE_ROLE_REQUIRED' });
    expect((await app.as('strateg.jamtland', 'GET', `/api/instances/${id}`)).status).toBe(404);
    expect((await app.as('strateg.jamtland', 'GET', '/api/tasks')).status).toBe(403);
    expect((await app.as('strateg.jamtland', 'GET', '/api/notifications')).status).toBe(403);
  });

  it('answers 404 to an organisation without a role in the case, 403 to one that may read but not send', async () => {
    const started = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    const id = String(started.body['id']);
    const stranger = await app.as('socialtjanst.krokom', 'POST', `/api/instances/${id}/events`, {
      type: 'case.referral.made',
    });
    expect({ status: stranger.status, code: stranger.body['code'] }).toEqual({
      status: 404,
      code: 'INSTANCE_NOT_FOUND',
    });
    const centre = await app.as('socialtjanst.ostersund', 'POST', `/api/instances/${id}/events`, {
      type: 'case.referral.made',
    });
    expect({ status: centre.status, code: centre.body['code'] }).toEqual({ status: 403, code: 'INSTANCE_FORBIDDEN' });
  });

  it('makes a start with an Idempotency-Key idempotent: the same start again, even at once, is the same case', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const body = rvc({ homeMunicipality: 'ostersunds-kommun' });
    const before = await instances();
    const replies = await Promise.all([1, 2, 3].map(() => app.as('polis.nord', 'POST', '/api/instances', body, key)));
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201]);
    expect(new Set(replies.map((reply) => reply.body['id'])).size).toBe(1);
    const again = await app.as('polis.nord', 'POST', '/api/instances', body, key);
    expect(again.body['id']).toBe(replies[0]?.body['id']);
    expect(await instances()).toBe(before + 1);
  });

  it('refuses an Idempotency-Key used for another start (409), leaving that case as it was', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const first = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
      key,
    );
    expect(first.status).toBe(201);
    const other = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'krokoms-kommun' }),
      key,
    );
    expect({ status: other.status, code: other.body['code'] }).toEqual({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    const view = await app.as('polis.nord', 'GET', `/api/instances/${String(first.body['id'])}`);
    expect(view.body['history']).toHaveLength(1);
    const bad = await app.as('polis.nord', 'POST', '/api/instances', rvc({ homeMunicipality: 'ostersunds-kommun' }), {
      'idempotency-key': 'Anna Andersson',
    });
    expect({ status: bad.status, path: JSON.stringify(bad.body['details']) }).toEqual({
      status: 422,
      path: expect.stringContaining('Idempotency-Key'),
    });
  });

  it('generates every case reference: a caller cannot choose one (422), so none can carry a name', async () => {
    const reply = await app.as('polis.nord', 'POST', '/api/instances', {
      ...rvc({ homeMunicipality: 'ostersunds-kommun' }),
      caseRef: 'Anna-Andersson',
    });
    expect(reply.status).toBe(422);
    const started = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      rvc({ homeMunicipality: 'ostersunds-kommun' }),
    );
    expect(started.body['caseRef']).toMatch(/^RVC-\d{4}-[A-HJ-NP-Z]{6}$/);
  });

  it('answers 404 to case ids that cannot exist', async () => {
    for (const id of ['x', '1', '00000000-0000-0000-0000-000000000000', 'a'.repeat(300)]) {
      expect((await app.as('polis.nord', 'GET', `/api/instances/${id}`)).status).toBe(404);
      expect(
        (await app.as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' })).status,
      ).toBe(404);
    }
  });
});
