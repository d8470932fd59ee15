import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';

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

type Seed = (typeof seeds)[number];
type Content = Record<string, unknown>;

const seedContent = (seed: Seed) =>
  JSON.parse(readFileSync(`${workspaceRoot}config/agreements/${seed.file}`, 'utf8')) as Content;

const jamtland = seeds[0] as Seed;
const vasternorrland = seeds[1] as Seed;

// Agreements as resources against the real PostgreSQL: the seed counties, the version life
// cycle, who may write what, and every computed view. Tests that only read use the seeds as
// seeded; a test that writes works on an agreement of its own (a seed's content under a key of
// its own, version 1 published), so each runs alone and in any order.
describe('agreements through the API', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);
  let copies = 0;

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  /** An agreement of the test's own: the seed's content under a fresh key, version 1 published. */
  const ownAgreement = async (seed: Seed): Promise<string> => {
    copies += 1;
    const key = `${seed.key}-test-${copies}`;
    const created = await as(seed.strategist, 'POST', '/api/agreements', { content: { ...seedContent(seed), key } });
    expect(created.status).toBe(201);
    await confirmDefaults(as, seed.strategist, key, 1);
    const published = await as(seed.strategist, 'POST', `/api/agreements/${key}/versions/1/publish`);
    expect(published.status).toBe(200);
    return key;
  };

  /** A new draft of the agreement (version 2 of an own agreement), as its strategist got it. */
  const newDraft = async (seed: Seed, key: string) => {
    const draft = await as(seed.strategist, 'POST', `/api/agreements/${key}/versions`, {});
    expect(draft.status).toBe(201);
    return {
      version: Number(draft.body['version']),
      content: draft.body['content'] as Content,
      rowVersion: Number(draft.body['rowVersion']),
    };
  };

  it('loads the four seed counties as published version 1', async () => {
    const list = await as('admin', 'GET', '/api/agreements');
    expect(list.status).toBe(200);
    const keys = (list.body as unknown as { key: string; publishedVersion: number }[]).map((a) => [
      a.key,
      a.publishedVersion,
    ]);
    expect(keys).toEqual(expect.arrayContaining(seeds.map((seed) => [seed.key, 1])));
  });

  it.each(seeds)('drafts, validates and publishes the content of $key through the API', async (seed) => {
    const key = await ownAgreement(seed);
    const draft = await as(seed.strategist, 'POST', `/api/agreements/${key}/versions`, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft' });
    const report = await as(seed.strategist, 'POST', `/api/agreements/${key}/versions/2/validate`);
    expect(report.body).toEqual({ valid: true, problems: [] });
    await confirmDefaults(as, seed.strategist, key, 2);
    const published = await as(seed.strategist, 'POST', `/api/agreements/${key}/versions/2/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2, status: 'published', publishedBy: seed.strategist });
    expect(String(published.body['contentHash'])).toMatch(/^sha256:[0-9a-f]{64}$/);
    const agreement = await as(seed.strategist, 'GET', `/api/agreements/${key}`);
    expect((agreement.body['versions'] as { status: string }[]).map((v) => v.status)).toEqual([
      'superseded',
      'published',
    ]);
  });

  it('stamps a publication with the business time it happened at', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    app.clock.set('2027-01-15T09:30:00Z');
    await confirmDefaults(as, jamtland.strategist, key, draft.version);
    const published = await as(jamtland.strategist, 'POST', `/api/agreements/${key}/versions/${draft.version}/publish`);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: '2027-01-15T09:30:00.000Z' });
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

  it('says where Jämtland’s consultations meet, in the calendar and its .ics, and how its first year is counted', async () => {
    const base = '/api/agreements/jamtland-operation-norrsken/versions/latest';
    const march = await as(
      'strateg.jamtland',
      'GET',
      `${base}/calendar?from=2023-03-01&to=2023-03-31&body=samradsgrupp`,
    );
    expect(march.status).toBe(200);
    const meetings = (march.body['entries'] as { kind: string; location?: string }[]).filter(
      (e) => e.kind === 'meeting',
    );
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((meeting) => meeting.location === 'Östersund')).toBe(true);
    const ics = await as(
      'strateg.jamtland',
      'GET',
      `${base}/calendar.ics?from=2023-03-01&to=2023-03-31&body=samradsgrupp`,
    );
    expect(ics.text.match(/^LOCATION:.*$/gm)).toEqual(meetings.map(() => 'LOCATION:Östersund'));
    const year = await as('strateg.jamtland', 'GET', `${base}/calendar?from=2023-01-01&to=2023-12-31&body=styrgrupp`);
    expect(year.body['entries']).toEqual([
      expect.objectContaining({
        kind: 'meetingsToSchedule',
        date: '2023-03-01',
        meetingsToSchedule: expect.objectContaining({
          min: 4,
          max: 4,
          reading: expect.objectContaining({ kind: 'proRataRoundedUp', daysInForce: 306, daysInPeriod: 365 }),
        }),
      }),
    ]);
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

  it('splits Västernorrland’s first project year between the municipalities after the state grant (seed 003 § 6.1)', async () => {
    const base = '/api/agreements/vasternorrland-stod-och-kompetenscentrum/versions/latest';
    const reply = await as('strateg.vasternorrland', 'GET', `${base}/cost-split?year=2017`);
    expect(reply.status).toBe(200);
    type Share = { partyKey: string; amountOre: number; basis: { count?: number } };
    const funded = reply.body['funded'] as {
      label: string;
      status: string;
      grossOre: number;
      netOre: number;
      funding: { key: string; amountOre: number }[];
      outcome: { shares: Share[] };
    }[];
    const kommun = funded.find((group) => group.label === 'Totalt, kommun');
    expect(kommun).toMatchObject({
      status: 'computed',
      grossOre: 2_150_000_00,
      funding: [{ key: 'socialstyrelsen-kommunerna-2017', amountOre: 1_231_868_00 }],
      netOre: 918_132_00,
    });
    const shares = kommun?.outcome.shares ?? [];
    expect(shares).toHaveLength(7);
    expect(shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(918_132_00);
    const people = shares.reduce((sum, share) => sum + (share.basis.count ?? 0), 0);
    for (const share of shares) {
      const exact = (918_132_00 * (share.basis.count ?? 0)) / people;
      expect({ party: share.partyKey, withinOneOre: Math.abs(share.amountOre - exact) < 1 }).toEqual({
        party: share.partyKey,
        withinOneOre: true,
      });
    }
    const document = await as('strateg.vasternorrland', 'GET', `${base}/document`);
    expect(document.text).toContain('Överenskommelsen har 10 parter.');
    expect(document.text.match(/<section class="signature-page"/g)).toHaveLength(10);
    expect(document.text).toContain('Kostnad och finansiering 2017');
    expect(document.text).toContain('918\u00a0132\u00a0kr');
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

  it('refuses a draft with several errors, listing every offending path, and keeps it as it was', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    const content = structuredClone(draft.content) as Content & { parties: Content[] };
    content['title'] = '';
    (content.parties[0] as Content)['kind'] = 'church';
    content['term'] = { start: '2024-13-45', clause: '16' };
    const reply = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/${draft.version}`, {
      content,
      rowVersion: draft.rowVersion,
    });
    expect(reply.status).toBe(422);
    expect(reply.body['code']).toBe('AGREEMENT_INVALID');
    const paths = (reply.body['details'] as { problems: { path: string }[] }).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'parties.0.kind', 'term.start']));
    const unchanged = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/${draft.version}`);
    expect(unchanged.body['rowVersion']).toBe(draft.rowVersion);
  });

  it('keeps a published version immutable (409)', async () => {
    const key = await ownAgreement(jamtland);
    const published = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/1`);
    const edit = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/1`, {
      content: published.body['content'],
      rowVersion: published.body['rowVersion'],
    });
    expect(edit.status).toBe(409);
    expect(edit.body['code']).toBe('AGREEMENT_VERSION_PUBLISHED');
  });

  it('refuses a stale edit of a draft (409), leaving it as it was', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    const stale = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/${draft.version}`, {
      content: draft.content,
      rowVersion: 99,
    });
    expect(stale.status).toBe(409);
    expect(stale.body['code']).toBe('AGREEMENT_VERSION_STALE');
    const after = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/${draft.version}`);
    expect(after.body['rowVersion']).toBe(draft.rowVersion);
  });

  // An edit that names no row version could overwrite another's silently.
  it('refuses an edit of a draft that names no row version (422), leaving it as it was', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    const blind = await as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/${draft.version}`, {
      content: draft.content,
    });
    expect(blind.status).toBe(422);
    expect((blind.body['details'] as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      'rowVersion',
    ]);
    const after = await as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/${draft.version}`);
    expect(after.body['rowVersion']).toBe(draft.rowVersion);
  });

  it('hides another county’s agreement from its strategist: 404 on every write', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    for (const [method, path, body] of [
      [
        'PUT',
        `/api/agreements/${key}/versions/${draft.version}`,
        { content: draft.content, rowVersion: draft.rowVersion },
      ],
      ['POST', `/api/agreements/${key}/versions/${draft.version}/publish`, undefined],
      ['POST', `/api/agreements/${key}/versions`, {}],
    ] as const) {
      const reply = await as('strateg.vasternorrland', method, path, body);
      expect({ path, status: reply.status, code: reply.body['code'] }).toEqual({
        path,
        status: 404,
        code: 'AGREEMENT_NOT_FOUND',
      });
    }
  });

  it('refuses a strategist an agreement of another county (403)', async () => {
    const create = await as('strateg.vasternorrland', 'POST', '/api/agreements', {
      content: { ...seedContent(jamtland), key: 'jamtland-from-vasternorrland' },
    });
    expect({ status: create.status, code: create.body['code'] }).toEqual({ status: 403, code: 'AGREEMENT_FORBIDDEN' });
  });

  it('lets a party member read its county’s published versions only', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    const mine = listOf<{ key: string; countyCode: string; draftVersion: number | null }>(
      await as('polis.nord', 'GET', '/api/agreements'),
    );
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ key, draftVersion: null })]));
    expect(mine.filter((a) => a.countyCode !== '23')).toEqual([]);
    const versions = (await as('polis.nord', 'GET', `/api/agreements/${key}`)).body;
    expect(versions['draftVersion']).toBeNull();
    expect((versions['versions'] as { status: string }[]).map((v) => v.status)).toEqual(['published']);
    expect((await as('strateg.jamtland', 'GET', `/api/agreements/${key}`)).body['draftVersion']).toBe(draft.version);
    expect((await as('polis.nord', 'GET', `/api/agreements/${key}/versions/latest`)).status).toBe(200);
    expect((await as('polis.nord', 'GET', `/api/agreements/${key}/versions/${draft.version}`)).status).toBe(404);
    expect((await as('polis.nord', 'GET', '/api/agreements/norrbotten-samverkan-mot-vald')).status).toBe(404);
  });

  it('refuses a party member a draft of its county’s agreement (403)', async () => {
    const key = await ownAgreement(jamtland);
    expect((await as('polis.nord', 'POST', `/api/agreements/${key}/versions`, {})).status).toBe(403);
  });

  it('records every write in the audit log', async () => {
    const key = await ownAgreement(jamtland);
    const draft = await newDraft(jamtland, key);
    await confirmDefaults(as, 'strateg.jamtland', key, draft.version);
    await as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions/${draft.version}/publish`);
    const id = (await as('strateg.jamtland', 'GET', `/api/agreements/${key}`)).body['id'];
    const rows: { action: string }[] = await app.samverkan.app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [id]);
    // Version 2 keeps version 1's confirmations: its defaults are unchanged, nothing to confirm again.
    expect(rows.map((r) => r.action)).toEqual([
      'agreement.created',
      'agreement.version.defaults-confirmed',
      'agreement.version.published',
      'agreement.version.drafted',
      'agreement.version.published',
    ]);
  });

  it('keeps the audit log append-only', async () => {
    const db = app.samverkan.app.get(DataSource);
    const seeded: { action: string }[] = await db.query(
      `SELECT action FROM audit_event WHERE action = 'agreement.seeded'`,
    );
    expect(seeded.length).toBeGreaterThan(0);
    await expect(db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  // Found by the draft property (property/agreement-drafts.property.spec.ts): TypeORM's change
  // detection called hasOwnProperty and valueOf on the content, so a key of that name failed with
  // a 500, or the edit answered 200 and moved the row version while the content stayed as it was.
  it('stores a draft exactly as sent, keys named like Object’s methods too', async () => {
    const key = await ownAgreement(vasternorrland);
    const draft = await newDraft(vasternorrland, key);
    const content = draft.content as { routines: { parameters?: Record<string, unknown> }[] };
    let rowVersion = draft.rowVersion;
    for (const name of ['valueOf', 'hasOwnProperty', 'toString']) {
      const [binding, ...others] = content.routines;
      const edited = {
        ...content,
        routines: [
          { ...binding, parameters: { ...binding?.parameters, [name]: { type: 'text', value: name } } },
          ...others,
        ],
      };
      const saved = await as('strateg.vasternorrland', 'PUT', `/api/agreements/${key}/versions/${draft.version}`, {
        content: edited,
        rowVersion,
      });
      expect({ name, status: saved.status }).toEqual({ name, status: 200 });
      const stored = await as('strateg.vasternorrland', 'GET', `/api/agreements/${key}/versions/${draft.version}`);
      expect({ name, content: stored.body['content'] }).toEqual({ name, content: edited });
      expect(stored.body['rowVersion']).toBe(saved.body['rowVersion']);
      rowVersion = Number(stored.body['rowVersion']);
    }
  });
});
