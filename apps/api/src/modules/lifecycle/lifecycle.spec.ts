import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { confirmDefaults } from '../../testing/confirm-defaults.js';
import { eventually } from '../../testing/eventually.js';
import { type MailSink, type ReceivedMail, startMailSink } from '../../testing/mail-sink.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { DAY, TestClock } from '../../testing/test-clock.js';
import type { MeetingsToScheduleView } from '../agreements/meeting-dates.service.js';
import type { AgreementRemindersView, SignatureRoundView } from './lifecycle-views.js';

/** Monday 2 March 2026, 09:00 in Stockholm. */
const START = '2026-03-02T08:00:00.000Z';
const key = 'tva-parter-lifecycle';
const police = 'polisen-region-nord';
const municipality = 'ostersunds-kommun';
const policeMailbox = 'vakthavande.nord@polisen.example';
const municipalityMailbox = 'registrator@ostersund.example';

/**
 * A two-party agreement: the police and one municipality, Jämtland's lifecycle routine bound to
 * them, a term 1 March – 31 December 2026 renewed a year at a time, and the base template's
 * withdrawal rule (six months' notice, to a year end: Jämtland § 17).
 */
function twoPartyAgreement(): Record<string, unknown> {
  const jamtland = JSON.parse(
    readFileSync(new URL('../../../../../config/agreements/jamtland.json', import.meta.url), 'utf8'),
  ) as {
    county: unknown;
    sources: unknown;
    clauses: unknown;
    parties: { key: string }[];
    roles: { key: string }[];
    routines: { key: string; roles: unknown }[];
  };
  const both = [police, municipality];
  const lifecycle = jamtland.routines.find((routine) => routine.key === 'livscykel');
  return {
    extends: 'samverkan-base@1',
    key,
    title: 'Överenskommelse om samverkan mellan polisen och Östersunds kommun',
    shortName: 'Tvåpartsavtalet',
    kind: 'agreement',
    date: '2026-02-15',
    county: jamtland.county,
    sources: jamtland.sources,
    parties: jamtland.parties.filter((party) => both.includes(party.key)),
    roles: jamtland.roles.filter((role) => role.key === 'samordnare'),
    // A consultation group that meets the first Tuesday of each month at 09:00, convened by the
    // coordinator (whom Östersunds kommun provides).
    bodies: [
      {
        key: 'samradsgrupp',
        kind: 'consultation',
        name: 'Samrådsgruppen',
        clause: '12',
        members: [{ party: police }, { role: 'samordnare' }],
        convener: { ref: 'samordnare', clause: '11' },
        place: { name: 'Östersund', clause: '12' },
        cadence: { kind: 'recurrence', rrule: 'FREQ=MONTHLY;BYDAY=1TU', timeOfDay: '09:00', clause: '12' },
      },
      // The template's steering group meets four times a year on dates its convener sets; here
      // the coordinator convenes it.
      { key: 'styrgrupp', convener: { ref: 'samordnare', clause: '9' } },
    ],
    term: {
      start: '2026-03-01',
      end: '2026-12-31',
      renewal: { kind: 'automatic', period: 'P1Y', clause: '16' },
      clause: '16',
    },
    routines: [{ ...lifecycle, roles: { signatory: { to: both }, coordinator: { to: ['samordnare'] } } }],
    signing: { parties: both, copies: 2, clause: 'Underskrifter' },
    clauses: jamtland.clauses,
  };
}

/** A received e-mail's subject with RFC 2047 encoded words decoded. */
function subjectOf(mail: ReceivedMail): string {
  return mail.subject.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, word: string) =>
    Buffer.from(
      word.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'),
  );
}

/** An attachment's text: its MIME part (by file name), decoded from base64 or quoted-printable. */
function attachmentOf(raw: string, filename: string): string {
  const part = raw.split(/\r?\n--/).find((p) => p.includes(`filename=${filename}`)) ?? '';
  const [headers = '', ...body] = part.split(/\r?\n\r?\n/);
  const content = body.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(headers)) {
    return Buffer.from(content.replace(/\s/g, ''), 'base64').toString('utf8');
  }
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    const bytes = content
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return content;
}

