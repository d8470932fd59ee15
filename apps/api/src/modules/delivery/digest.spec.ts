import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { findPersonalData } from '@samverkan/workflows';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { eventually } from '../../testing/eventually.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { type MailSink, type ReceivedMail, startMailSink } from '../../testing/mail-sink.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { MINUTE, TestClock } from '../../testing/test-clock.js';
import { DIGEST_QUEUE, DIGEST_SCHEDULER } from './delivery-queues.js';
import { digestDay, DigestRun } from './digest-run.service.js';
import { digestMessageIdOf } from './message-id.js';

const agreement = 'jamtland-operation-norrsken';
const PUBLIC_URL = 'https://samverkan.example';
/** Monday 2 March 2026, 09:00 in Stockholm (UTC+1): the contact falls due Wednesday 09:00. */
const START = '2026-03-02T08:00:00.000Z';
const centreMailbox = 'stodcentrum.jour@ostersund.example';
const coordinator = 'samordnare@ostersund.example';
const colleague = 'handlaggare@ostersund.example';

/** Quoted-printable decoded (UTF-8), line ends as \\n, and RFC 2047 subjects read. */
function read(mail: ReceivedMail): { subject: string; text: string } {
  const qp = (text: string) =>
    Buffer.from(
      text
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  const subject = mail.subject.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, word: string) => qp(word.replace(/_/g, ' ')));
  return { subject, text: qp(mail.raw).replace(/\r\n/g, '\n') };
}

describe('the digest’s day (DIGEST_TIME on working days, Stockholm time)', () => {
  it('is today from the digest time on, on a working day only', () => {
    expect(digestDay(new Date('2026-03-03T05:59:00Z'), '07:00')).toBeUndefined(); // Tuesday 06:59
    expect(digestDay(new Date('2026-03-03T06:00:00Z'), '07:00')).toBe('2026-03-03'); // Tuesday 07:00
    expect(digestDay(new Date('2026-03-07T08:00:00Z'), '07:00')).toBeUndefined(); // Saturday
    expect(digestDay(new Date('2026-04-03T08:00:00Z'), '07:00')).toBeUndefined(); // långfredagen
    expect(digestDay(new Date('2026-06-01T05:00:00Z'), '07:00')).toBe('2026-06-01'); // 07:00 summer time
    expect(digestDay(new Date('2026-06-01T04:59:00Z'), '07:00')).toBeUndefined();
  });
});

