import 'reflect-metadata';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { type AgreementEdit, agreementEdits, applyEdits } from './agreement-edits.js';
import { type BoundedClient, type TimedReply, boundedClient, expectAnswered, slowest } from './bounded-client.js';
import { PROPERTY_TIMEOUT_MS, propertyRuns, report } from './property-runs.js';
import { inTargetGroup } from '../testing/case-facts.js';
import { confirmDefaults } from '../testing/confirm-defaults.js';

// Issue 9: drafts made from each seed's published content, changed by generated edits (values
// replaced by any JSON at any place, sections and fields deleted, cadences of random and junk
// RRULEs, terms, renewals and notice periods of any duration, cost items of any amount and
// share, parties renamed, routine bindings given other parameters and roles), each saved as
// the strategist's edit of the draft. Never a 5xx, never a stalled request; a refused edit
// leaves the draft and the audit log as they were; an accepted one has every computed view,
// and publishing it works or is refused cleanly.
const seeds = [
  { key: 'jamtland-operation-norrsken', strategist: 'strateg.jamtland' },
  { key: 'vasternorrland-stod-och-kompetenscentrum', strategist: 'strateg.vasternorrland' },
  { key: 'norrbotten-samverkan-mot-vald', strategist: 'strateg.norrbotten' },
  { key: 'stockholm-nacka-vinr', strategist: 'strateg.stockholm' },
] as const;

/**
 * Runs: each is one save (and a read back when refused); an accepted draft adds its eight views
 * and, one run in four, a publish, a fresh draft and two cases of two requests each. 80 runs take
 * about 10 s on the 2-core development machine (the five property specs together: about 30 s).
 */
const RUNS = 80;
/** Accepted drafts also printed as PDF: Chromium takes a second or more each. */
const PDF_SAMPLES = 2;

type Content = Record<string, unknown>;

interface Draft {
  key: string;
  strategist: string;
  /** The published content the edits start from (version 1, the seed). */
  seed: Content;
  version: number;
  /** What the draft holds now, as last saved. */
  content: Content;
  rowVersion: number;
}

