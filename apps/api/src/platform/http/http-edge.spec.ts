import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from '../../testing/test-app.js';
import {
  MAX_CONCURRENT_RENDERS,
  MAX_WAITING_RENDERS,
  PDF_BUSY_RETRY_AFTER_SECONDS,
  PdfRenderer,
} from '../pdf/pdf-renderer.service.js';
import { AGREEMENT_BODY_LIMIT_BYTES, BODY_LIMIT_BYTES } from './body-parsers.js';

// What every response carries and what every request body must be, before any route sees it.
describe('the HTTP edge', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await startTestApp('redis');
    url = app.samverkan.url ?? '';
  });

  afterAll(async () => {
    await app?.close();
  });

  const send = async (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    const response = await fetch(`${url}${path}`, { ...init, headers, signal: AbortSignal.timeout(10_000) });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, headers: response.headers, code: json['code'], json, text };
  };

  const asJson = (method: string, body: unknown, token?: string): RequestInit & { token?: string } => ({
    method,
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  it('puts security headers on every response, errors and the OpenAPI page included', async () => {
    const token = await app.token('strateg.jamtland');
    const replies = [
      await send('/health'),
      await send('/api/me', { token }),
      await send('/api/nothing-here'),
      await send('/api/nothing-here', { token }),
      await send('/auth/token', asJson('POST', { username: 'admin', password: 'wrong-password' })),
      await send('/.well-known/jwks.json'),
      await send('/api/docs'),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 401, 404, 401, 200, 200]);
    for (const { headers } of replies) {
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      // Served over plain HTTP on a LAN name too, where this would break every asset.
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps case data and tokens out of every cache', async () => {
    const token = await app.token('samordnare.jamtland');
    for (const reply of [
      await send('/api/tasks', { token }),
      await send('/api/notifications', { token }),
      await send(`/api/instances/${randomUUID()}`, { token }),
      await send('/api/me', { token }),
      await send('/api/me'),
      await send('/auth/token', asJson('POST', { username: 'samordnare.jamtland', password: 'samverkan' })),
    ]) {
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses form-encoded and other non-JSON bodies with 415, even with good credentials', async () => {
    const form = await send('/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=admin&password=samverkan',
    });
    expect({ status: form.status, code: form.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(form.json['accessToken']).toBeUndefined();

    const token = await app.token('samordnare.jamtland');
    const start = { agreement: 'jamtland-operation-norrsken', routine: 'rvc' };
    const multipart = new FormData();
    multipart.set('agreement', start.agreement);
    for (const init of [
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(start), token },
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'agreement=x', token },
      { method: 'POST', body: multipart, token },
      { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<start/>', token },
    ]) {
      const reply = await send('/api/instances', init);
      expect({ status: reply.status, code: reply.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    // A request without a body needs no content type.
    const strategist = await app.token('strateg.jamtland');
    const validate = '/api/agreements/jamtland-operation-norrsken/versions/latest/validate';
    expect((await send(validate, { method: 'POST', token: strategist })).status).toBe(200);
  });

  it('answers malformed JSON 400 with a stable code (as before the parsers were replaced)', async () => {
    for (const body of ['{"username":', '"just a string"', 'null', '\u0000']) {
      const reply = await send('/auth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect({ status: reply.status, code: reply.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    }
  });

  it('takes agreement drafts up to 1 MB and refuses bigger bodies, and 100 kB elsewhere, with 413', async () => {
    expect(BODY_LIMIT_BYTES).toBe(100 * 1024);
    expect(AGREEMENT_BODY_LIMIT_BYTES).toBe(1024 * 1024);
    const key = 'jamtland-operation-norrsken';
    const token = await app.token('strateg.jamtland');
    const created = await send(`/api/agreements/${key}/versions`, asJson('POST', {}, token));
    expect(created.status).toBe(201);
    const version = Number(created.json['version']);
    const draft = await send(`/api/agreements/${key}/versions/${version}`, { token });
    const content = draft.json['content'] as { clauses: { text?: string }[] };

    // Ordinary wording, repeated: a long agreement of about 400 kB, four times the small limit.
    const paragraph = 'Parterna ska samverka inom ramen för gällande lagstiftning och sitt ansvarsområde. ';
    const last = content.clauses.at(-1);
    if (!last) throw new Error('the seed agreement has no clauses');
    last.text = `${last.text ?? ''}\n\n${paragraph.repeat(Math.ceil(400_000 / paragraph.length))}`;
    const large = await send(
      `/api/agreements/${key}/versions/${version}`,
      asJson('PUT', { content, rowVersion: draft.json['rowVersion'] }, token),
    );
    expect(large.status).toBe(200);

    last.text = paragraph.repeat(Math.ceil(AGREEMENT_BODY_LIMIT_BYTES / paragraph.length));
    const tooLarge = await send(
      `/api/agreements/${key}/versions/${version}`,
      asJson('PUT', { content, rowVersion: large.json['rowVersion'] }, token),
    );
    expect({ status: tooLarge.status, code: tooLarge.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });

    const padding = 'x'.repeat(BODY_LIMIT_BYTES);
    for (const [path, body, auth] of [
      ['/api/instances', { agreement: key, routine: 'rvc', caseRef: padding }, token],
      ['/auth/token', { username: 'admin', password: padding }, undefined],
    ] as const) {
      const reply = await send(path, asJson('POST', body, auth));
      expect({ status: reply.status, code: reply.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    }
  });

  it('prints at most two PDFs at once and answers a burst beyond the queue 503 with Retry-After', async () => {
    const renderer = app.samverkan.app.get(PdfRenderer);
    const token = await app.token('strateg.jamtland');
    let busiest = 0;
    let longestQueue = 0;
    const sampler = setInterval(() => {
      busiest = Math.max(busiest, renderer.load.rendering);
      longestQueue = Math.max(longestQueue, renderer.load.waiting);
    }, 2);
    // The first PDF of this process: Chromium starts inside the first two slots, so the burst
    // arrives long before any slot frees.
    const burst = await Promise.all(
      Array.from({ length: 16 }, () =>
        send('/api/agreements/jamtland-operation-norrsken/versions/latest/document.pdf', { token }),
      ),
    );
    clearInterval(sampler);

    const printed = burst.filter((reply) => reply.status === 200);
    const refused = burst.filter((reply) => reply.status === 503);
    expect(printed.length + refused.length).toBe(burst.length);
    expect(printed.length).toBeGreaterThanOrEqual(MAX_CONCURRENT_RENDERS + MAX_WAITING_RENDERS);
    expect(refused.length).toBeGreaterThan(0);
    for (const reply of printed) expect(reply.text.startsWith('%PDF-')).toBe(true);
    for (const reply of refused) {
      expect(reply.code).toBe('PDF_BUSY');
      expect(reply.headers.get('retry-after')).toBe(String(PDF_BUSY_RETRY_AFTER_SECONDS));
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
    expect(busiest).toBe(MAX_CONCURRENT_RENDERS);
    expect(longestQueue).toBeLessThanOrEqual(MAX_WAITING_RENDERS);
  });
});