// Issue 13's acceptance for the agreement's own dates, on PostgreSQL and Redis with a real SMTP
// server: publishing starts the signature round, one signature leaves the reminder to the other
// party only, and the last day to give notice is reminded of on the day its rule implies.
describe('the agreement’s own dates', () => {
  let app: TestApp;
  let sink: MailSink;
  let db: DataSource;
  const base = `/api/agreements/${key}/versions/1`;

  beforeAll(async () => {
    sink = await startMailSink();
    app = await startTestApp(
      'redis',
      { SMTP_URL: sink.url, DELIVERY_BACKOFF_MS: '50' },
      { clock: new TestClock(START) },
    );
    db = app.samverkan.app.get(DataSource);
    for (const [party, address] of [
      [police, policeMailbox],
      [municipality, municipalityMailbox],
    ] as const) {
      const added = await app.as('admin', 'POST', `/api/parties/${party}/contacts`, { address, label: 'Registrator' });
      expect(added.status).toBe(201);
    }
    const created = await app.as('strateg.jamtland', 'POST', '/api/agreements', { content: twoPartyAgreement() });
    expect(created.status).toBe(201);
    await confirmDefaults(app.as, 'strateg.jamtland', key, 1);
    const published = await app.as('strateg.jamtland', 'POST', `${base}/publish`);
    expect(published.status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  const round = async () =>
    (await app.as('strateg.jamtland', 'GET', `${base}/signatures`)).body as unknown as SignatureRoundView;
  const notifications = (kind: string) =>
    // Every notice about the agreement hangs on its lifecycle: reminders of its tasks and of its dates.
    db.query(
      `SELECT n.id, n.recipient_party_keys, n.created_at, n.notice FROM notification n JOIN instance i ON i.id = n.instance_id
       WHERE i.routine_key = 'agreement-lifecycle' AND (n.notice->>'kind' = $1 OR ($1 = 'signaturePending' AND n.kind <> 'taskAssigned' AND n.task_keys[1] LIKE 'sign:%'))
       ORDER BY n.created_at`,
      [kind],
    ) as Promise<{ id: string; recipient_party_keys: string[]; created_at: Date; notice: { values: unknown } }[]>;

  it('starts the signature round when the version is published: both parties owe their signature', async () => {
    const started = await round();
    expect(started.lifecycle).toMatchObject({ status: 'active', state: 'sentForSignature' });
    expect(started.pending).toEqual([police, municipality]);
    const tasks: { key: string; party_keys: string[]; due_at: Date }[] = await db.query(
      `SELECT key, party_keys, due_at FROM task WHERE instance_id = $1 AND status = 'open' ORDER BY key`,
      [started.lifecycle?.id],
    );
    // signWithin: 30 days, the product's default (the routine's parameter, shown in …/timers).
    expect(tasks).toEqual([
      { key: `sign:${municipality}`, party_keys: [municipality], due_at: new Date('2026-04-01T07:00:00.000Z') },
      { key: `sign:${police}`, party_keys: [police], due_at: new Date('2026-04-01T07:00:00.000Z') },
    ]);
  });

  it('records a signature by the party’s own coordinator, with a function and never a name', async () => {
    const member = await app.as('polis.nord', 'POST', `${base}/signatures`, {
      party: police,
      signedOn: '2026-03-02',
      signatoryFunction: 'Polisområdeschef',
    });
    expect({ status: member.status, code: member.body['code'] }).toEqual({ status: 403, code: 'SIGNATURE_FORBIDDEN' });
    const other = await app.as('samordnare.jamtland', 'POST', `${base}/signatures`, {
      party: police,
      signedOn: '2026-03-02',
      signatoryFunction: 'Polisområdeschef',
    });
    expect(other.status).toBe(403);
    const withPhone = await app.as('samordnare.jamtland', 'POST', `${base}/signatures`, {
      party: municipality,
      signedOn: '2026-03-02',
      signatoryFunction: 'ring 070 123 45 67',
    });
    expect(withPhone.status).toBe(422);
    expect(JSON.stringify(withPhone.body)).toContain('signatoryFunction');
    const ahead = await app.as('samordnare.jamtland', 'POST', `${base}/signatures`, {
      party: municipality,
      signedOn: '2026-03-03',
      signatoryFunction: 'Kommunstyrelsens ordförande',
    });
    expect({ status: ahead.status, code: ahead.body['code'] }).toEqual({ status: 422, code: 'SIGNATURE_INVALID' });

    const signed = await app.as('samordnare.jamtland', 'POST', `${base}/signatures`, {
      party: municipality,
      signedOn: '2026-03-02',
      signatoryFunction: 'Kommunstyrelsens ordförande',
    });
    expect(signed.status).toBe(201);
    expect((signed.body as unknown as SignatureRoundView).pending).toEqual([police]);
    const again = await app.as('admin', 'POST', `${base}/signatures`, {
      party: municipality,
      signedOn: '2026-03-02',
      signatoryFunction: 'Kommunstyrelsens ordförande',
    });
    expect({ status: again.status, code: again.body['code'] }).toEqual({ status: 409, code: 'SIGNATURE_EXISTS' });
  });

  it('reminds only the party that has not signed, a week before the time for signing runs out', async () => {
    // signReminderBefore: 7 days before the 30 (the product's defaults): Wednesday 25 March, 09:00.
    await app.advance(23 * DAY - 1);
    expect(await notifications('signaturePending')).toEqual([]);
    await app.advance(1);
    const [reminder, ...more] = await notifications('signaturePending');
    expect(more).toEqual([]);
    expect(reminder?.recipient_party_keys).toEqual([police]);
    expect(reminder?.created_at).toEqual(new Date('2026-03-25T08:00:00.000Z'));

    const signature = (m: ReceivedMail) => subjectOf(m) === 'Underskrift saknas: Tvåpartsavtalet';
    const mail = await eventually(
      async () => sink.received.find((m) => m.to.includes(policeMailbox) && signature(m)),
      (found) => found !== undefined,
    );
    expect((mail as ReceivedMail).raw).toContain('Polismyndigheten Region Nord');
    expect(sink.received.filter((m) => m.to.includes(municipalityMailbox) && signature(m))).toEqual([]);
  });

  it('reminds every party of the last day to give notice on the day the withdrawal rule implies', async () => {
    // Six months' notice to a year end: to leave at 31 December 2026, notice by 30 June 2026;
    // the reminder is 30 days before (the product's default), Sunday 31 May at 08:00.
    const before = (await app.as('polis.nord', 'GET', `${base}/reminders`)).body as unknown as AgreementRemindersView;
    expect(before.leads.find((lead) => lead.kind === 'lastDayToGiveNotice')).toMatchObject({
      daysBefore: 30,
      at: '08:00',
      source: { kind: 'product' },
    });
    expect(before.upcoming).toEqual(
      expect.arrayContaining([
        {
          kind: 'lastDayToGiveNotice',
          about: '2026-06-30',
          remindAt: '2026-05-31T06:00:00.000Z',
          parties: [police, municipality],
        },
        {
          kind: 'renewalComing',
          about: '2027-01-01',
          remindAt: '2026-12-02T07:00:00.000Z',
          parties: [police, municipality],
        },
      ]),
    );
    const untilReminder = new Date('2026-05-31T06:00:00.000Z').getTime() - app.clock.now().getTime();
    await app.advance(untilReminder - 1);
    expect(await notifications('lastDayToGiveNotice')).toEqual([]);
    await app.advance(1);
    const [reminder, ...more] = await notifications('lastDayToGiveNotice');
    expect(more).toEqual([]);
    expect(reminder?.created_at).toEqual(new Date('2026-05-31T06:00:00.000Z'));
    expect(reminder?.recipient_party_keys).toEqual([police, municipality]);
    expect(reminder?.notice.values).toEqual({
      notice: { lastDay: 'tisdag 30 juni 2026', termEnds: 'torsdag 31 december 2026' },
    });

    // Composed for both parties' mailboxes; a Sunday's notice waits for Monday 08:00 (working hours).
    const deliveries = await eventually(
      async () =>
        (await db.query(
          `SELECT recipient_key, content->>'subject' AS subject, not_before FROM delivery
           WHERE notification_id = $1 AND channel = 'email' ORDER BY recipient_key`,
          [reminder?.id],
        )) as { recipient_key: string; subject: string; not_before: Date }[],
      (rows) => rows.length === 2,
    );
    expect(deliveries).toEqual([
      {
        recipient_key: `email:${municipalityMailbox}`,
        subject: 'Sista dag att säga upp Tvåpartsavtalet: tisdag 30 juni 2026',
        not_before: new Date('2026-06-01T06:00:00.000Z'),
      },
      {
        recipient_key: `email:${policeMailbox}`,
        subject: 'Sista dag att säga upp Tvåpartsavtalet: tisdag 30 juni 2026',
        not_before: new Date('2026-06-01T06:00:00.000Z'),
      },
    ]);
    // And the next year end's last day is armed in its turn.
    const after = (await app.as('polis.nord', 'GET', `${base}/reminders`)).body as unknown as AgreementRemindersView;
    expect(after.upcoming.find((r) => r.kind === 'lastDayToGiveNotice')).toMatchObject({
      about: '2027-06-30',
      remindAt: '2027-05-31T06:00:00.000Z',
    });
  });

  it('invites the body’s members with the meeting as .ics a week before, and reminds the convener of the minutes', async () => {
    // Published Monday 2 March: the meeting of Tuesday 3 March is invited to at once; the one of
    // Tuesday 7 April on Tuesday 31 March at 08:00 (7 days before, the product's default).
    const invitations = await notifications('meetingInvitation');
    expect(invitations.slice(0, 2).map((n) => [n.created_at.toISOString(), n.recipient_party_keys])).toEqual([
      ['2026-03-02T08:00:00.000Z', [police, municipality]],
      ['2026-03-31T06:00:00.000Z', [police, municipality]],
    ]);
    expect(invitations[0]?.notice.values).toEqual({
      meeting: { body: 'Samrådsgruppen', startsAt: 'tisdag 3 mars 2026 kl. 09:00', place: 'Östersund' },
    });
    const invitation = await eventually(
      async () =>
        sink.received.find(
          (m) =>
            m.to.includes(policeMailbox) && subjectOf(m) === 'Kallelse: Samrådsgruppen tisdag 3 mars 2026 kl. 09:00',
        ),
      (found) => found !== undefined,
    );
    const raw = (invitation as ReceivedMail).raw;
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=mote\.ics/i);
    const ics = attachmentOf(raw, 'mote.ics');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260303T090000');
    expect(ics).toContain('LOCATION:Östersund');

    // Minutes: due 14 days after the meeting (product default); the convener is reminded the day after.
    const minutes = await notifications('minutesDue');
    expect(minutes.slice(0, 2).map((n) => [n.created_at.toISOString(), n.recipient_party_keys])).toEqual([
      ['2026-03-04T07:00:00.000Z', [municipality]],
      ['2026-04-08T06:00:00.000Z', [municipality]],
    ]);
    expect(minutes[0]?.notice.values).toEqual({
      meeting: { body: 'Samrådsgruppen', heldAt: 'tisdag 3 mars 2026 kl. 09:00' },
      due: 'tisdag 17 mars 2026',
    });
  });

  it('has the convener date the meetings the agreement only counts, and dates them in the calendar', async () => {
    // Published in March: the steering group's 2026 meetings are to be dated; its convener hears so at once.
    const [toDate] = await notifications('meetingToSchedule');
    expect([toDate?.created_at.toISOString(), toDate?.recipient_party_keys]).toEqual([
      '2026-03-02T08:00:00.000Z',
      [municipality],
    ]);
    expect(toDate?.notice.values).toEqual({
      meeting: { body: 'Styrgruppen', period: 'torsdag 1 januari 2026 – torsdag 31 december 2026' },
    });
    const meetings = `${base}/meetings`;
    const before = (await app.as('samordnare.jamtland', 'GET', meetings)).body as unknown as MeetingsToScheduleView[];
    const steering = before.find((b) => b.body === 'styrgrupp');
    expect(steering?.convener).toBe(municipality);
    expect(steering?.periods[0]).toMatchObject({ startsOn: '2026-01-01', endsOn: '2026-12-31', scheduled: [] });
    const min = steering?.periods[0]?.min ?? 0;
    expect(min).toBeGreaterThan(0);

    const member = await app.as('polis.nord', 'POST', meetings, { body: 'styrgrupp', startsAt: '2026-06-16T09:00' });
    expect({ status: member.status, code: member.body['code'] }).toEqual({ status: 403, code: 'MEETING_FORBIDDEN' });
    const dated = await app.as('samordnare.jamtland', 'POST', meetings, {
      body: 'styrgrupp',
      startsAt: '2026-06-16T09:00',
    });
    expect(dated.status).toBe(201);
    expect(
      (dated.body as unknown as MeetingsToScheduleView[]).find((b) => b.body === 'styrgrupp')?.periods[0],
    ).toMatchObject({
      scheduled: ['2026-06-16T09:00:00.000+02:00'],
      toSchedule: min - 1,
    });
    const again = await app.as('strateg.jamtland', 'POST', meetings, {
      body: 'styrgrupp',
      startsAt: '2026-06-16T09:00',
    });
    expect({ status: again.status, code: again.body['code'] }).toEqual({ status: 409, code: 'MEETING_EXISTS' });
    const recurring = await app.as('strateg.jamtland', 'POST', meetings, {
      body: 'samradsgrupp',
      startsAt: '2026-06-17T09:00',
    });
    expect({ status: recurring.status, code: recurring.body['code'] }).toEqual({
      status: 422,
      code: 'MEETING_INVALID',
    });

    // Dated in the calendar and its .ics, and invited to a week before.
    const calendar = await app.as('polis.nord', 'GET', `${base}/calendar?from=2026-06-01&to=2026-06-30&body=styrgrupp`);
    expect(
      (calendar.body['entries'] as { kind: string; start: string; dated: boolean }[]).filter(
        (e) => e.kind === 'meeting',
      ),
    ).toEqual([expect.objectContaining({ start: '2026-06-16T09:00:00+02:00', dated: true })]);
    const ics = await app.as('polis.nord', 'GET', `${base}/calendar.ics?from=2026-06-01&to=2026-06-30&body=styrgrupp`);
    expect(ics.text).toContain('DTSTART;TZID=Europe/Stockholm:20260616T090000');
    const reminders = (await app.as('polis.nord', 'GET', `${base}/reminders`))
      .body as unknown as AgreementRemindersView;
    expect(reminders.upcoming).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'meetingInvitation',
          about: '2026-06-16',
          remindAt: '2026-06-09T06:00:00.000Z',
        }),
      ]),
    );
    await app.advance(new Date('2026-06-09T06:00:00.000Z').getTime() - app.clock.now().getTime());
    const invitations = (await notifications('meetingInvitation')).filter(
      (n) => (n.notice.values as { meeting: { body: string } }).meeting.body === 'Styrgruppen',
    );
    expect(invitations.map((n) => [n.created_at.toISOString(), n.notice.values])).toEqual([
      [
        '2026-06-09T06:00:00.000Z',
        {
          meeting: {
            body: 'Styrgruppen',
            startsAt: 'tisdag 16 juni 2026 kl. 09:00',
            place: 'anges inte i överenskommelsen',
          },
        },
      ],
    ]);
  });
});

