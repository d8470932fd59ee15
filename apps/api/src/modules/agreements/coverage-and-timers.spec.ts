import 'reflect-metadata';
import { type Reply, startTestApp, type TestApp } from '../../testing/test-app.js';

// Issue 11: the coverage of an agreement, clause by clause, and where every timer its routines
// can arm takes its values from, for each seed county; read like the other views of a version
// (access-policy.ts): a published version by its readers, a draft by the admin and the county's
// strategists, hidden (404) from everyone else.
const seeds = [
  'jamtland-operation-norrsken',
  'vasternorrland-stod-och-kompetenscentrum',
  'norrbotten-samverkan-mot-vald',
  'stockholm-nacka-vinr',
];
const jamtland = 'jamtland-operation-norrsken';
const strategist = 'strateg.jamtland';

interface Coverage {
  clauses: { citation: string; status: string; encodings: { kind: string; path: string }[]; textOnly: string | null }[];
  unaccounted: string[];
}
interface Timers {
  routines: {
    binding: string;
    definition: string | null;
    timers: {
      key: string;
      armed: boolean;
      sourced: boolean;
      values: { name: string; sources: { kind: string }[] }[];
    }[];
    parameters: { name: string; source: { kind: string } }[];
  }[];
  unsourced: string[];
}

const coverageOf = (reply: Reply): Coverage => JSON.parse(reply.text) as Coverage;
const timersOf = (reply: Reply): Timers => JSON.parse(reply.text) as Timers;

