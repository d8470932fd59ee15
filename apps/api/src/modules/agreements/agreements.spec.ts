import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

const workspaceRoot = new URL('../../../../../', import.meta.url).pathname;
const seeds = [
  { key: 'jamtland-operation-norrsken', file: 'jamtland.json', strategist: 'strateg.jamtland' },
  {
    key: 'vasternorrland-stod-och-kompetenscentrum',
    file: 'vasternorrland.json',
    strategist: 'strateg.vasternorrland',
  },
  { key: 'norrbotten-samverkan-mot-vald', file: 'norrbotten.json', strategist: 'strateg.norrbotten' },
  { key: 'stockholm-nacka-vinr', file: 'stockholm-nacka.json', strategist: 'strateg.stockholm' },
];

// Agreements as resources against the real PostgreSQL: the seed counties, the version life
// cycle, who may write what, and every computed view.
describe('agreements through the API', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the four seed counties as published version 1', async () => {
    const list = await as('admin', 'GET', '/api/agreements');
    expect(list.status).toBe(200);
    const keys = (list.body as unknown as { key: string; publishedVersion: number }[]).map((a) => [
      a.key,
      a.publishedVersion,
    ]);
    expect(keys).toEqual(expect.arrayContaining(seeds.map((seed) => [seed.key, 1])));
  });

  it.each(seeds)('drafts, validates and publishes $key through the API', async ({ key, strategist }) => {
    const draft = await as(strategist, 'POST', `/api/agreements/${key}/versions`, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft' });
    const report = await as(strategist, 'POST', `/api/agreements/${key}/versions/2/validate`);
    expect(report.body).toEqual({ valid: true, problems: [] });
    const published = await as(strategist, 'POST', `/api/agreements/${key}/versions/2/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2, status: 'published', publishedBy: strategist });
    expect(String(published.body['contentHash'])).toMatch(/^sha256:[0-9a-f]{64}$/);
    const agreement = await as(strategist, 'GET', `/api/agreements/${key}`);
    expect((agreement.body['versions'] as { status: string }[]).map((v) => v.status)).toEqual([
      'superseded',
      'published',
    ]);
  });

  it.each(seeds)('answers every computed view of $key', async ({ key, strategist }) => {
    const version = await as(strategist, 'GET', `/api/agreements/${key}/versions/latest`);
    const content = version.body['content'] as {
      parties: { key: string }[];
      extends?: string;
      bodies?: { key: string }[];
    };
    const party = content.parties[0]?.key ?? '';
    const base = `/api/agreements/${key}/versions/latest`;
    for (const path of [
      `${base}/cost-split?year=2026`,
      `${base}/calendar?from=2026-01-01&to=2026-12-31`,
      `${base}/calendar?from=2026-01-01&to=2026-12-31&party=${party}`,
      `${base}/withdrawal?party=${party}&noticeDate=2026-03-15`,
      `${base}/term?date=2026-03-15`,
      `${base}/obligations?party=${party}&date=2026-03-15`,
      `${base}/diff?against=1`,
      ...(content.extends ? [`${base}/diff?against=template`] : []),
    ]) {
      const reply = await as(strategist, 'GET', path);
      expect({ path, status: reply.status }).toEqual({ path, status: 200 });
    }
    const document = await as(strategist, 'GET', `${base}/document`);
    expect(document.status).toBe(200);
    expect(document.type).toContain('text/html');
    expect(document.text).toContain('lang="sv"');
    expect(document.text).not.toContain('class="draft-banner"');
    expect(document.text).toContain('Underskrift');
    const ics = await as(strategist, 'GET', `${base}/calendar.ics?from=2026-01-01&to=2026-12-31&party=${party}`);
    expect(ics.status).toBe(200);
    expect(ics.type).toContain('text/calendar');
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('prints the Jämtland document to PDF', async () => {
    const reply = await fetch(
      `${app.samverkan.url}/api/agreements/jamtland-operation-norrsken/versions/latest/document.pdf`,
      {
        headers: { authorization: `Bearer ${await app.token('strateg.jamtland')}` },
      },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await reply.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('computes Jämtland’s exit at the year end after six months’ written notice', async () => {
    const reply = await as(
      'polis.nord',
      'GET',
      '/api/agreements/jamtland-operation-norrsken/versions/latest/withdrawal?party=polisen-region-nord&noticeDate=2026-07-01',
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'computed', inWriting: true, date: { effectiveOn: '2027-12-31' } });
  });

  it('refuses a draft with several errors, listing every offending path', async () => {
    const key = 'jamtland-operation-norrsken';
    await as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions`, {});
    const draft = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/3`);
    const content = structuredClone(draft.body['content']) as Record<string, unknown> & {
      parties: Record<string, unknown>[];
    };
    content['title'] = '';
    (content.parties[0] as Record<string, unknown>)['kind'] = 'church';
    content['term'] = { start: '2024-13-45', clause: '16' };
    const reply = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/3`, {
      content,
      rowVersion: draft.body['rowVersion'],
    });
    expect(reply.status).toBe(422);
    expect(reply.body['code']).toBe('AGREEMENT_INVALID');
    const paths = (reply.body['details'] as { problems: { path: string }[] }).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'parties.0.kind', 'term.start']));
    const unchanged = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/3`);
    expect(unchanged.body['rowVersion']).toBe(draft.body['rowVersion']);
  });

  it('keeps a published version immutable (409) and refuses a stale edit (409)', async () => {
    const key = 'jamtland-operation-norrsken';
    const published = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/2`);
    const edit = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/2`, {
      content: published.body['content'],
      rowVersion: published.body['rowVersion'],
    });
    expect(edit.status).toBe(409);
    expect(edit.body['code']).toBe('AGREEMENT_VERSION_PUBLISHED');
    const draft = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/3`);
    const stale = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/3`, {
      content: draft.body['content'],
      rowVersion: 99,
    });
    expect(stale.status).toBe(409);
    expect(stale.body['code']).toBe('AGREEMENT_VERSION_STALE');
    // An edit that names no row version could overwrite another's silently: refused.
    const blind = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/3`, {
      content: draft.body['content'],
    });
    expect(blind.status).toBe(422);
    expect((blind.body['details'] as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      'rowVersion',
    ]);
    const after = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/3`);
    expect(after.body['rowVersion']).toBe(draft.body['rowVersion']);
  });

  it('hides another county’s agreement from its strategist (404 on every write) and refuses them its county (403)', async () => {
    const key = 'jamtland-operation-norrsken';
    const draft = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/3`);
    for (const [method, path, body] of [
      [
        'PUT',
        `/api/agreements/${key}/versions/3`,
        { content: draft.body['content'], rowVersion: draft.body['rowVersion'] },
      ],
      ['POST', `/api/agreements/${key}/versions/3/publish`, undefined],
      ['POST', `/api/agreements/${key}/versions`, {}],
    ] as const) {
      const reply = await as('strateg.vasternorrland', method, path, body);
      expect({ path, status: reply.status, code: reply.body['code'] }).toEqual({
        path,
        status: 404,
        code: 'AGREEMENT_NOT_FOUND',
      });
    }
    const create = await as('strateg.vasternorrland', 'POST', '/api/agreements', {
      content: JSON.parse(readFileSync(`${workspaceRoot}config/agreements/jamtland.json`, 'utf8')) as unknown,
    });
    expect({ status: create.status, code: create.body['code'] }).toEqual({ status: 403, code: 'AGREEMENT_FORBIDDEN' });
  });

  it('lets a party member read its county’s published versions only', async () => {
    const mine = await as('polis.nord', 'GET', '/api/agreements');
    expect(mine.body as unknown as { key: string; draftVersion: number | null }[]).toEqual([
      expect.objectContaining({ key: 'jamtland-operation-norrsken', draftVersion: null }),
    ]);
    const versions = (await as('polis.nord', 'GET', '/api/agreements/jamtland-operation-norrsken')).body;
    expect(versions['draftVersion']).toBeNull();
    expect((versions['versions'] as { status: string }[]).map((v) => v.status)).not.toContain('draft');
    expect(
      (await as('strateg.jamtland', 'GET', '/api/agreements/jamtland-operation-norrsken')).body['draftVersion'],
    ).toBe(3);
    expect((await as('polis.nord', 'GET', '/api/agreements/jamtland-operation-norrsken/versions/latest')).status).toBe(
      200,
    );
    expect((await as('polis.nord', 'GET', '/api/agreements/jamtland-operation-norrsken/versions/3')).status).toBe(404);
    expect((await as('polis.nord', 'GET', '/api/agreements/norrbotten-samverkan-mot-vald')).status).toBe(404);
    expect((await as('polis.nord', 'POST', '/api/agreements/jamtland-operation-norrsken/versions', {})).status).toBe(
      403,
    );
  });

  it('records every write in the append-only audit log', async () => {
    const rows: { action: string }[] = await app.samverkan.app
      .get((await import('typeorm')).DataSource)
      .query(`SELECT action FROM audit_event ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['agreement.seeded', 'agreement.version.drafted', 'agreement.version.published']),
    );
    await expect(
      app.samverkan.app.get((await import('typeorm')).DataSource).query('DELETE FROM audit_event'),
    ).rejects.toThrow(/append-only/);
  });

  // Found by the draft property (property/agreement-drafts.property.spec.ts): TypeORM's change
  // detection called hasOwnProperty and valueOf on the content, so a key of that name failed with
  // a 500, or the edit answered 200 and moved the row version while the content stayed as it was.
  it('stores a draft exactly as sent, keys named like Object’s methods too', async () => {
    const key = 'vasternorrland-stod-och-kompetenscentrum';
    const draft = await as('strateg.vasternorrland', 'POST', `/api/agreements/${key}/versions`, {});
    expect(draft.status).toBe(201);
    const version = String(draft.body['version']);
    const content = draft.body['content'] as { routines: { parameters?: Record<string, unknown> }[] };
    let rowVersion = draft.body['rowVersion'];
    for (const name of ['valueOf', 'hasOwnProperty', 'toString']) {
      const [binding, ...others] = content.routines;
      const edited = {
        ...content,
        routines: [
          { ...binding, parameters: { ...binding?.parameters, [name]: { type: 'text', value: name } } },
          ...others,
        ],
      };
      const saved = await as('strateg.vasternorrland', 'PUT', `/api/agreements/${key}/versions/${version}`, {
        content: edited,
        rowVersion,
      });
      expect({ name, status: saved.status }).toEqual({ name, status: 200 });
      const stored = await as('strateg.vasternorrland', 'GET', `/api/agreements/${key}/versions/${version}`);
      expect({ name, content: stored.body['content'] }).toEqual({ name, content: edited });
      expect(stored.body['rowVersion']).toBe(saved.body['rowVersion']);
      rowVersion = stored.body['rowVersion'];
    }
  });
});