// Issue 13: a user who chose the digest gets no immediate e-mail, and once a day (07:00 on a
// working day) one message with what is due today and what arrived since the last one, through
// the e-mail channel to a real SMTP server, with a Message-ID from the user and the date.
describe('the daily digest, end to end', () => {
  let app: TestApp;
  let sink: MailSink;
  let run: DigestRun;
  let db: DataSource;
  let coordinatorId = '';
  let caseId = '';
  let caseRef = '';

  const digestsTo = (address: string) =>
    sink.received.filter((m) => m.to.includes(address) && read(m).subject.startsWith('Samverkan: sammanfattning'));

  /** Moves business time to a Stockholm wall-clock instant (firing the deadlines on the way). */
  const advanceTo = async (iso: string) => app.advance(new Date(iso).getTime() - app.clock.now().getTime());

  beforeAll(async () => {
    sink = await startMailSink();
    app = await startTestApp(
      'redis',
      { SMTP_URL: sink.url, PUBLIC_URL, DELIVERY_BACKOFF_MS: '50' },
      { clock: new TestClock(START) },
    );
    run = app.samverkan.app.get(DigestRun);
    db = app.samverkan.app.get(DataSource);
    // The worker's scheduler is there; the test runs what its job runs, at instants it chooses.
    const queue = app.samverkan.app.get<Queue>(getQueueToken(DIGEST_QUEUE), { strict: false });
    expect(await queue.getJobScheduler(DIGEST_SCHEDULER)).toMatchObject({ every: 60_000 });
    await queue.removeJobScheduler(DIGEST_SCHEDULER);

    const contact = async (body: Record<string, string>) =>
      expect((await app.as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', body)).status).toBe(201);
    await contact({ address: centreMailbox, label: 'Stödcentrums jourmailbox' });
    await contact({ address: coordinator, username: 'samordnare.jamtland' });
    await contact({ address: colleague, username: 'socialtjanst.ostersund' });
    expect(
      (await app.as('samordnare.jamtland', 'PUT', '/api/me/preferences', { email: 'digest', inApp: true })).status,
    ).toBe(200);
    const [user] = (await db.query(`SELECT id FROM app_user WHERE username = 'samordnare.jamtland'`)) as {
      id: string;
    }[];
    coordinatorId = user?.id ?? '';

    const started = await app.as('polis.nord', 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    caseId = String(started.body['id']);
    caseRef = String(started.body['caseRef']);
    expect(
      (await app.as('polis.nord', 'POST', `/api/instances/${caseId}/events`, { type: 'case.referral.made' })).status,
    ).toBe(201);
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  it('sends the new task at once to the mailbox and a colleague, not to the user who chose the digest', async () => {
    const subject = `Ny uppgift i ärende ${caseRef}`;
    const received = await eventually(
      async () => sink.received.filter((m) => read(m).subject === subject).flatMap((m) => m.to),
      (to) => to.length >= 2,
    );
    expect(received.sort()).toEqual([colleague, centreMailbox]);
  });

  it('sends nothing before the digest time', async () => {
    await advanceTo('2026-03-03T05:59:00Z'); // Tuesday 06:59
    expect(await run.runDue()).toEqual({ written: 0, mailed: 0 });
    expect(await db.query(`SELECT 1 FROM digest`)).toEqual([]);
  });

  it('at 07:00 sends one digest with what arrived since, its Message-ID from the user and the day', async () => {
    await advanceTo('2026-03-03T06:00:00Z'); // Tuesday 07:00
    expect(await run.runDue()).toEqual({ day: '2026-03-03', written: 1, mailed: 1 });
    const [mail] = await eventually(
      async () => digestsTo(coordinator),
      (found) => found.length > 0,
    );
    expect(mail?.messageId).toBe(digestMessageIdOf(coordinatorId, '2026-03-03'));
    const { subject, text } = read(mail as ReceivedMail);
    expect(subject).toBe('Samverkan: sammanfattning tisdag 3 mars 2026');
    expect(text).toContain('Till Östersunds kommun');
    expect(text).toContain(
      `Nytt sedan förra sammanfattningen\n– Ny uppgift i ärende ${caseRef}: ${PUBLIC_URL}/cases/${caseId}`,
    );
    expect(text).not.toContain('Ska vara klart i dag'); // due Wednesday
    // Nothing about a person in the text and HTML parts, once the system's own case link is out.
    const parts = [...text.matchAll(/Content-Transfer-Encoding: quoted-printable\n\n([\s\S]*?)\n--/g)];
    expect(parts).toHaveLength(2);
    const bodies = parts.map((part) => (part[1] ?? '').split(`${PUBLIC_URL}/cases/${caseId}`).join(''));
    expect(findPersonalData({ subject, bodies })).toEqual([]);
    // Nobody else gets a digest: the mailbox and the colleague take notices as they come.
    expect(sink.received.filter((m) => read(m).subject.startsWith('Samverkan: sammanfattning'))).toHaveLength(1);
  });

  it('never makes a second digest for the day, however often or concurrently it runs', async () => {
    await app.advance(30 * MINUTE);
    const runs = await Promise.all([run.runDue(), run.runDue(), run.runDue()]);
    expect(runs.map((r) => r.written)).toEqual([0, 0, 0]);
    expect(await db.query(`SELECT count(*)::int AS n FROM digest`)).toEqual([{ n: 1 }]);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM delivery WHERE digest_id IS NOT NULL AND status = 'delivered'`),
    ).toEqual([{ n: 1 }]);
    expect(digestsTo(coordinator)).toHaveLength(1);
  });

  it('the next working day lists the task due today and only what arrived since the last digest', async () => {
    // Tuesday 21:00 the reminder (12 hours before the due time) is queued on the way.
    await advanceTo('2026-03-04T06:00:00Z'); // Wednesday 07:00
    const runs = await Promise.all([run.runDue(), run.runDue()]);
    expect(runs.map((r) => r.written).sort()).toEqual([0, 1]);
    const mails = await eventually(
      async () => digestsTo(coordinator),
      (found) => found.length > 1,
    );
    expect(mails).toHaveLength(2);
    const { subject, text } = read(mails[1] as ReceivedMail);
    expect(mails[1]?.messageId).toBe(digestMessageIdOf(coordinatorId, '2026-03-04'));
    expect(subject).toBe('Samverkan: sammanfattning onsdag 4 mars 2026');
    expect(text).toContain(
      `Ska vara klart i dag\n– Kontakta den våldsutsatta, ärende ${caseRef} (senast onsdag 4 mars 2026 kl. 09:00): ${PUBLIC_URL}/cases/${caseId}`,
    );
    expect(text).toContain(
      `Nytt sedan förra sammanfattningen\n– Påminnelse: uppgift i ärende ${caseRef} ska vara klar onsdag 4 mars 2026 kl. 09:00`,
    );
    expect(text).not.toContain('Ny uppgift i ärende');
    expect(await db.query(`SELECT count(*)::int AS n FROM digest`)).toEqual([{ n: 2 }]);
  });

  it('writes the day as done but sends nothing when there is nothing to tell', async () => {
    await db.query(`UPDATE task SET status = 'completed' WHERE instance_id = $1`, [caseId]);
    await advanceTo('2026-03-05T06:00:00Z'); // Thursday 07:00
    // The case's 48-hour deadline fired on Wednesday 09:00: its notices arrived since; take them as read.
    await db.query(`UPDATE digest SET until = $1`, [app.clock.now()]);
    expect(await run.runDue()).toEqual({ day: '2026-03-05', written: 1, mailed: 0 });
    expect(digestsTo(coordinator)).toHaveLength(2);
  });
});
