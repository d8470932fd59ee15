import 'reflect-metadata';
import { findPersonalData } from '@samverkan/workflows';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { eventually } from '../../testing/eventually.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { type MailSink, type ReceivedMail, startMailSink } from '../../testing/mail-sink.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR, TestClock } from '../../testing/test-clock.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../webhooks/webhook-signature.js';
import type { InboxPage } from './notice-views.js';

const agreement = 'jamtland-operation-norrsken';
const PUBLIC_URL = 'https://samverkan.example';
/** Monday 2 March 2026, 09:00 in Stockholm: the contact is due Wednesday 09:00, in working hours. */
const START = '2026-03-02T08:00:00.000Z';
const centreMailbox = 'stodcentrum.jour@ostersund.example';
const policeMailbox = 'vakthavande.nord@polisen.example';

/** Quoted-printable decoded (UTF-8): soft line breaks joined, `=XX` bytes read. */
function fromQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A received e-mail's subject (RFC 2047 encoded words decoded) and its text. */
function read(mail: ReceivedMail): { subject: string; text: string } {
  const subject = mail.subject.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, word: string) =>
    fromQuotedPrintable(word.replace(/_/g, ' ')),
  );
  return { subject, text: fromQuotedPrintable(mail.raw) };
}

// Issue 13's first acceptance, with the product's own composer (not the delivery tests' trivial
// one): an RVC task runs overdue on PostgreSQL and Redis; a real SMTP server receives the
// notices, a real HTTP receiver the signed webhook; the inbox shows it to the right party only.
describe('notices delivered end to end, with the product’s composer', () => {
  let app: TestApp;
  let sink: MailSink;
  let receiver: Server;
  let secret = '';
  const hooks: { body: string; verified: boolean }[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const timestamp = req.headers[TIMESTAMP_HEADER.toLowerCase()] as string | undefined;
        const signature = req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined;
        const verified = verifySignature(secret, { timestamp, signature }, body, Math.floor(Date.now() / 1000));
        hooks.push({ body, verified });
        res.statusCode = verified ? 204 : 401;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    app = await startTestApp(
      'redis',
      { SMTP_URL: sink.url, PUBLIC_URL, DELIVERY_BACKOFF_MS: '50' },
      { clock: new TestClock(START) },
    );
    const contact = async (party: string, address: string, label: string) =>
      expect((await app.as('admin', 'POST', `/api/parties/${party}/contacts`, { address, label })).status).toBe(201);
    await contact('ostersunds-kommun', centreMailbox, 'Stödcentrums jourmailbox');
    await contact('polisen-region-nord', policeMailbox, 'Vakthavande befäl');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const webhook = await app.as('admin', 'PUT', '/api/parties/ostersunds-kommun/webhook', { url });
    expect(webhook.status).toBe(201);
    secret = String(webhook.body['secret']);
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('tells the centre’s mailbox it is overdue, the police’s of the escalation, the webhook and the inbox of that party only', async () => {
    const started = await app.as('polis.nord', 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    const id = String(started.body['id']);
    const caseRef = String(started.body['caseRef']);
    await app.as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    await app.advance(48 * HOUR);
    const [overdue] = (await app.samverkan.app
      .get(DataSource)
      .query(`SELECT id FROM notification WHERE instance_id = $1 AND kind = 'reminder' ORDER BY created_at DESC`, [
        id,
      ])) as { id: string }[];

    const mailTo = (address: string, subject: string) =>
      eventually(
        async () => sink.received.find((m) => m.to.includes(address) && read(m).subject === subject),
        (found) => found !== undefined,
      );
    const centre = await mailTo(centreMailbox, `Försenad uppgift i ärende ${caseRef}`);
    expect(centre).toBeDefined();
    const centreText = read(centre as ReceivedMail).text;
    expect(centreText).toContain('Till Östersunds kommun');
    expect(centreText).toContain('Kontakta den våldsutsatta (senast onsdag 4 mars 2026 kl. 09:00)');
    expect(centreText).toContain('Uppgiften ägs av: Östersunds kommun');
    expect(centreText).toContain(`${PUBLIC_URL}/cases/${id}`);

    const police = await mailTo(policeMailbox, `Eskalering: försenad uppgift i ärende ${caseRef}`);
    expect(police).toBeDefined();
    expect(read(police as ReceivedMail).text).toContain('Ni får detta som Polisen');

    // Nothing about a person: the guard finds nothing in the text and HTML parts, once the
    // system's own case link is out (the digits of its id can look like a phone number).
    for (const mail of [centre, police] as ReceivedMail[]) {
      const parts = [
        ...read(mail).text.matchAll(/Content-Transfer-Encoding: quoted-printable\r?\n\r?\n([\s\S]*?)\r?\n--/g),
      ];
      expect(parts).toHaveLength(2);
      const bodies = parts.map((part) => (part[1] ?? '').split(`${PUBLIC_URL}/cases/${id}`).join(''));
      expect(findPersonalData({ subject: read(mail).subject, bodies })).toEqual([]);
    }

    const hook = await eventually(
      async () => hooks.find((h) => h.body.includes(overdue?.id ?? 'none')),
      (found) => found !== undefined,
    );
    expect(hook?.verified).toBe(true);
    expect(JSON.parse(hook?.body ?? '{}')).toMatchObject({
      kind: 'overdue',
      caseRef,
      link: `${PUBLIC_URL}/cases/${id}`,
    });

    const inbox = async (user: string) =>
      ((await app.as(user, 'GET', '/api/inbox')).body as unknown as InboxPage).items.filter((i) => i.instanceId === id);
    expect((await inbox('socialtjanst.ostersund')).map((i) => i.kind)).toEqual(['overdue', 'dueSoon', 'taskAssigned']);
    // The police were told of their own task at the start (referContact), then of the escalation.
    expect((await inbox('polis.nord')).map((i) => i.kind)).toEqual(['escalation', 'taskAssigned']);
    expect(await inbox('aklagare')).toEqual([]);
  });
});