describe('property: generated edits of every seed agreement’s draft', () => {
  let app: TestApp;
  let call: BoundedClient;
  let db: DataSource;
  const drafts: Draft[] = [];
  const seen = { accepted: 0, refused: 0, published: 0, printed: 0 };
  /** Edits by kind and answer, for PROPERTY_VERBOSE. */
  const kinds: Record<string, number> = {};

  beforeAll(async () => {
    app = await startTestApp('redis');
    call = boundedClient(app);
    db = app.samverkan.app.get(DataSource);
    for (const { key, strategist } of seeds) {
      const published = await call(strategist, 'GET', `/api/agreements/${key}/versions/1`);
      expect(published.status).toBe(200);
      drafts.push({
        key,
        strategist,
        seed: published.body['content'] as Content,
        ...(await newDraft(strategist, key)),
      });
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  async function newDraft(strategist: string, key: string): Promise<Pick<Draft, 'version' | 'content' | 'rowVersion'>> {
    const draft = await call(strategist, 'POST', `/api/agreements/${key}/versions`, { from: 1 });
    expect(draft.status).toBe(201);
    return {
      version: Number(draft.body['version']),
      content: draft.body['content'] as Content,
      rowVersion: Number(draft.body['rowVersion']),
    };
  }

  const count = async (table: 'audit_event' | 'instance'): Promise<number> =>
    Number(((await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n);

  /** A refused write left the draft as it was: same row version, same content, no audit row. */
  async function expectUnchanged(draft: Draft, auditBefore: number, refusal: TimedReply): Promise<void> {
    const stored = await call(draft.strategist, 'GET', `/api/agreements/${draft.key}/versions/${draft.version}`);
    expect({ after: refusal.request, status: stored.body['status'], rowVersion: stored.body['rowVersion'] }).toEqual({
      after: refusal.request,
      status: 'draft',
      rowVersion: draft.rowVersion,
    });
    expect(stored.body['content']).toEqual(draft.content);
    expect(await count('audit_event')).toBe(auditBefore);
  }

  /** Every computed view of the draft answers 200 (the document as PDF is left out: see below). */
  async function expectViews(draft: Draft, edits: AgreementEdit[]): Promise<void> {
    const base = `/api/agreements/${draft.key}/versions/${draft.version}`;
    const parties = Array.isArray(draft.content['parties']) ? (draft.content['parties'] as { key?: unknown }[]) : [];
    const party = encodeURIComponent(String(parties[0]?.key ?? ''));
    const against = typeof draft.content['extends'] === 'string' ? 'template' : '1';
    // document.pdf is the same HTML printed by Chromium, a second or more a render: the first
    // PDF_SAMPLES accepted drafts are printed (below), not every one. Its limits are tested in
    // platform/pdf/pdf-renderer.spec.ts.
    const views = [
      'document',
      'cost-split',
      `withdrawal?party=${party}`,
      'term',
      `obligations?party=${party}`,
      'calendar',
      'calendar.ics',
      `diff?against=${against}`,
    ];
    if (seen.printed < PDF_SAMPLES) {
      seen.printed += 1;
      const pdf = await call(draft.strategist, 'GET', `${base}/document.pdf`);
      expectAnswered(pdf, edits);
      // 501 PDF_UNAVAILABLE where no Chromium is installed: the HTML above is the document still.
      expect([pdf.status, pdf.status === 200 ? pdf.type : pdf.body['code']]).toEqual(
        pdf.status === 200 ? [200, 'application/pdf'] : [501, 'PDF_UNAVAILABLE'],
      );
    }
    for (const view of views) {
      const reply = await call(draft.strategist, 'GET', `${base}/${view}`);
      expectAnswered(reply, edits);
      expect({ view, status: reply.status, answer: reply.status === 200 ? '' : reply.text.slice(0, 1000) }).toEqual({
        view,
        status: 200,
        answer: '',
      });
    }
  }

  /**
   * Publishes the accepted draft: it works or is refused with a 4xx that changes nothing. Once
   * published, the cases its bindings allow start or are refused cleanly (a case on a binding
   * of generated parameters and roles), and the next runs work on a fresh draft of the seed.
   */
  async function publish(draft: Draft, edits: AgreementEdit[]): Promise<void> {
    // Confirming the defaults is an edit of its own: the refusal below must leave that state.
    const confirmed = await confirmDefaults(call, draft.strategist, draft.key, draft.version);
    if (confirmed?.status === 200) draft.rowVersion = Number(confirmed.body['rowVersion']);
    const audit = await count('audit_event');
    const reply = await call(
      draft.strategist,
      'POST',
      `/api/agreements/${draft.key}/versions/${draft.version}/publish`,
    );
    expectAnswered(reply, edits);
    if (reply.status !== 200) {
      await expectUnchanged(draft, audit, reply);
      return;
    }
    seen.published += 1;
    if (draft.key === 'jamtland-operation-norrsken') await startCases(draft.key, edits);
    Object.assign(draft, await newDraft(draft.strategist, draft.key));
  }

  /**
   * A case of each bound routine the seed's users work in, started on the published version and
   * sent its first event (which arms the deadlines its binding's parameters count): each answers
   * cleanly, and a refused start writes no case.
   */
  async function startCases(agreement: string, edits: AgreementEdit[]): Promise<void> {
    const cases = [
      { user: 'polis.nord', routine: 'rvc', first: { type: 'case.referral.made' } },
      {
        user: 'samordnare.jamtland',
        routine: 'samrad',
        first: { type: 'consultation.type.set', consultationType: 'acute', participants: ['police'] },
      },
    ];
    for (const { user, routine, first } of cases) {
      const before = await count('instance');
      const started = await call(user, 'POST', '/api/instances', {
        agreement,
        routine,
        input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
      });
      expectAnswered(started, edits);
      expect({ routine, instances: await count('instance') }).toEqual({
        routine,
        instances: before + (started.status === 201 ? 1 : 0),
      });
      if (started.status !== 201) continue;
      expectAnswered(await call(user, 'POST', `/api/instances/${String(started.body['id'])}/events`, first), edits);
    }
  }

  it(
    'answers every edit with 200 or a clean 4xx, bounded; refusals write nothing; accepted drafts have their views',
    async () => {
      const runs = fc.record({
        seed: fc.nat({ max: seeds.length - 1 }),
        edits: fc.oneof(
          { arbitrary: fc.array(agreementEdits, { minLength: 1, maxLength: 1 }), weight: 3 },
          { arbitrary: fc.array(agreementEdits, { minLength: 2, maxLength: 3 }), weight: 1 },
        ),
        publish: fc.nat({ max: 3 }).map((n) => n === 0),
      });
      await fc.assert(
        fc.asyncProperty(runs, async ({ seed, edits, publish: andPublish }) => {
          const draft = drafts[seed];
          if (!draft) throw new Error(`no draft ${seed}`);
          const content = applyEdits(draft.seed, edits);
          const audit = await count('audit_event');
          const reply = await call(draft.strategist, 'PUT', `/api/agreements/${draft.key}/versions/${draft.version}`, {
            content,
            rowVersion: draft.rowVersion,
          });
          expectAnswered(reply, edits);
          for (const edit of edits) {
            const outcome = `${edit.kind}:${reply.status}`;
            kinds[outcome] = (kinds[outcome] ?? 0) + 1;
          }
          if (reply.status !== 200) {
            seen.refused += 1;
            await expectUnchanged(draft, audit, reply);
            return;
          }
          seen.accepted += 1;
          draft.content = reply.body['content'] as Content;
          draft.rowVersion = Number(reply.body['rowVersion']);
          await expectViews(draft, edits);
          if (andPublish) await publish(draft, edits);
        }),
        propertyRuns(RUNS),
      );
      report('agreement drafts', { ...seen, kinds, slowest });
      // The property says something of accepted drafts only if enough of them were.
      // About one edit in five is accepted: at least a few, or the generators have drifted.
      expect(seen.accepted).toBeGreaterThanOrEqual(3);
      expect(seen.refused).toBeGreaterThanOrEqual(3);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