describe('the coverage and timers views', () => {
  let app: TestApp;
  let draftVersion = 0;

  beforeAll(async () => {
    app = await startTestApp('postgres');
    const draft = await app.as(strategist, 'POST', `/api/agreements/${jamtland}/versions`, {});
    draftVersion = Number(draft.body['version']);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Saves a changed copy of the Jämtland draft. */
  async function saveDraft(change: (content: Record<string, unknown>) => void): Promise<Reply> {
    const current = await app.as(strategist, 'GET', `/api/agreements/${jamtland}/versions/${draftVersion}`);
    const content = structuredClone(current.body['content']) as Record<string, unknown>;
    change(content);
    return app.as(strategist, 'PUT', `/api/agreements/${jamtland}/versions/${draftVersion}`, {
      content,
      rowVersion: current.body['rowVersion'],
    });
  }

  describe('GET …/versions/{n}/coverage', () => {
    it.each(seeds)('accounts for every clause of %s', async (key) => {
      const reply = await app.as('admin', 'GET', `/api/agreements/${key}/versions/latest/coverage`);
      expect(reply.status).toBe(200);
      const view = coverageOf(reply);
      expect(view.unaccounted).toEqual([]);
      expect(view.clauses.length).toBeGreaterThan(0);
      for (const clause of view.clauses) {
        expect(['encoded', 'textOnly', 'noText']).toContain(clause.status);
      }
    });

    it('shows a party of the agreement how § 12 is encoded and why § 19 is text only', async () => {
      const reply = await app.as('polis.nord', 'GET', `/api/agreements/${jamtland}/versions/1/coverage`);
      expect(reply.status).toBe(200);
      const view = coverageOf(reply);
      const clause = (citation: string) => view.clauses.find((c) => c.citation === citation);
      expect(clause('12')?.encodings).toContainEqual({
        kind: 'meeting',
        kindLabel: 'Möte',
        path: 'bodies[samradsgrupp].cadence',
        text: 'Samrådsmöten (samverkan genom samråd): varje vecka på tisdagar kl. 09:00',
      });
      expect(clause('19')).toMatchObject({ status: 'textOnly', encodings: [], textOnly: expect.any(String) });
    });

    it('hides another county’s agreement (404), like its other views', async () => {
      const reply = await app.as(
        'polis.nord',
        'GET',
        '/api/agreements/norrbotten-samverkan-mot-vald/versions/1/coverage',
      );
      expect(reply.status).toBe(404);
      expect(reply.body['code']).toBe('AGREEMENT_NOT_FOUND');
    });

    it('reports a draft’s clause that neither a value nor a reason accounts for; the draft is the strategist’s', async () => {
      const saved = await saveDraft((content) => {
        const clauses = content['clauses'] as Record<string, unknown>[];
        const liability = clauses.find((c) => c['number'] === '19');
        if (liability) delete liability['textOnly'];
      });
      expect(saved.status).toBe(200);
      const path = `/api/agreements/${jamtland}/versions/${draftVersion}/coverage`;
      const reply = await app.as(strategist, 'GET', path);
      expect(reply.status).toBe(200);
      expect(coverageOf(reply).unaccounted).toEqual(['19']);
      expect((await app.as('admin', 'GET', path)).status).toBe(200);
      const party = await app.as('samordnare.jamtland', 'GET', path);
      expect(party.status).toBe(404);
      expect(party.body['code']).toBe('AGREEMENT_VERSION_NOT_FOUND');
    });
  });

  describe('GET …/versions/{n}/timers', () => {
    it.each(seeds)('lists every timer parameter of %s with its source, none unsourced', async (key) => {
      const reply = await app.as('admin', 'GET', `/api/agreements/${key}/versions/latest/timers`);
      expect(reply.status).toBe(200);
      const view = timersOf(reply);
      expect(view.unsourced).toEqual([]);
      for (const routine of view.routines) {
        expect(routine.definition).not.toBeNull();
        for (const timer of routine.timers)
          expect({ key: timer.key, sourced: timer.sourced }).toEqual({ key: timer.key, sourced: true });
        for (const parameter of routine.parameters) expect(parameter.source.kind).not.toBe('unsourced');
      }
    });

    it('tells Jämtland that no annual report deadline is armed, and that the 48 hours come from the template', async () => {
      const reply = await app.as('samordnare.jamtland', 'GET', `/api/agreements/${jamtland}/versions/1/timers`);
      expect(reply.status).toBe(200);
      const view = timersOf(reply);
      const routine = (binding: string) => view.routines.find((r) => r.binding === binding);
      expect(routine('livscykel')?.timers.find((t) => t.key === 'inForce.followUp.reporting#deadline')).toMatchObject({
        armed: false,
        values: [{ name: 'annualReportEvery', sources: [{ kind: 'notSet' }] }],
      });
      expect(routine('rvc')?.parameters.find((p) => p.name === 'contactWithin')?.source).toMatchObject({
        kind: 'template',
        template: 'rvc-referral@1',
      });
    });

    it('hides another county’s agreement (404)', async () => {
      const reply = await app.as('polis.nord', 'GET', '/api/agreements/stockholm-nacka-vinr/versions/1/timers');
      expect(reply.status).toBe(404);
    });

    it('shows a draft’s own choice of a report date as the county’s, armed', async () => {
      const saved = await saveDraft((content) => {
        const routines = content['routines'] as { key: string; parameters?: Record<string, unknown> }[];
        const lifecycle = routines.find((r) => r.key === 'livscykel');
        if (!lifecycle) throw new Error('no lifecycle binding');
        lifecycle.parameters = {
          ...lifecycle.parameters,
          annualReportEvery: {
            type: 'duration',
            value: 'P1Y',
            source: { countyChoice: { note: 'Styrgruppen har bestämt att rapporten lämnas ett år efter planen.' } },
          },
        };
      });
      expect(saved.status).toBe(200);
      const path = `/api/agreements/${jamtland}/versions/${draftVersion}/timers`;
      const view = timersOf(await app.as(strategist, 'GET', path));
      const lifecycle = view.routines.find((r) => r.binding === 'livscykel');
      expect(lifecycle?.timers.find((t) => t.key === 'inForce.followUp.reporting#deadline')).toMatchObject({
        armed: true,
        sourced: true,
        values: [{ name: 'annualReportEvery', sources: [{ kind: 'countyChoice' }] }],
      });
      expect((await app.as('polis.nord', 'GET', path)).status).toBe(404);
    });
  });
});
