import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';
import { contentHash } from '../../platform/hash/content-hash.js';

const workspaceRoot = new URL('../../../../../', import.meta.url).pathname;
type Json = Record<string, unknown> & { content: Record<string, unknown> };
const readJson = (file: string) => JSON.parse(readFileSync(`${workspaceRoot}config/${file}`, 'utf8')) as Json;

/** samverkan-base@2: the leadership's mandate, a new commitment, three months' notice, no confidentiality clause. */
function secondBase(): Json {
  const next = readJson('templates/samverkan-base@1.json');
  next['version'] = 2;
  const content = next.content as {
    bodies: { key: string; mandate?: string }[];
    commitments: unknown[];
    withdrawal: Record<string, unknown>;
    confidentiality?: unknown;
  };
  const leadership = content.bodies.find((b) => b.key === 'ledningsgrupp');
  if (leadership) leadership.mandate = 'Följer och leder samverkan i länet.';
  content.commitments.push({
    key: 'samordnare-utbildning',
    by: ['samordnare'],
    text: 'Erbjuda parterna utbildning.',
    kind: 'standing',
    clause: '11',
  });
  content.withdrawal['noticePeriod'] = 'P3M';
  delete content.confidentiality;
  return next;
}

// A county whose template gets a new version, and the admin's publishing of a county's agreement
// as a template, against the real PostgreSQL.
describe('templates: updates a county takes or leaves, and counties published as templates', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);
  const strategist = 'strateg.jamtland';
  const key = 'jamtland-mallbyte';

  beforeAll(async () => {
    app = await startTestApp('postgres');
    const created = await as(strategist, 'POST', '/api/agreements', {
      content: { ...readJson('agreements/jamtland.json'), key },
    });
    expect(created.status).toBe(201);
    await confirmDefaults(as, strategist, key, 1);
    expect((await as(strategist, 'POST', `/api/agreements/${key}/versions/1/publish`)).status).toBe(200);
    const template = secondBase();
    await app.samverkan.app
      .get(DataSource)
      .query(
        `INSERT INTO template (key, version, kind, name, content, content_hash) VALUES ($1, $2, 'agreement', $3, $4, $5)`,
        [template['key'], 2, template['name'], JSON.stringify(template), contentHash(template)],
      );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists each change of the newer template in words, marking those the county’s own value shadows', async () => {
    const view = await as(strategist, 'GET', `/api/agreements/${key}/template-update`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ agreement: key, basedOn: 1, from: 'samverkan-base@1', to: 'samverkan-base@2' });
    const changes = view.body['changes'] as { path: string; ownValue: boolean; text: string }[];
    expect(changes.map((c) => [c.path, c.ownValue])).toEqual([
      ['bodies[ledningsgrupp].mandate', false],
      ['commitments[samordnare-utbildning]', false],
      ['withdrawal.noticePeriod', false],
      ['confidentiality', false],
    ]);
    expect(changes.map((c) => c.text)).toContain(
      'Uppsägningsregler: uppsägningstid ändrad från 6 månader till 3 månader',
    );
  });

  it('hides the update from a strategist of another county (404) and refuses the admin’s taking (403)', async () => {
    for (const method of ['GET', 'POST']) {
      const body = method === 'POST' ? { to: 'samverkan-base@2', take: [] } : undefined;
      const reply = await as('strateg.vasternorrland', method, `/api/agreements/${key}/template-update`, body);
      expect([method, reply.status, reply.body['code']]).toEqual([method, 404, 'AGREEMENT_NOT_FOUND']);
    }
    expect((await as('admin', 'GET', `/api/agreements/${key}/template-update`)).status).toBe(200);
    const byAdmin = await as('admin', 'POST', `/api/agreements/${key}/template-update`, {
      to: 'samverkan-base@2',
      take: [],
    });
    expect([byAdmin.status, byAdmin.body['code']]).toEqual([403, 'AGREEMENT_FORBIDDEN']);
  });

  it('refuses a change that is not one, an older template and a malformed body, storing nothing', async () => {
    const notAChange = await as(strategist, 'POST', `/api/agreements/${key}/template-update`, {
      to: 'samverkan-base@2',
      take: ['parties[nagon]'],
    });
    expect(notAChange.status).toBe(422);
    expect(notAChange.body['details']).toMatchObject({ problems: [{ path: 'take.0', code: 'notAChange' }] });
    const older = await as(strategist, 'POST', `/api/agreements/${key}/template-update`, {
      to: 'samverkan-base@1',
      take: [],
    });
    expect(older.body['details']).toMatchObject({ problems: [{ path: 'to', code: 'notANewerVersion' }] });
    const malformed = await as(strategist, 'POST', `/api/agreements/${key}/template-update`, { take: 'alla' });
    expect([malformed.status, malformed.body['code']]).toEqual([422, 'VALIDATION_FAILED']);
    const agreement = await as(strategist, 'GET', `/api/agreements/${key}`);
    expect(agreement.body['draftVersion']).toBeNull();
  });

  it('takes one change and leaves the others: the new draft differs from the published version by exactly that one', async () => {
    const taken = await as(strategist, 'POST', `/api/agreements/${key}/template-update`, {
      to: 'samverkan-base@2',
      take: ['withdrawal.noticePeriod'],
    });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ version: 2, status: 'draft' });
    const diff = await as(strategist, 'GET', `/api/agreements/${key}/versions/2/diff?against=1`);
    expect(diff.status).toBe(200);
    const changes = diff.body['changes'] as { path: string; text: string }[];
    expect(changes.map((c) => c.path)).toEqual(['extends', 'withdrawal.noticePeriod']);
    const again = await as(strategist, 'POST', `/api/agreements/${key}/template-update`, {
      to: 'samverkan-base@2',
      take: [],
    });
    expect([again.status, again.body['code']]).toEqual([409, 'AGREEMENT_DRAFT_EXISTS']);
  });

  it('lets only the admin publish a county’s published agreement as a template, without the county’s own record', async () => {
    const body = {
      agreement: key,
      key: 'norrsken-mall',
      name: 'Operation Norrsken som mall',
      description: 'Jämtlands avtal.',
    };
    const byStrategist = await as(strategist, 'POST', '/api/templates', body);
    expect([byStrategist.status, byStrategist.body['code']]).toEqual([403, 'TEMPLATE_FORBIDDEN']);
    const published = await as('admin', 'POST', '/api/templates', body);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      template: { ref: 'norrsken-mall@1', kind: 'agreement' },
      agreement: key,
      version: 1,
    });
    expect(published.body['left']).toEqual(expect.arrayContaining(['Avtalets datum (2024-08-29)']));
    const template = await as(strategist, 'GET', '/api/templates/norrsken-mall@1');
    const content = template.body['content'] as Record<string, unknown>;
    for (const field of ['key', 'county', 'date', 'sources', 'signing', 'extends'])
      expect(content).not.toHaveProperty(field);
    expect(content['parties']).toHaveLength(10);
    const next = await as('admin', 'POST', '/api/templates', body);
    expect(next.body).toMatchObject({ template: { ref: 'norrsken-mall@2' } });
  });

  it('refuses an agreement with no published version, and a key that is not one', async () => {
    const draftOnly = await as(strategist, 'POST', '/api/agreements', {
      content: { ...readJson('agreements/jamtland.json'), key: 'jamtland-bara-utkast' },
    });
    expect(draftOnly.status).toBe(201);
    const body = { agreement: 'jamtland-bara-utkast', key: 'utkast-mall', name: 'Mall', description: 'Ett utkast.' };
    const unpublished = await as('admin', 'POST', '/api/templates', body);
    expect([unpublished.status, unpublished.body['code']]).toEqual([409, 'AGREEMENT_VERSION_NOT_PUBLISHED']);
    const badKey = await as('admin', 'POST', '/api/templates', { ...body, agreement: key, key: 'Inte En Nyckel' });
    expect(badKey.status).toBe(422);
    expect(badKey.body['details']).toMatchObject({ problems: [{ path: 'key' }] });
  });
});
