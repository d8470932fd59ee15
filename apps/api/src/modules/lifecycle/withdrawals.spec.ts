import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { confirmDefaults } from '../../testing/confirm-defaults.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TestClock } from '../../testing/test-clock.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { NoticeContentService } from '../notices/notice-content.service.js';
import type { InboxPage } from '../notices/notice-views.js';
import type { RecordedWithdrawalView, WithdrawalNoticesView } from './withdrawal-views.js';

/** Monday 2 March 2026, 09:00 in Stockholm. */
const START = '2026-03-02T08:00:00.000Z';
const key = 'jamtland-operation-norrsken';
const withdrawals = `/api/agreements/${key}/withdrawals`;
const krokom = 'krokoms-kommun';

type Problems = { problems: { path: string; code?: string }[] };

// Issue 13: a party gives notice of withdrawal (uppsägning) from Jämtland's published agreement;
// the day it takes effect follows from the agreement's rule (six months' notice to a year end,
// § 17), and the other parties hear it as `withdrawalReceived` from the version's lifecycle.
describe('notice of withdrawal', () => {
  let app: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestApp('postgres', {}, { clock: new TestClock(START) });
    db = app.samverkan.app.get(DataSource);
    await app.addUser({ username: 'samordnare.krokom', party: krokom, roles: ['coordinator'] });
    // The seed's version is published without a lifecycle; publishing the next one starts it.
    const draft = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions`, {});
    expect(draft.status).toBe(201);
    await confirmDefaults(app.as, 'strateg.jamtland', key, Number(draft.body['version']));
    const published = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions/2/publish`);
    expect(published.status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
  });

  const noticesOf = () =>
    db.query(
      `SELECT n.id, n.recipient_party_keys, n.recipient_role, n.notice FROM notification n
       WHERE n.notice->>'kind' = 'withdrawalReceived' ORDER BY n.created_at`,
    ) as Promise<{ id: string; recipient_party_keys: string[]; recipient_role: string; notice: unknown }[]>;

  it('refuses bad input with the path of each field', async () => {
    const missing = await app.as('samordnare.krokom', 'POST', withdrawals, { party: krokom });
    expect(missing.status).toBe(422);
    expect((missing.body['details'] as Problems).problems.map((p) => p.path)).toEqual(['signatoryFunction']);

    const wrong = await app.as('strateg.jamtland', 'POST', withdrawals, {
      party: 'ingen-sadan-part',
      givenOn: '2026-03-03',
      signatoryFunction: 'Kommundirektör',
    });
    expect({ status: wrong.status, code: wrong.body['code'] }).toEqual({ status: 422, code: 'WITHDRAWAL_INVALID' });
    expect((wrong.body['details'] as Problems).problems).toEqual([
      expect.objectContaining({ path: 'party', code: 'unknownParty' }),
      expect.objectContaining({ path: 'givenOn', code: 'dateAhead' }),
    ]);

    const outsider = await app.as('admin', 'POST', withdrawals, {
      party: 'sundsvalls-kommun',
      givenOn: '2026-02-30',
      signatoryFunction: 'Kommundirektör',
    });
    expect(outsider.status).toBe(422);
    expect((outsider.body['details'] as Problems).problems).toEqual([
      expect.objectContaining({ path: 'party', code: 'partyNotInAgreement' }),
      expect.objectContaining({ path: 'givenOn', code: 'notADate' }),
    ]);

    const named = await app.as('samordnare.krokom', 'POST', withdrawals, {
      party: krokom,
      signatoryFunction: 'ring 070 123 45 67',
    });
    expect(named.status).toBe(422);
    expect(JSON.stringify(named.body)).toContain('signatoryFunction');
    expect(await noticesOf()).toEqual([]);
  });

  it('lets no user give notice for another party, nor a member for their own', async () => {
    const other = await app.as('samordnare.jamtland', 'POST', withdrawals, {
      party: krokom,
      signatoryFunction: 'Kommundirektör',
    });
    expect({ status: other.status, code: other.body['code'] }).toEqual({ status: 403, code: 'WITHDRAWAL_FORBIDDEN' });
    const member = await app.as('polis.nord', 'POST', withdrawals, {
      party: 'polisen-region-nord',
      signatoryFunction: 'Regionpolischef',
    });
    expect(member.status).toBe(403);
    const stranger = await app.as('strateg.vasternorrland', 'POST', withdrawals, {
      party: krokom,
      signatoryFunction: 'Kommundirektör',
    });
    expect(stranger.status).toBe(404);
    expect(((await app.as('admin', 'GET', withdrawals)).body as unknown as WithdrawalNoticesView).notices).toEqual([]);
  });

  it('records the notice with the effective day the rule implies and tells the other parties', async () => {
    const given = await app.as('samordnare.krokom', 'POST', withdrawals, {
      party: krokom,
      signatoryFunction: 'Kommundirektör',
    });
    expect(given.status).toBe(201);
    // Notice on 2 March 2026 (today, the default), six months: the period ends 2 September, so
    // the party leaves at the year end and is bound through 31 December 2026.
    const recorded = given.body as unknown as RecordedWithdrawalView;
    expect(recorded).toMatchObject({
      agreement: key,
      party: krokom,
      partyName: 'Krokoms kommun',
      version: 2,
      givenOn: '2026-03-02',
      effectiveOn: '2026-12-31',
      freeFrom: '2027-01-01',
      signatoryFunction: 'Kommundirektör',
      clause: '17',
      inWriting: true,
    });
    // The same day the withdrawal view answers for notice given that day.
    const view = await app.as('polis.nord', 'GET', `/api/agreements/${key}/versions/2/withdrawal?party=${krokom}`);
    expect((view.body['date'] as { effectiveOn: string }).effectiveOn).toBe(recorded.effectiveOn);

    const [notice, ...more] = await noticesOf();
    expect(more).toEqual([]);
    expect(notice?.notice).toEqual({
      kind: 'withdrawalReceived',
      values: {
        withdrawal: { party: 'Krokoms kommun', givenOn: 'måndag 2 mars 2026', effectiveOn: 'torsdag 31 december 2026' },
      },
    });
    // The other nine parties, and Krokom itself last as its receipt.
    expect(notice?.recipient_party_keys).toHaveLength(10);
    expect(notice?.recipient_party_keys.at(-1)).toBe(krokom);
    expect(notice?.recipient_party_keys).toEqual(expect.arrayContaining(['polisen-region-nord', 'ostersunds-kommun']));
    expect(recorded.notified).toEqual(notice?.recipient_party_keys);

    // Rendered in the police's inbox: the subject passed the personal-data guard (else the kind's bare title).
    const inbox = (await app.as('polis.nord', 'GET', '/api/inbox')).body as unknown as InboxPage;
    expect(inbox.items.find((item) => item.id === notice?.id)).toMatchObject({
      kind: 'withdrawalReceived',
      title: 'Uppsägning mottagen: Krokoms kommun',
    });

    // A strategist, who works with the agreement and not in cases, has it in their inbox too
    // (case notices stay out of theirs: notices.spec), and may mark it read.
    const strategist = (await app.as('strateg.jamtland', 'GET', '/api/inbox')).body as unknown as InboxPage;
    expect(strategist.items.find((item) => item.id === notice?.id)).toMatchObject({ kind: 'withdrawalReceived' });
    const read = await app.as('strateg.jamtland', 'POST', `/api/inbox/${String(notice?.id)}/read`);
    expect(read.status).toBe(200);
    expect((await app.as('strateg.jamtland', 'GET', '/api/inbox')).body['unread']).toBe(strategist.unread - 1);

    // The text Östersund receives: the party by name, the days in Swedish, nobody's name.
    const content = app.samverkan.app.get(NoticeContentService);
    const row = await app.samverkan.app.get(NotificationRepository).find(String(notice?.id));
    const subject = row ? await content.subjectOf(row) : undefined;
    expect(subject && content.forParty(subject, 'ostersunds-kommun').rendered?.text).toContain(
      'Krokoms kommun har sagt upp överenskommelsen måndag 2 mars 2026. Uppsägningen gäller från torsdag 31 december 2026.',
    );

    const listed = (await app.as('polis.nord', 'GET', withdrawals)).body as unknown as WithdrawalNoticesView;
    expect(listed).toEqual({
      agreement: key,
      notices: [
        {
          party: krokom,
          partyName: 'Krokoms kommun',
          version: 2,
          givenOn: '2026-03-02',
          effectiveOn: '2026-12-31',
          freeFrom: '2027-01-01',
          signatoryFunction: 'Kommundirektör',
          recordedAt: START,
        },
      ],
    });
  });

  it('refuses a second notice from the same party', async () => {
    const again = await app.as('strateg.jamtland', 'POST', withdrawals, {
      party: krokom,
      givenOn: '2026-03-01',
      signatoryFunction: 'Kommunstyrelsens ordförande',
    });
    expect({ status: again.status, code: again.body['code'] }).toEqual({ status: 409, code: 'WITHDRAWAL_EXISTS' });
    expect(await noticesOf()).toHaveLength(1);
  });

  it('refuses an agreement with no published version, and one with no withdrawal rule', async () => {
    const seed = await app.as('strateg.jamtland', 'GET', `/api/agreements/${key}/versions/1`);
    const copy = 'norrsken-utan-uppsagning';
    const content = { ...(seed.body['content'] as Record<string, unknown>), key: copy, withdrawal: null };
    expect((await app.as('strateg.jamtland', 'POST', '/api/agreements', { content })).status).toBe(201);
    const body = { party: krokom, signatoryFunction: 'Kommundirektör' };
    const draftOnly = await app.as('strateg.jamtland', 'POST', `/api/agreements/${copy}/withdrawals`, body);
    expect({ status: draftOnly.status, code: draftOnly.body['code'] }).toEqual({
      status: 409,
      code: 'AGREEMENT_NOT_PUBLISHED',
    });
    const none = await app.as('strateg.jamtland', 'GET', `/api/agreements/${copy}/withdrawals`);
    expect({ status: none.status, body: none.body }).toEqual({ status: 200, body: { agreement: copy, notices: [] } });

    await confirmDefaults(app.as, 'strateg.jamtland', copy, 1);
    expect((await app.as('strateg.jamtland', 'POST', `/api/agreements/${copy}/versions/1/publish`)).status).toBe(200);
    const noRule = await app.as('strateg.jamtland', 'POST', `/api/agreements/${copy}/withdrawals`, body);
    expect({ status: noRule.status, code: noRule.body['code'] }).toEqual({
      status: 409,
      code: 'WITHDRAWAL_RULE_MISSING',
    });
    expect((noRule.body['details'] as Problems).problems.map((p) => p.path)).toEqual(['withdrawal']);
  });
});
