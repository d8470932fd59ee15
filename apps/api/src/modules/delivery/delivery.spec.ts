import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR } from '../../testing/test-clock.js';
import { eventually } from '../../testing/eventually.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { type MailSink, startMailSink } from '../../testing/mail-sink.js';
import { type TestComposerSettings, testComposer } from '../../testing/test-composer.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../webhooks/webhook-signature.js';
import { messageIdOf } from './message-id.js';

interface Hook {
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  verified: boolean;
}
interface Delivery {
  id: string;
  notificationId: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  lastError: string | null;
  messageId: string;
  notBefore: string;
}

const agreement = 'jamtland-operation-norrsken';
const police = 'polis.nord';
const centreParty = 'ostersunds-kommun';

// Delivery end to end on PostgreSQL and Redis in this process: a real SMTP server (smtp-server)
// and a real HTTP receiver that verifies signatures as docs/notifications.md tells receivers to.
// Business time moves with the test clock; the queues' retries run on real time (50 ms backoff).
describe.each(['redis', 'postgres'] as const)('delivery of notifications, queues on %s', (backend) => {
  let app: TestApp;
  let sink: MailSink;
  let receiver: Server;
  let receiverUrl = '';
  let secret = '';
  const hooks: Hook[] = [];
  const settings: TestComposerSettings = { urgent: true, webhooks: true };

  beforeAll(async () => {
    sink = await startMailSink();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const timestamp = req.headers[TIMESTAMP_HEADER.toLowerCase()] as string | undefined;
        const signature = req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined;
        const verified = verifySignature(secret, { timestamp, signature }, body, Math.floor(Date.now() / 1000));
        hooks.push({ body, timestamp, signature, verified });
        res.statusCode = verified ? 204 : 401;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    app = await startTestApp(
      backend,
      {
        SMTP_URL: sink.url,
        DELIVERY_ATTEMPTS: '3',
        DELIVERY_BACKOFF_MS: '50',
        PUBLIC_URL: 'https://samverkan.example',
      },
      { noticeComposer: testComposer(settings) },
    );
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  /** A referred RVC case whose centre reminder falls due when the clock moves 36 hours. */
  const reminded = async (): Promise<string> => {
    const started = await app.as(police, 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    const id = String(started.body['id']);
    await app.as(police, 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' });
    await app.advance(36 * HOUR);
    const rows: { id: string }[] = await app.samverkan.app
      .get(DataSource)
      .query(`SELECT id FROM notification WHERE instance_id = $1 AND kind = 'reminder' ORDER BY created_at`, [id]);
    expect(rows).toHaveLength(1);
    return String(rows[0]?.id);
  };

  const deliveriesOf = async (notificationId: string): Promise<Delivery[]> =>
    app.samverkan.app.get(DataSource).query(
      `SELECT id, notification_id AS "notificationId", channel, recipient_key AS recipient, status, attempts,
           last_error AS "lastError", message_id AS "messageId", not_before AS "notBefore"
         FROM delivery WHERE notification_id = $1 ORDER BY channel`,
      [notificationId],
    );

  it('lets the admin set a party’s webhook, answering its secret once', async () => {
    const put = await app.as('admin', 'PUT', `/api/parties/${centreParty}/webhook`, { url: receiverUrl });
    expect(put.status).toBe(201);
    secret = String(put.body['secret']);
    expect(secret).toMatch(/^whsec_/);
    const got = await app.as('admin', 'GET', `/api/parties/${centreParty}/webhook`);
    expect(got.body).toMatchObject({ partyKey: centreParty, url: receiverUrl });
    expect(got.text).not.toContain(secret);
    const stored: { secret_sealed: string }[] = await app.samverkan.app
      .get(DataSource)
      .query(`SELECT secret_sealed FROM webhook WHERE party_key = $1`, [centreParty]);
    expect(stored[0]?.secret_sealed).not.toContain(secret.slice(6));
  });

  it('refuses a bad webhook URL with its path, and a coordinator', async () => {
    const bad = await app.as('admin', 'PUT', `/api/parties/${centreParty}/webhook`, { url: 'ftp://x' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'WEBHOOK_INVALID', details: { problems: [{ path: 'url' }] } });
    expect((await app.as(police, 'GET', `/api/parties/${centreParty}/webhook`)).status).toBe(403);
  });

  it('e-mails the reminder with its stable Message-ID and POSTs a signed webhook without personal data', async () => {
    const notificationId = await reminded();
    const address = `${centreParty}@example.test`;
    const messageId = messageIdOf(notificationId, `email:${address}`);
    const mail = await eventually(
      async () => sink.received.find((m) => m.messageId === messageId),
      (found) => found !== undefined,
    );
    expect(mail).toMatchObject({ to: [address] });
    const hook = await eventually(
      async () => hooks.find((h) => h.body.includes(notificationId)),
      (found) => found !== undefined,
    );
    expect(hook?.verified).toBe(true);
    const body = JSON.parse(hook?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['caseRef', 'createdAt', 'id', 'kind', 'link', 'tasks', 'urgent']);
    expect(body).toMatchObject({
      kind: 'overdue',
      link: expect.stringMatching(/^https:\/\/samverkan\.example\/cases\//),
    });
    expect(body['tasks']).toEqual([expect.objectContaining({ key: 'makeContact', dueAt: expect.any(String) })]);
    const settled = await eventually(
      () => deliveriesOf(notificationId),
      (rows) => rows.every((row) => row.status === 'delivered'),
    );
    expect(settled.map((row) => [row.channel, row.status, row.attempts])).toEqual([
      ['email', 'delivered', 1],
      ['webhook', 'delivered', 1],
    ]);
  });

  it('lets a receiver refuse a replay: the same signed request with an old timestamp fails verification', async () => {
    const hook = hooks.find((h) => h.verified);
    expect(hook).toBeDefined();
    const { body = '', timestamp = '0', signature } = hook ?? {};
    const now = Number(timestamp);
    expect(verifySignature(secret, { timestamp, signature }, body, now)).toBe(true);
    expect(verifySignature(secret, { timestamp, signature }, body, now + 301)).toBe(false);
    expect(verifySignature(secret, { timestamp, signature }, `${body} `, now)).toBe(false);
    expect(verifySignature(secret, { timestamp: String(now + 1), signature }, body, now)).toBe(false);
  });

  it('signs with both secrets during a rotation, so a receiver with either verifies', async () => {
    const rotated = await app.as('admin', 'POST', `/api/parties/${centreParty}/webhook/rotate`);
    expect(rotated.status).toBe(200);
    const previous = secret;
    const next = String(rotated.body['secret']);
    expect(next).not.toBe(previous);
    expect(rotated.body['previousSecretValidUntil']).toEqual(expect.any(String));
    secret = next;
    const notificationId = await reminded();
    const hook = await eventually(
      async () => hooks.find((h) => h.body.includes(notificationId)),
      (found) => found !== undefined,
    );
    const { body = '', timestamp, signature } = hook ?? {};
    expect(signature?.split(',')).toHaveLength(2);
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(next, { timestamp, signature }, body, now)).toBe(true);
    expect(verifySignature(previous, { timestamp, signature }, body, now)).toBe(true);
  });

  it('holds a non-urgent notice written on a Saturday until Monday 08:00 Stockholm time', async () => {
    settings.urgent = false;
    try {
      app.clock.set('2026-03-07T10:00:00Z'); // a Saturday; the reminder falls due 36 hours on
      const notificationId = await reminded();
      const rows = await eventually(
        () => deliveriesOf(notificationId),
        (found) => found.length === 2,
      );
      expect(rows.map((row) => new Date(row.notBefore).toISOString())).toEqual([
        '2026-03-09T07:00:00.000Z',
        '2026-03-09T07:00:00.000Z',
      ]);
      expect(rows.every((row) => row.status === 'pending')).toBe(true);
    } finally {
      settings.urgent = true;
    }
  });

  it('retries a refused e-mail with backoff, makes it a dead letter the admin sees, and retrying delivers it once', async () => {
    settings.webhooks = false;
    sink.refuse = true;
    try {
      const notificationId = await reminded();
      const [dead] = await eventually(
        () => deliveriesOf(notificationId),
        (rows) => rows[0]?.status === 'dead',
      );
      expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: expect.stringContaining('550') });
      const letters = listOf<Delivery>(await app.as('admin', 'GET', '/api/admin/deliveries?status=dead'));
      expect(letters.map((letter) => letter.id)).toContain(dead?.id);
      expect((await app.as(police, 'GET', '/api/admin/deliveries?status=dead')).status).toBe(403);
      const failed = await app.as('admin', 'GET', '/api/admin/queues');
      expect(
        listOf<{ queue: string }>(failed)
          .map((q) => q.queue)
          .sort(),
      ).toEqual(['deadlines', 'digests', 'email', 'notifications', 'webhooks']);

      sink.refuse = false;
      const retried = await app.as('admin', 'POST', `/api/admin/deliveries/${dead?.id}/retry`);
      expect(retried.status).toBe(200);
      const [delivered] = await eventually(
        () => deliveriesOf(notificationId),
        (rows) => rows[0]?.status === 'delivered',
      );
      expect(delivered?.status).toBe('delivered');
      expect(sink.received.filter((m) => m.messageId === dead?.messageId)).toHaveLength(1);
      expect((await app.as('admin', 'POST', `/api/admin/deliveries/${dead?.id}/retry`)).status).toBe(409);
    } finally {
      sink.refuse = false;
      settings.webhooks = true;
    }
  });

  it('retries while the SMTP server is down, makes it a dead letter, and once it is back retrying delivers it once', async () => {
    settings.webhooks = false;
    const port = sink.port;
    await sink.close();
    let dead: Delivery | undefined;
    try {
      const notificationId = await reminded();
      [dead] = await eventually(
        () => deliveriesOf(notificationId),
        (rows) => rows[0]?.status === 'dead',
      );
      expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: expect.stringMatching(/ECONNREFUSED/) });
    } finally {
      sink = await startMailSink(port);
      settings.webhooks = true;
    }
    expect((await app.as('admin', 'POST', `/api/admin/deliveries/${dead?.id}/retry`)).status).toBe(200);
    const mail = await eventually(
      async () => sink.received.filter((m) => m.messageId === dead?.messageId),
      (found) => found.length > 0,
    );
    expect(mail).toHaveLength(1);
  });

  it('shows the admin the cases waiting on an overdue task', async () => {
    const overdue = listOf<{ taskKey: string; caseRef: string }>(await app.as('admin', 'GET', '/api/admin/overdue'));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0]).toMatchObject({ taskKey: expect.any(String), caseRef: expect.any(String) });
  });
});