// Publishing a new version supersedes the one before: its lifecycle ends with it, so nobody is
// reminded to sign a version that no longer holds, while the new version's round runs.
describe('a superseded version’s lifecycle', () => {
  const replaced = 'tva-parter-ersatt';
  let app: TestApp;
  let sink: MailSink;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startMailSink();
    app = await startTestApp('redis', { SMTP_URL: sink.url }, { clock: new TestClock(START) });
    db = app.samverkan.app.get(DataSource);
    const created = await app.as('strateg.jamtland', 'POST', '/api/agreements', {
      content: { ...twoPartyAgreement(), key: replaced },
    });
    expect(created.status).toBe(201);
    await confirmDefaults(app.as, 'strateg.jamtland', replaced, 1);
    expect((await app.as('strateg.jamtland', 'POST', `/api/agreements/${replaced}/versions/1/publish`)).status).toBe(
      200,
    );
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  const lifecycleOf = async (version: number) =>
    (
      (await app.as('strateg.jamtland', 'GET', `/api/agreements/${replaced}/versions/${version}/signatures`))
        .body as unknown as SignatureRoundView
    ).lifecycle;
  const signatureReminders = (version: number) =>
    db.query(
      `SELECT n.recipient_party_keys, n.created_at FROM notification n JOIN instance i ON i.id = n.instance_id
       JOIN agreement a ON a.id = i.agreement_id
       WHERE a.key = $1 AND i.agreement_version = $2 AND i.routine_key = 'agreement-lifecycle'
         AND n.kind <> 'taskAssigned' AND n.task_keys[1] LIKE 'sign:%'
       ORDER BY n.created_at`,
      [replaced, version],
    ) as Promise<{ recipient_party_keys: string[]; created_at: Date }[]>;

  it('ends the old version’s lifecycle on publishing the new one: no signature reminder for it, the new round runs', async () => {
    await app.advance(DAY);
    expect((await app.as('strateg.jamtland', 'POST', `/api/agreements/${replaced}/versions`, {})).status).toBe(201);
    await confirmDefaults(app.as, 'strateg.jamtland', replaced, 2);
    expect((await app.as('strateg.jamtland', 'POST', `/api/agreements/${replaced}/versions/2/publish`)).status).toBe(
      200,
    );

    const old = await lifecycleOf(1);
    expect(old).toMatchObject({ status: 'done', state: 'sentForSignature' });
    const leftOpen: { key: string; status: string }[] = await db.query(
      `SELECT key, status FROM task WHERE instance_id = $1 ORDER BY key`,
      [old?.id],
    );
    expect(leftOpen).toEqual([
      { key: `sign:${municipality}`, status: 'cancelled' },
      { key: `sign:${police}`, status: 'cancelled' },
    ]);
    const pending: unknown[] = await db.query(
      `SELECT id FROM deadline WHERE subject_id = $1::text AND status = 'pending'`,
      [old?.id],
    );
    expect(pending).toEqual([]);
    const history: { type: string; source: string }[] = await db.query(
      `SELECT type, source FROM instance_event WHERE instance_id = $1 ORDER BY seq DESC LIMIT 1`,
      [old?.id],
    );
    expect(history).toEqual([{ type: 'agreement.version.superseded', source: 'system' }]);
    expect(await lifecycleOf(2)).toMatchObject({ status: 'active', state: 'sentForSignature' });

    // Version 1's reminder would have been due 25 March, version 2's is due 26 March (a week
    // before the 30 days run out); past both, only version 2's came.
    await app.advance(24 * DAY);
    expect(await signatureReminders(1)).toEqual([]);
    const reminders = await signatureReminders(2);
    expect(reminders.flatMap((r) => r.recipient_party_keys).sort()).toEqual([municipality, police]);
  });
});

