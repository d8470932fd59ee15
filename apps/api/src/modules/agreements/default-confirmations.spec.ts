import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

const workspaceRoot = new URL('../../../../../', import.meta.url).pathname;
const jamtland = JSON.parse(readFileSync(`${workspaceRoot}config/agreements/jamtland.json`, 'utf8')) as Record<
  string,
  unknown
>;
const STRATEGIST = 'strateg.jamtland';

interface Parameter {
  name: string;
  source: { kind: string };
  toConfirm: boolean;
  confirmation: { confirmedBy: string; confirmedByName: string; confirmedAt: string; value: unknown } | null;
}
interface Timers {
  routines: { binding: string; parameters: Parameter[] }[];
  unconfirmed: string[];
}

const parameter = (timers: Timers, routine: string, name: string): Parameter | undefined =>
  timers.routines.find((r) => r.binding === routine)?.parameters.find((p) => p.name === name);

// Issue 12: the values a county's routines take from the template or the product are confirmed
// by its strategist before publishing, and the published version records who confirmed what.
describe('defaults to confirm before publishing', () => {
  let app: TestApp;
  let copies = 0;

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A draft of Jämtland's content under a key of the test's own (version 1). */
  const ownDraft = async (): Promise<{ key: string; base: string; rowVersion: number }> => {
    copies += 1;
    const key = `jamtland-defaults-${copies}`;
    const created = await app.as(STRATEGIST, 'POST', '/api/agreements', { content: { ...jamtland, key } });
    expect(created.status).toBe(201);
    return { key, base: `/api/agreements/${key}/versions/1`, rowVersion: Number(created.body['rowVersion']) };
  };
  const timersOf = async (base: string): Promise<Timers> => {
    const reply = await app.as(STRATEGIST, 'GET', `${base}/timers`);
    expect(reply.status).toBe(200);
    return reply.body as unknown as Timers;
  };

  it('lists the template’s and the product’s values as unconfirmed, the text’s not', async () => {
    const { base } = await ownDraft();
    const timers = await timersOf(base);
    // The RVC's 48 hours come from the template (seed 003 3.1), its reminder from the product.
    expect(timers.unconfirmed).toEqual(
      expect.arrayContaining(['routines.rvc.parameters.contactWithin', 'routines.rvc.parameters.contactReminderBefore']),
    );
    expect(parameter(timers, 'rvc', 'contactWithin')).toMatchObject({ toConfirm: true, confirmation: null });
    // The notice period cites § 17: the county's own text, nothing to confirm.
    expect(parameter(timers, 'livscykel', 'noticePeriod')).toMatchObject({
      source: { kind: 'agreement' },
      toConfirm: false,
    });
    expect(timers.unconfirmed).not.toContain('routines.livscykel.parameters.noticePeriod');
  });

  it('refuses to publish while a default is unconfirmed (422, each listed), leaving the draft as it was', async () => {
    const { base } = await ownDraft();
    const refused = await app.as(STRATEGIST, 'POST', `${base}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('AGREEMENT_DEFAULTS_UNCONFIRMED');
    const listed = (refused.body['details'] as { unconfirmed: { path: string; sourceText: string }[] }).unconfirmed;
    expect(listed.map((item) => item.path)).toEqual((await timersOf(base)).unconfirmed);
    expect(listed.find((item) => item.path === 'routines.rvc.parameters.contactWithin')?.sourceText).toMatch(
      /rutinmallen rvc-referral@1/,
    );
    const stored = await app.as(STRATEGIST, 'GET', base);
    expect(stored.body).toMatchObject({ status: 'draft', rowVersion: 1 });
  });

  it('records who confirmed what, and publishes once all are confirmed', async () => {
    const { key, base, rowVersion } = await ownDraft();
    const { unconfirmed } = await timersOf(base);
    const half = unconfirmed.slice(0, 1);
    const first = await app.as(STRATEGIST, 'POST', `${base}/default-confirmations`, { confirm: half, rowVersion });
    expect(first.status).toBe(200);
    expect(first.body['rowVersion']).toBe(rowVersion + 1);
    expect((await timersOf(base)).unconfirmed).toEqual(unconfirmed.slice(1));
    expect((await app.as(STRATEGIST, 'POST', `${base}/publish`)).status).toBe(422);

    const rest = await app.as(STRATEGIST, 'POST', `${base}/default-confirmations`, {
      confirm: unconfirmed.slice(1),
      rowVersion: first.body['rowVersion'],
    });
    expect(rest.status).toBe(200);
    const published = await app.as(STRATEGIST, 'POST', `${base}/publish`);
    expect(published.status).toBe(200);

    const timers = await timersOf(`/api/agreements/${key}/versions/1`);
    expect(timers.unconfirmed).toEqual([]);
    expect(parameter(timers, 'rvc', 'contactWithin')?.confirmation).toMatchObject({
      value: 'PT48H',
      confirmedBy: STRATEGIST,
      confirmedByName: 'Länsstrateg Jämtland',
      confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('needs no confirmation of a value the county sets itself, and none holds once a confirmed value changes', async () => {
    const { base, rowVersion } = await ownDraft();
    const confirmed = await app.as(STRATEGIST, 'POST', `${base}/default-confirmations`, {
      confirm: ['routines.rvc.parameters.contactWithin'],
      rowVersion,
    });
    expect(confirmed.status).toBe(200);
    const routines = (jamtland['routines'] as { key: string; parameters?: Record<string, unknown> }[]).map((r) =>
      r.key === 'rvc'
        ? {
            ...r,
            parameters: {
              ...r.parameters,
              contactWithin: { type: 'duration', value: 'PT24H', source: { countyChoice: { note: 'Länets val.' } } },
            },
          }
        : r,
    );
    const saved = await app.as(STRATEGIST, 'PUT', base, {
      content: { ...jamtland, key: base.split('/')[3], routines },
      rowVersion: confirmed.body['rowVersion'],
    });
    expect(saved.status).toBe(200);
    const timers = await timersOf(base);
    expect(parameter(timers, 'rvc', 'contactWithin')).toMatchObject({
      source: { kind: 'countyChoice' },
      toConfirm: false,
      confirmation: null,
    });
    expect(timers.unconfirmed).not.toContain('routines.rvc.parameters.contactWithin');
  });

  it('refuses a path that is no default (422 with its path) and a stale row version (409)', async () => {
    const { base, rowVersion } = await ownDraft();
    const unknown = await app.as(STRATEGIST, 'POST', `${base}/default-confirmations`, {
      confirm: ['routines.livscykel.parameters.noticePeriod'],
      rowVersion,
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body['code']).toBe('AGREEMENT_INVALID');
    expect((unknown.body['details'] as { problems: { path: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ path: 'confirm.0', code: 'notADefault' }),
    ]);
    const stale = await app.as(STRATEGIST, 'POST', `${base}/default-confirmations`, {
      confirm: ['routines.rvc.parameters.contactWithin'],
      rowVersion: rowVersion + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.body['code']).toBe('AGREEMENT_VERSION_STALE');
    expect((await timersOf(base)).unconfirmed).toContain('routines.rvc.parameters.contactWithin');
  });

  it('leaves the seeded published versions valid, their defaults shown as unconfirmed', async () => {
    for (const key of ['jamtland-operation-norrsken', 'norrbotten-samverkan-mot-vald']) {
      const validated = await app.as('admin', 'POST', `/api/agreements/${key}/versions/1/validate`);
      expect(validated.body).toMatchObject({ valid: true });
      const timers = await app.as('admin', 'GET', `/api/agreements/${key}/versions/1/timers`);
      expect(timers.status).toBe(200);
      expect((timers.body['unconfirmed'] as string[]).length).toBeGreaterThan(0);
    }
  });
});
