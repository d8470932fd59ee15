import 'reflect-metadata';
import { findPersonalData } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR, TestClock } from '../../testing/test-clock.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';
import { type ComposedNotice, NOTICE_COMPOSER, type NoticeComposer } from './notice-composer.js';
import type { InboxPage, NoticePreferencesView, PartyContactsView } from './notice-views.js';

const agreement = 'jamtland-operation-norrsken';
const PUBLIC_URL = 'https://samverkan.example';
/** Monday 2 March 2026, 09:00 in Stockholm (winter time, UTC+1). */
const START = '2026-03-02T08:00:00.000Z';

interface Notice {
  id: string;
  instanceId: string;
  kind: 'reminder' | 'escalation';
  createdAt: string;
}

// Who hears a notice and what it says, on PostgreSQL and Redis: the directory of contacts, the
// users' channels, the composer the delivery worker calls, the inbox, and the templates, with
// an RVC case in Jämtland that runs overdue (the support centre is Östersunds kommun, the
// escalation goes to the police, Polisen Region Nord).
describe('notices', () => {
  let app: TestApp;
  let composer: NoticeComposer;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('redis', { PUBLIC_URL }, { clock: new TestClock(START) });
    composer = app.samverkan.app.get<NoticeComposer>(NOTICE_COMPOSER);
    await app.addUser({
      username: 'strateg.ostersund',
      party: 'ostersunds-kommun',
      roles: ['strategist'],
      counties: ['23'],
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** An RVC case referred now and left 48 hours without contact; its notifications by kind. */
  const overdueCase = async () => {
    const started = await as('polis.nord', 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    expect((await as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' })).status).toBe(
      201,
    );
    const referredAt = app.clock.now().getTime();
    await app.advance(48 * HOUR);
    const notices = listOf<Notice>(await as('admin', 'GET', '/api/notifications')).filter((n) => n.instanceId === id);
    const at = (ms: number) => new Date(referredAt + ms).toISOString();
    const find = (kind: Notice['kind'], createdAt: string) => {
      const found = notices.find((n) => n.kind === kind && n.createdAt === createdAt);
      if (!found) throw new Error(`no ${kind} at ${createdAt} among ${JSON.stringify(notices)}`);
      return found.id;
    };
    const [assigned] = (await app.samverkan.app
      .get(DataSource)
      .query(
        `SELECT id FROM notification WHERE instance_id = $1 AND kind = 'taskAssigned' AND 'makeContact' = ANY(task_keys)`,
        [id],
      )) as { id: string }[];
    return {
      id,
      caseRef: String(started.body['caseRef']),
      assigned: assigned?.id ?? '',
      dueSoon: find('reminder', at(36 * HOUR)),
      overdue: find('reminder', at(48 * HOUR)),
      escalation: find('escalation', at(48 * HOUR)),
      dueAt: at(48 * HOUR),
    };
  };

  const emailsOf = (composed: ComposedNotice[]) =>
    composed.flatMap((c) => (c.recipient.channel === 'email' ? [c.recipient.address] : [])).sort();

  describe('the directory of contacts', () => {
    it('lets the county’s strategist enter a party’s mailbox and its users’ addresses', async () => {
      const mailbox = await as('strateg.jamtland', 'POST', '/api/parties/ostersunds-kommun/contacts', {
        address: 'Stodcentrum.Jour@Ostersund.example',
        label: 'Stödcentrums jourmailbox',
      });
      expect(mailbox.status).toBe(201);
      expect(mailbox.body).toMatchObject({
        kind: 'mailbox',
        address: 'stodcentrum.jour@ostersund.example',
        email: 'immediate',
      });
      const user = await as('strateg.jamtland', 'POST', '/api/parties/ostersunds-kommun/contacts', {
        address: 'handlaggare@ostersund.example',
        username: 'socialtjanst.ostersund',
      });
      expect(user.status).toBe(201);
      expect(user.body).toMatchObject({
        kind: 'user',
        user: { username: 'socialtjanst.ostersund' },
        email: 'immediate',
      });
      for (const [username, address] of [
        ['samordnare.jamtland', 'samordnare@ostersund.example'],
        ['strateg.ostersund', 'strateg@ostersund.example'],
      ] as const) {
        expect(
          (await as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', { address, username })).status,
        ).toBe(201);
      }
      const police = await as('admin', 'POST', '/api/parties/polisen-region-nord/contacts', {
        address: 'vakthavande.nord@polisen.example',
        label: 'Vakthavande befäl',
      });
      expect(police.status).toBe(201);
      const listed = (await as('strateg.jamtland', 'GET', '/api/parties/ostersunds-kommun/contacts'))
        .body as unknown as PartyContactsView;
      expect(listed.contacts.map((c) => [c.kind, c.address])).toEqual([
        ['mailbox', 'stodcentrum.jour@ostersund.example'],
        ['user', 'handlaggare@ostersund.example'],
        ['user', 'samordnare@ostersund.example'],
        ['user', 'strateg@ostersund.example'],
      ]);
    });

    it('refuses an address entered twice, a user of another party and a body that is neither kind', async () => {
      const again = await as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', {
        address: 'STODCENTRUM.JOUR@ostersund.example',
        label: 'Igen',
      });
      expect(again.status).toBe(409);
      expect(again.body['code']).toBe('CONTACT_EXISTS');
      const stranger = await as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', {
        address: 'polis@polisen.example',
        username: 'polis.nord',
      });
      expect(stranger.status).toBe(422);
      expect(stranger.body).toMatchObject({
        code: 'CONTACT_USER_NOT_OF_PARTY',
        details: { problems: [{ path: 'username' }] },
      });
      const bad = await as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', { address: 'not an address' });
      expect(bad.status).toBe(422);
      expect(bad.body['code']).toBe('VALIDATION_FAILED');
    });

    it('puts a mailbox’s label, free text, through the PII guard: 422 at label, nothing saved', async () => {
      for (const label of ['Jour, ring 070-693 54 63', 'Ärende 19850115-1235']) {
        const refused = await as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', {
          address: 'ny.jour@ostersund.example',
          label,
        });
        expect(refused.status).toBe(422);
        expect(refused.body).toMatchObject({
          code: 'PERSONAL_DATA_REJECTED',
          details: { problems: [{ path: 'label', code: 'personalData' }] },
        });
      }
      const listed = (await as('admin', 'GET', '/api/parties/ostersunds-kommun/contacts'))
        .body as unknown as PartyContactsView;
      expect(listed.contacts.map((c) => c.address)).not.toContain('ny.jour@ostersund.example');
    });

    it('is kept by the admin and the county’s strategists only', async () => {
      expect((await as('strateg.vasternorrland', 'GET', '/api/parties/ostersunds-kommun/contacts')).status).toBe(403);
      expect((await as('socialtjanst.ostersund', 'GET', '/api/parties/ostersunds-kommun/contacts')).status).toBe(403);
      const added = await as('strateg.jamtland', 'POST', '/api/parties/krokoms-kommun/contacts', {
        address: 'registrator@krokom.example',
        label: 'Registrator',
      });
      expect(added.status).toBe(201);
      const removed = await as('admin', 'DELETE', `/api/parties/krokoms-kommun/contacts/${String(added.body['id'])}`);
      expect(removed.status).toBe(200);
      const left = (await as('admin', 'GET', '/api/parties/krokoms-kommun/contacts'))
        .body as unknown as PartyContactsView;
      expect(left.contacts).toEqual([]);
      expect((await as('admin', 'GET', '/api/parties/no-such-party/contacts')).status).toBe(404);
    });
  });

  describe('channel preferences', () => {
    it('start at the product default and take the user’s choice', async () => {
      const before = (await as('samordnare.jamtland', 'GET', '/api/me/preferences')).body;
      expect(before).toEqual({
        email: 'immediate',
        inApp: true,
        productDefault: true,
        address: 'samordnare@ostersund.example',
      } satisfies NoticePreferencesView);
      const set = await as('samordnare.jamtland', 'PUT', '/api/me/preferences', { email: 'digest', inApp: true });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ email: 'digest', productDefault: false });
      const bad = await as('samordnare.jamtland', 'PUT', '/api/me/preferences', { email: 'sometimes', inApp: 'yes' });
      expect(bad.status).toBe(422);
      expect((bad.body['details'] as { problems: { path: string }[] }).problems.map((p) => p.path).sort()).toEqual([
        'email',
        'inApp',
      ]);
    });
  });

  describe('the composer', () => {
    let overdue: Awaited<ReturnType<typeof overdueCase>>;

    beforeAll(async () => {
      overdue = await overdueCase();
    });

    it('sends the overdue notice to the centre’s mailbox and its case workers who chose immediate e-mail, and one webhook', async () => {
      const composed = await composer.compose(overdue.overdue);
      // samordnare.jamtland chose the digest; strateg.ostersund works in no cases.
      expect(emailsOf(composed)).toEqual(['handlaggare@ostersund.example', 'stodcentrum.jour@ostersund.example']);
      expect(composed.filter((c) => c.recipient.channel === 'webhook').map((c) => c.recipient)).toEqual([
        { channel: 'webhook', partyKey: 'ostersunds-kommun' },
      ]);
      const [first] = composed;
      expect(first).toMatchObject({ notificationId: overdue.overdue, kind: 'overdue', urgent: false });
      expect(first?.subject).toBe(`Försenad uppgift i ärende ${overdue.caseRef}`);
      expect(first?.text).toContain('Till Östersunds kommun');
      expect(first?.text).toContain('– Kontakta den våldsutsatta (senast onsdag 4 mars 2026 kl. 09:00)');
      expect(first?.text).toContain(
        `Ärende: ${overdue.caseRef} (Förmedlad kontakt enligt RVC-metoden, Operation Norrsken)`,
      );
      expect(first?.text).toContain('Uppgiften ägs av: Östersunds kommun');
      expect(first?.text).toContain(`Öppna ärendet: ${PUBLIC_URL}/cases/${overdue.id}`);
      expect(first?.html).toContain(`<a href="${PUBLIC_URL}/cases/${overdue.id}">`);
      expect(composed.every((c) => c.recipient.partyKey === 'ostersunds-kommun')).toBe(true);
    });

    it('tells the party that owes a new task, in Swedish, when the step opened it (issue 13)', async () => {
      const composed = await composer.compose(overdue.assigned);
      // The coordinator chose the digest: no immediate e-mail (the strategist works in no case).
      expect(emailsOf(composed)).toEqual(['handlaggare@ostersund.example', 'stodcentrum.jour@ostersund.example']);
      const [first] = composed;
      expect(first).toMatchObject({ notificationId: overdue.assigned, kind: 'taskAssigned', urgent: false });
      expect(first?.subject).toBe(`Ny uppgift i ärende ${overdue.caseRef}`);
      expect(first?.text).toContain('Er organisation har fått en ny uppgift i ärende');
      expect(first?.text).toContain('– Kontakta den våldsutsatta (senast onsdag 4 mars 2026 kl. 09:00)');
      expect(composed.every((c) => c.recipient.partyKey === 'ostersunds-kommun')).toBe(true);
    });

    it('sends the reminder before the due time as due soon, not urgent', async () => {
      const [first] = await composer.compose(overdue.dueSoon);
      expect(first).toMatchObject({ kind: 'dueSoon', urgent: false });
      expect(first?.subject).toBe(
        `Påminnelse: uppgift i ärende ${overdue.caseRef} ska vara klar onsdag 4 mars 2026 kl. 09:00`,
      );
    });

    it('sends the escalation to the police’s contacts, urgent', async () => {
      const composed = await composer.compose(overdue.escalation);
      expect(emailsOf(composed)).toEqual(['vakthavande.nord@polisen.example']);
      expect(composed[0]).toMatchObject({ kind: 'escalation', urgent: true });
      expect(composed[0]?.subject).toBe(`Eskalering: försenad uppgift i ärende ${overdue.caseRef}`);
      expect(composed[0]?.text).toContain('Till Polismyndigheten Region Nord, Polisområde Jämtland\n');
      expect(composed[0]?.text).toContain('Ni får detta som Polisen eftersom');
      expect(composed[0]?.text).toContain('Uppgiften ägs av: Östersunds kommun');
    });

    it('says nothing about the person: every message passes the PII guard', async () => {
      const all = [
        ...(await composer.compose(overdue.dueSoon)),
        ...(await composer.compose(overdue.overdue)),
        ...(await composer.compose(overdue.escalation)),
      ];
      expect(all.length).toBe(8);
      // The case link is the system's own (its digits can look like a phone number): checked apart.
      const link = `${PUBLIC_URL}/cases/${overdue.id}`;
      const rest = (part: string) => part.split(link).join('');
      expect(all.every((c) => c.text.includes(link))).toBe(true);
      expect(
        all.flatMap((c) => findPersonalData({ subject: rest(c.subject), text: rest(c.text), html: rest(c.html) })),
      ).toEqual([]);
    });

    it('leaves out a user who turned e-mail off or chose the digest, never the mailbox', async () => {
      await as('socialtjanst.ostersund', 'PUT', '/api/me/preferences', { email: 'off', inApp: true });
      expect(emailsOf(await composer.compose(overdue.overdue))).toEqual(['stodcentrum.jour@ostersund.example']);
      await as('socialtjanst.ostersund', 'PUT', '/api/me/preferences', { email: 'immediate', inApp: true });
    });

    it('sends nothing at all for a party when its rendered notice trips the PII guard', async () => {
      const db = app.samverkan.app.get(DataSource);
      // As if a phone number had got into the party's name: the notice shows it, so nothing goes.
      const [{ name }] = (await db.query(`SELECT name FROM party WHERE key = 'polisen-region-nord'`)) as [
        { name: string },
      ];
      await db.query(`UPDATE party SET name = $1 WHERE key = 'polisen-region-nord'`, [`${name}, ring 070-693 54 63`]);
      try {
        expect(await composer.compose(overdue.escalation)).toEqual([]);
        const inbox = (await as('polis.nord', 'GET', '/api/inbox')).body as unknown as InboxPage;
        expect(inbox.items.find((i) => i.id === overdue.escalation)).toMatchObject({ title: 'Eskalering', text: null });
      } finally {
        await db.query(`UPDATE party SET name = $1 WHERE key = 'polisen-region-nord'`, [name]);
      }
      expect(emailsOf(await composer.compose(overdue.escalation))).toEqual(['vakthavande.nord@polisen.example']);
    });

    it('composes nothing for a notification that does not exist', async () => {
      expect(await composer.compose('00000000-0000-4000-8000-000000000000')).toEqual([]);
    });
  });

  describe('the inbox', () => {
    let overdue: Awaited<ReturnType<typeof overdueCase>>;
    const inbox = async (user: string, query = '') =>
      (await as(user, 'GET', `/api/inbox${query}`)).body as unknown as InboxPage;

    beforeAll(async () => {
      overdue = await overdueCase();
    });

    it('shows a user the notices addressed to their party, newest first, unread', async () => {
      const page = await inbox('socialtjanst.ostersund');
      const mine = page.items.filter((i) => i.instanceId === overdue.id);
      expect(mine.map((i) => [i.kind, i.readAt])).toEqual([
        ['overdue', null],
        ['dueSoon', null],
        ['taskAssigned', null],
      ]);
      expect(mine[0]).toMatchObject({
        title: `Försenad uppgift i ärende ${overdue.caseRef}`,
        caseRef: overdue.caseRef,
        link: `${PUBLIC_URL}/cases/${overdue.id}`,
        tasks: [{ key: 'makeContact', title: 'Kontakta den våldsutsatta', dueAt: overdue.dueAt }],
      });
      // Its text as the e-mail has it, for the designer's inbox to show (issue 13).
      expect(mine[0]?.text).toContain('Tiden för en uppgift i ärende');
      expect(mine[0]?.text).toContain(`${PUBLIC_URL}/cases/${overdue.id}`);
      expect(page.unread).toBe(page.total);
      const police = (await inbox('polis.nord')).items.filter((i) => i.instanceId === overdue.id);
      expect(police.map((i) => [i.kind, i.urgent])).toEqual([
        ['escalation', true],
        ['taskAssigned', false], // the start's referContact
      ]);
    });

    it('shows nothing to a user who turned the in-app channel off, and everything again once on', async () => {
      const before = await inbox('socialtjanst.ostersund');
      expect(before.total).toBeGreaterThan(0);
      const off = await as('socialtjanst.ostersund', 'PUT', '/api/me/preferences', {
        email: 'immediate',
        inApp: false,
      });
      expect(off.status).toBe(200);
      expect(await inbox('socialtjanst.ostersund')).toEqual({
        items: [],
        page: 1,
        pageSize: 20,
        total: 0,
        unread: 0,
        inApp: false,
      });
      // A colleague's inbox is theirs: it still shows the party's notices.
      expect((await inbox('samordnare.jamtland')).total).toBe(before.total);
      await as('socialtjanst.ostersund', 'PUT', '/api/me/preferences', { email: 'immediate', inApp: true });
      expect((await inbox('socialtjanst.ostersund')).total).toBe(before.total);
    });

    it('shows a user of another party nothing of it, nor an admin or a strategist', async () => {
      expect(await inbox('aklagare')).toEqual({ items: [], page: 1, pageSize: 20, total: 0, unread: 0, inApp: true });
      expect((await inbox('strateg.ostersund')).total).toBe(0);
      expect((await inbox('admin')).total).toBe(0);
      const stranger = await as('aklagare', 'POST', `/api/inbox/${overdue.overdue}/read`);
      expect(stranger.status).toBe(404);
      expect(stranger.body['code']).toBe('NOTICE_NOT_FOUND');
    });

    it('marks a notice read for the user who read it only', async () => {
      const before = await inbox('socialtjanst.ostersund');
      const read = await as('socialtjanst.ostersund', 'POST', `/api/inbox/${overdue.overdue}/read`);
      expect(read.status).toBe(200);
      expect(read.body['readAt']).toBe(app.clock.now().toISOString());
      const after = await inbox('socialtjanst.ostersund');
      expect(after.unread).toBe(before.unread - 1);
      expect(after.items.find((i) => i.id === overdue.overdue)?.readAt).toBe(app.clock.now().toISOString());
      const colleague = await inbox('samordnare.jamtland');
      expect(colleague.items.find((i) => i.id === overdue.overdue)?.readAt).toBeNull();
      expect((await as('socialtjanst.ostersund', 'POST', `/api/inbox/${overdue.overdue}/read`)).status).toBe(200);
      expect((await inbox('socialtjanst.ostersund')).unread).toBe(after.unread);
      expect((await as('socialtjanst.ostersund', 'POST', '/api/inbox/not-an-id/read')).status).toBe(404);
    });

    it('marks the whole inbox read for the user who asked only (issue 13)', async () => {
      const before = await inbox('samordnare.jamtland');
      expect(before.unread).toBeGreaterThan(0);
      const done = await as('samordnare.jamtland', 'POST', '/api/inbox/read-all');
      expect(done.status).toBe(200);
      expect(done.body).toEqual({ marked: before.unread, unread: 0 });
      const after = await inbox('samordnare.jamtland');
      expect(after.unread).toBe(0);
      expect(after.items.every((i) => i.readAt !== null)).toBe(true);
      expect((await as('samordnare.jamtland', 'POST', '/api/inbox/read-all')).body).toEqual({ marked: 0, unread: 0 });
      // A colleague of the same party still has them unread; an admin has nothing to mark.
      expect((await inbox('socialtjanst.ostersund')).unread).toBeGreaterThan(0);
      expect((await as('admin', 'POST', '/api/inbox/read-all')).body).toEqual({ marked: 0, unread: 0 });
    });

    it('pages, newest first', async () => {
      const all = await inbox('socialtjanst.ostersund', '?pageSize=100');
      expect(all.total).toBeGreaterThanOrEqual(4);
      const first = await inbox('socialtjanst.ostersund', '?page=1&pageSize=1');
      const second = await inbox('socialtjanst.ostersund', '?page=2&pageSize=1');
      expect([first.items[0]?.id, second.items[0]?.id]).toEqual(all.items.slice(0, 2).map((i) => i.id));
      expect(first.total).toBe(all.total);
      const bad = await as('socialtjanst.ostersund', 'GET', '/api/inbox?pageSize=1000');
      expect(bad.status).toBe(422);
      expect(bad.body).toMatchObject({ details: { problems: [{ path: 'pageSize' }] } });
    });
  });

  describe('templates', () => {
    it('lists every kind of notice with its variables and the product template', async () => {
      const kinds = listOf<{ kind: string; audience: string; variables: string[] }>(
        await as('socialtjanst.ostersund', 'GET', '/api/notice-templates'),
      );
      expect(kinds.map((k) => k.kind)).toHaveLength(13);
      expect(kinds.find((k) => k.kind === 'digest')).toMatchObject({
        audience: 'user',
        variables: expect.arrayContaining(['day', 'dueToday.title', 'dueToday.case.link', 'arrived.title']),
      });
      expect(kinds.find((k) => k.kind === 'overdue')?.variables).toEqual(
        expect.arrayContaining(['case.ref', 'case.link', 'task.due', 'tasks.title', 'owedBy']),
      );
    });

    it('previews a template with sample data, escaped', async () => {
      const reply = await as('strateg.jamtland', 'POST', '/api/notice-templates/overdue/preview', {
        html: '<p>{{case.ref}} &lt;{{owedBy}}&gt;</p>',
      });
      expect(reply.status).toBe(200);
      expect(reply.body['html']).toContain('<p>RVC-2603-KMPTXR &lt;Stödcentrum Jämtland&gt;</p>');
      expect(reply.body['subject']).toBe('Försenad uppgift i ärende RVC-2603-KMPTXR');
    });

    it('refuses a variable the kind lacks, a prototype path and unescaped HTML with the part, line and column', async () => {
      const reply = await as('strateg.jamtland', 'POST', '/api/notice-templates/overdue/preview', {
        subject: '{{constructor.constructor}}',
        html: '<p>{{person.name}}</p>\n{{{case.ref}}}',
      });
      expect(reply.status).toBe(422);
      expect(reply.body['code']).toBe('NOTICE_TEMPLATE_INVALID');
      const problems = (reply.body['details'] as { problems: { path: string; code: string; line: number }[] }).problems;
      expect(problems.map((p) => [p.path, p.code, p.line])).toEqual([
        ['subject', 'unknownVariable', 1],
        ['html', 'unknownVariable', 1],
        ['html', 'unescapedOutput', 2],
      ]);
      expect((await as('strateg.jamtland', 'POST', '/api/notice-templates/nonsense/preview', {})).status).toBe(404);
    });

    it('takes a county’s own template from its agreement, refused at save when it uses a variable its kind lacks', async () => {
      const draft = await as('strateg.jamtland', 'POST', `/api/agreements/${agreement}/versions`, {});
      expect(draft.status).toBe(201);
      const version = Number(draft.body['version']);
      const content = draft.body['content'] as Record<string, unknown>;
      const put = (noticeTemplates: unknown, rowVersion: number) =>
        as('strateg.jamtland', 'PUT', `/api/agreements/${agreement}/versions/${version}`, {
          content: { ...content, noticeTemplates },
          rowVersion,
        });
      const refused = await put({ overdue: { html: '<p>{{victim.name}}</p>' } }, Number(draft.body['rowVersion']));
      expect(refused.status).toBe(422);
      expect(refused.body['code']).toBe('AGREEMENT_INVALID');
      expect((refused.body['details'] as { problems: { path: string; code: string }[] }).problems).toEqual([
        expect.objectContaining({ path: 'noticeTemplates.overdue.html', code: 'unknownVariable' }),
      ]);
      const saved = await put(
        { overdue: { subject: 'Jämtland: {{task.title}} i {{case.ref}} är försenad' } },
        Number(draft.body['rowVersion']),
      );
      expect(saved.status).toBe(200);
      await confirmDefaults(app.as, 'strateg.jamtland', agreement, version);
      expect(
        (await as('strateg.jamtland', 'POST', `/api/agreements/${agreement}/versions/${version}/publish`)).status,
      ).toBe(200);
      const county = await overdueCase();
      const [first] = await composer.compose(county.overdue);
      expect(first?.subject).toBe(`Jämtland: Kontakta den våldsutsatta i ${county.caseRef} är försenad`);
      // the parts the county left alone are the product's
      expect(first?.text).toContain('Uppgiften ägs av: Östersunds kommun');
    });
  });
});