// A county sets its own lead time for a kind of date reminder in its agreement (`reminderLeads`);
// the kinds it leaves out keep the product's defaults, and the view says whose each one is.
describe('a county’s own lead times', () => {
  const chosen = 'tva-parter-ledtider';
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('postgres', {}, { clock: new TestClock(START) });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a lead time that is not whole days within a year, with its path', async () => {
    const reply = await app.as('strateg.jamtland', 'POST', '/api/agreements', {
      content: { ...twoPartyAgreement(), key: chosen, reminderLeads: { meetingInvitation: { daysBefore: 400 } } },
    });
    expect(reply.status).toBe(422);
    expect(JSON.stringify(reply.body)).toContain('reminderLeads.meetingInvitation.daysBefore');
  });

  it('invites to each meeting the county’s chosen days before, at its time, and marks the choice as the county’s', async () => {
    const created = await app.as('strateg.jamtland', 'POST', '/api/agreements', {
      content: {
        ...twoPartyAgreement(),
        key: chosen,
        reminderLeads: { meetingInvitation: { daysBefore: 14, at: '09:30' } },
      },
    });
    expect(created.status).toBe(201);
    await confirmDefaults(app.as, 'strateg.jamtland', chosen, 1);
    const base = `/api/agreements/${chosen}/versions/1`;
    expect((await app.as('strateg.jamtland', 'POST', `${base}/publish`)).status).toBe(200);
    // The meeting of 3 March is invited to at once; then the next one's invitation is armed.
    await app.advance(1000);
    const view = (await app.as('strateg.jamtland', 'GET', `${base}/reminders`))
      .body as unknown as AgreementRemindersView;
    expect(view.leads.find((lead) => lead.kind === 'meetingInvitation')).toEqual({
      kind: 'meetingInvitation',
      daysBefore: 14,
      at: '09:30',
      source: { kind: 'county' },
    });
    expect(view.leads.find((lead) => lead.kind === 'minutesDue')?.source.kind).toBe('product');
    // Tuesday 7 April's meeting: 14 days before is Tuesday 24 March, 09:30 in Stockholm (CET).
    expect(view.upcoming).toContainEqual({
      kind: 'meetingInvitation',
      about: '2026-04-07',
      remindAt: '2026-03-24T08:30:00.000Z',
      parties: [police, municipality],
    });
  });

  it('lets the county’s strategist record a party’s signature from the signed copy, not another county’s', async () => {
    const base = `/api/agreements/${chosen}/versions/1/signatures`;
    const signature = { party: police, signedOn: '2026-03-02', signatoryFunction: 'Polisområdeschef' };
    const stranger = await app.as('strateg.vasternorrland', 'POST', base, signature);
    expect([403, 404]).toContain(stranger.status);
    const recorded = await app.as('strateg.jamtland', 'POST', base, signature);
    expect(recorded.status).toBe(201);
    expect((recorded.body as unknown as SignatureRoundView).pending).toEqual([municipality]);
  });
});
