import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import { createHmac, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type Access, type Caller, type Outcome, accessPolicy, rules } from './access-policy.js';
import type { Role } from './platform/auth/role.js';
import { startTestApp, type TestApp } from './testing/test-app.js';
import { inTargetGroup } from './testing/case-facts.js';

/**
 * Every route of the running application × every user role × an organisation in the case, another
 * party of the same agreement and an organisation of another county, and every kind of bad token.
 * Expected outcomes come from access-policy.ts; a route it does not name fails here.
 *
 * Writes are sent so that a caller who passes access meets a refusal of the object's state
 * (a stale row version, a published version, a taken case reference, an event the state does not
 * expect): the matrix proves who gets past the door without changing what is behind it.
 */

interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status a caller allowed in gets for this call. */
  ok: number;
}
type Variant = 'published' | 'draft';
type SigningKey = Parameters<SignJWT['sign']>[0];

const agreement = 'jamtland-operation-norrsken';
const idempotencyKey = randomUUID();
const caseInput = { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland };
/** A mailbox entered before the matrix runs: entering it again is refused (409) to whoever gets in. */
const matrixMailbox = { address: 'matrix@ostersund.example', label: 'Matrisens brevlåda' };
/** A steering group meeting dated before the matrix runs, likewise (the group has no named convener). */
const matrixMeeting = { body: 'styrgrupp', startsAt: `${new Date().getFullYear() + 1}-03-09T09:00` };
/** A signature recorded before the matrix runs, likewise. */
const matrixSignature = { party: 'ostersunds-kommun', signedOn: '2024-09-01', signatoryFunction: 'Kommundirektör' };
/** A notice of withdrawal recorded before the matrix runs, likewise (one per party). */
const matrixWithdrawal = { party: 'ostersunds-kommun', givenOn: '2024-09-02', signatoryFunction: 'Kommundirektör' };
const parties: Record<Caller['relation'], { party: string; county: string }> = {
  right: { party: 'ostersunds-kommun', county: '23' },
  sameCounty: { party: 'krokoms-kommun', county: '23' },
  otherCounty: { party: 'sundsvalls-kommun', county: '22' },
};
const roles: Role[] = ['admin', 'strategist', 'coordinator', 'member'];
const callers: (Caller & { username: string })[] = roles.flatMap((role) =>
  (Object.keys(parties) as Caller['relation'][]).map((relation) => ({
    role,
    relation,
    username: `matrix.${role}.${relation}`,
  })),
);

describe('access matrix', () => {
  let app: TestApp;
  let draftVersion = 0;
  let caseId = '';
  let routineDefinition: unknown;
  const badTokens: Record<string, string> = {};

  /** How to call each route; the objects are the Jämtland agreement and one RVC case in it. */
  const calls = (route: string, variant: Variant): Call | undefined => {
    const version = variant === 'draft' ? String(draftVersion) : '1';
    const base = `/api/agreements/${agreement}/versions/${version}`;
    const table: Record<string, Call> = {
      'GET /health': { path: '/health', ok: 200 },
      'POST /auth/token': { path: '/auth/token', body: {}, ok: 422 },
      'GET /.well-known/jwks.json': { path: '/.well-known/jwks.json', ok: 200 },
      'GET /auth/config': { path: '/auth/config', ok: 200 },
      'GET /api/docs': { path: '/api/docs', ok: 200 },
      'GET /api/docs/': { path: '/api/docs/', ok: 200 },
      'GET /api/docs/index.html': { path: '/api/docs/index.html', ok: 200 },
      // Swagger UI registers the route, but swagger-ui-dist ships no LICENSE file: public, and absent.
      'GET /api/docs/LICENSE': { path: '/api/docs/LICENSE', ok: 404 },
      'GET /api/docs/swagger-ui-init.js': { path: '/api/docs/swagger-ui-init.js', ok: 200 },
      'GET /api/docs/docs/swagger-ui-init.js': { path: '/api/docs/docs/swagger-ui-init.js', ok: 200 },
      'GET /api/docs/openapi.json': { path: '/api/docs/openapi.json', ok: 200 },
      'GET /api/docs-yaml': { path: '/api/docs-yaml', ok: 200 },
      'GET /api/me': { path: '/api/me', ok: 200 },
      'GET /api/municipalities': { path: '/api/municipalities', ok: 200 },
      'GET /api/parties': { path: '/api/parties', ok: 200 },
      'POST /api/parties/:party/counties': {
        path: '/api/parties/ostersunds-kommun/counties',
        body: { countyCode: '23' },
        ok: 200,
      },
      'GET /api/templates': { path: '/api/templates', ok: 200 },
      'GET /api/templates/:ref': { path: '/api/templates/samverkan-base@1', ok: 200 },
      // Past the door, the template key is not one: refused before anything is stored.
      'POST /api/templates': {
        path: '/api/templates',
        body: { agreement, key: 'Ingen nyckel', name: 'Mall', description: 'Matrisens.' },
        ok: 422,
      },
      'GET /api/agreements/:agreement/template-update': {
        path: `/api/agreements/${agreement}/template-update`,
        ok: 200,
      },
      'POST /api/agreements/:agreement/template-update': {
        path: `/api/agreements/${agreement}/template-update`,
        body: { to: 'samverkan-base@1', take: [] },
        ok: 409,
      },
      'GET /api/agreements': { path: '/api/agreements', ok: 200 },
      'POST /api/agreements': { path: '/api/agreements', body: { content: publishedContent }, ok: 409 },
      'GET /api/agreements/:agreement': { path: `/api/agreements/${agreement}`, ok: 200 },
      'POST /api/agreements/:agreement/versions': { path: `/api/agreements/${agreement}/versions`, body: {}, ok: 409 },
      'GET /api/agreements/:agreement/versions/:version': { path: base, ok: 200 },
      'PUT /api/agreements/:agreement/versions/:version': {
        path: `/api/agreements/${agreement}/versions/${draftVersion}`,
        body: { content: publishedContent, rowVersion: 999_999 },
        ok: 409,
      },
      'POST /api/agreements/:agreement/versions/:version/validate': { path: `${base}/validate`, ok: 200 },
      'POST /api/agreements/:agreement/versions/:version/publish': {
        path: `/api/agreements/${agreement}/versions/1/publish`,
        ok: 409,
      },
      'POST /api/agreements/:agreement/versions/:version/default-confirmations': {
        path: `/api/agreements/${agreement}/versions/1/default-confirmations`,
        body: { confirm: ['routines.rvc.parameters.contactWithin'], rowVersion: 1 },
        ok: 409,
      },
      'GET /api/agreements/:agreement/versions/:version/document': { path: `${base}/document`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/document.pdf': { path: `${base}/document.pdf`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/cost-split': { path: `${base}/cost-split`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/withdrawal': {
        path: `${base}/withdrawal?party=ostersunds-kommun`,
        ok: 200,
      },
      'GET /api/agreements/:agreement/versions/:version/term': { path: `${base}/term`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/obligations': {
        path: `${base}/obligations?party=ostersunds-kommun`,
        ok: 200,
      },
      'GET /api/agreements/:agreement/versions/:version/calendar': {
        path: `${base}/calendar?from=2026-01-01&to=2026-03-31`,
        ok: 200,
      },
      'GET /api/agreements/:agreement/versions/:version/calendar.ics': {
        path: `${base}/calendar.ics?from=2026-01-01&to=2026-03-31`,
        ok: 200,
      },
      'GET /api/agreements/:agreement/versions/:version/diff': { path: `${base}/diff?against=template`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/coverage': { path: `${base}/coverage`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/timers': { path: `${base}/timers`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/signatures': { path: `${base}/signatures`, ok: 200 },
      // Recorded before the matrix runs: recording it again is refused (409) to whoever gets in.
      'POST /api/agreements/:agreement/versions/:version/signatures': {
        path: `/api/agreements/${agreement}/versions/1/signatures`,
        body: matrixSignature,
        ok: 409,
      },
      'GET /api/agreements/:agreement/versions/:version/reminders': { path: `${base}/reminders`, ok: 200 },
      'GET /api/agreements/:agreement/versions/:version/meetings': { path: `${base}/meetings`, ok: 200 },
      // Dated before the matrix runs: dating it again is refused (409) to whoever gets in.
      'POST /api/agreements/:agreement/versions/:version/meetings': {
        path: `/api/agreements/${agreement}/versions/1/meetings`,
        body: matrixMeeting,
        ok: 409,
      },
      'GET /api/agreements/:agreement/withdrawals': { path: `/api/agreements/${agreement}/withdrawals`, ok: 200 },
      // Recorded before the matrix runs: giving notice again is refused (409) to whoever gets in.
      'POST /api/agreements/:agreement/withdrawals': {
        path: `/api/agreements/${agreement}/withdrawals`,
        body: matrixWithdrawal,
        ok: 409,
      },
      // Past the door, the party is none of the agreement's: refused, nothing made.
      'POST /api/agreements/:agreement/calendar-feeds': {
        path: `/api/agreements/${agreement}/calendar-feeds`,
        body: { party: 'ingen-part' },
        ok: 422,
      },
      'GET /api/agreements/:agreement/calendar-feeds': { path: `/api/agreements/${agreement}/calendar-feeds`, ok: 200 },
      'DELETE /api/agreements/:agreement/calendar-feeds/:feed': {
        path: `/api/agreements/${agreement}/calendar-feeds/${randomUUID()}`,
        ok: 404,
      },
      // Public: the secret is the access; one no feed has is 404 for everyone.
      'GET /api/feeds/:file': { path: `/api/feeds/${'A'.repeat(43)}.ics`, ok: 404 },
      'GET /api/routines': { path: '/api/routines', ok: 200 },
      'GET /api/routines/:key/versions/:version': { path: '/api/routines/rvc-referral/versions/1', ok: 200 },
      'POST /api/routines': { path: '/api/routines', body: routineDefinition, ok: 200 },
      'POST /api/routines/:key/migrations': {
        path: '/api/routines/rvc-referral/migrations',
        body: { from: 1, to: 1, states: {}, dryRun: true },
        ok: 200,
      },
      'POST /api/instances': {
        path: '/api/instances',
        body: { agreement, routine: 'rvc', input: caseInput },
        headers: { 'idempotency-key': idempotencyKey },
        ok: 409,
      },
      'GET /api/instances/:id': { path: `/api/instances/${caseId}`, ok: 200 },
      'POST /api/instances/:id/events': {
        path: `/api/instances/${caseId}/events`,
        body: { type: 'case.followUp.completed' },
        ok: 409,
      },
      'GET /api/tasks': { path: '/api/tasks', ok: 200 },
      'GET /api/notifications': { path: '/api/notifications', ok: 200 },
      'GET /api/parties/:party/contacts': { path: '/api/parties/ostersunds-kommun/contacts', ok: 200 },
      'POST /api/parties/:party/contacts': {
        path: '/api/parties/ostersunds-kommun/contacts',
        body: matrixMailbox,
        ok: 409,
      },
      'DELETE /api/parties/:party/contacts/:contact': {
        path: `/api/parties/ostersunds-kommun/contacts/${randomUUID()}`,
        ok: 404,
      },
      'GET /api/me/preferences': { path: '/api/me/preferences', ok: 200 },
      'PUT /api/me/preferences': { path: '/api/me/preferences', body: { email: 'immediate', inApp: true }, ok: 200 },
      'GET /api/inbox': { path: '/api/inbox', ok: 200 },
      'POST /api/inbox/:id/read': { path: `/api/inbox/${randomUUID()}/read`, ok: 404 },
      'POST /api/inbox/read-all': { path: '/api/inbox/read-all', ok: 200 },
      'GET /api/notice-templates': { path: '/api/notice-templates', ok: 200 },
      'POST /api/notice-templates/:kind/preview': { path: '/api/notice-templates/overdue/preview', body: {}, ok: 200 },
      // No webhook is set for the party: those allowed in meet 404, a bad URL 422 (nothing written).
      'GET /api/parties/:party/webhook': { path: '/api/parties/ostersunds-kommun/webhook', ok: 404 },
      'PUT /api/parties/:party/webhook': {
        path: '/api/parties/ostersunds-kommun/webhook',
        body: { url: 'ftp://not-a-webhook' },
        ok: 422,
      },
      'DELETE /api/parties/:party/webhook': { path: '/api/parties/ostersunds-kommun/webhook', ok: 404 },
      'POST /api/parties/:party/webhook/rotate': { path: '/api/parties/ostersunds-kommun/webhook/rotate', ok: 404 },
      'GET /api/admin/deliveries': { path: '/api/admin/deliveries?status=dead', ok: 200 },
      'GET /api/admin/deliveries/summary': { path: '/api/admin/deliveries/summary', ok: 200 },
      'POST /api/admin/deliveries/:id/retry': { path: `/api/admin/deliveries/${randomUUID()}/retry`, ok: 404 },
      'POST /api/admin/deliveries/:id/discard': { path: `/api/admin/deliveries/${randomUUID()}/discard`, ok: 404 },
      'GET /api/admin/queues': { path: '/api/admin/queues', ok: 200 },
      'GET /api/admin/queues/:queue/jobs': { path: '/api/admin/queues/email/jobs?state=failed', ok: 200 },
      'POST /api/admin/queues/:queue/jobs/:job/retry': { path: '/api/admin/queues/email/jobs/none/retry', ok: 404 },
      'POST /api/admin/queues/:queue/jobs/:job/discard': { path: '/api/admin/queues/email/jobs/none/discard', ok: 404 },
      'GET /api/admin/overdue': { path: '/api/admin/overdue', ok: 200 },
    };
    return table[route];
  };
  let publishedContent: unknown;

  const send = async (method: string, call: Call, authorization?: string) => {
    const response = await fetch(`${app.samverkan.url}${call.path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...call.headers,
      },
      body: call.body !== undefined ? JSON.stringify(call.body) : undefined,
    });
    await response.arrayBuffer();
    return response.status;
  };

  /** `METHOD /path` of every route Express serves, read from the running application. */
  const routeTable = (): string[] => {
    const express = (app.samverkan.app as INestApplication).getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    return express.router.stack.flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((method) => method !== '_all')
            .map((method) => `${method.toUpperCase()} ${layer.route?.path ?? ''}`)
        : [],
    );
  };

  const variantsOf = (route: string): [Variant, Access][] => {
    const entry = accessPolicy[route];
    if (entry === undefined) return [];
    return typeof entry === 'string'
      ? [['published', entry]]
      : [
          ['published', entry.published],
          ['draft', entry.draft],
        ];
  };

  beforeAll(async () => {
    app = await startTestApp('redis');
    for (const caller of callers) {
      const { party, county } = parties[caller.relation];
      await app.addUser({
        username: caller.username,
        party,
        roles: [caller.role],
        counties: caller.role === 'strategist' ? [county] : [],
      });
    }
    const published = await app.as('strateg.jamtland', 'GET', `/api/agreements/${agreement}/versions/1`);
    publishedContent = published.body['content'];
    const draft = await app.as('strateg.jamtland', 'POST', `/api/agreements/${agreement}/versions`, {});
    draftVersion = Number(draft.body['version']);
    const started = await app.as(
      'polis.nord',
      'POST',
      '/api/instances',
      { agreement, routine: 'rvc', input: caseInput },
      { 'idempotency-key': idempotencyKey },
    );
    caseId = String(started.body['id']);
    await app.as('polis.nord', 'POST', `/api/instances/${caseId}/events`, { type: 'case.referral.made' });
    routineDefinition = (await app.as('admin', 'GET', '/api/routines/rvc-referral/versions/1')).body;
    await app.as('admin', 'POST', '/api/parties/ostersunds-kommun/contacts', matrixMailbox);
    expect(
      (await app.as('admin', 'POST', `/api/agreements/${agreement}/versions/1/signatures`, matrixSignature)).status,
    ).toBe(201);
    expect(
      (await app.as('admin', 'POST', `/api/agreements/${agreement}/versions/1/meetings`, matrixMeeting)).status,
    ).toBe(201);
    expect((await app.as('admin', 'POST', `/api/agreements/${agreement}/withdrawals`, matrixWithdrawal)).status).toBe(
      201,
    );
    await forgeTokens();
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Tokens that must all be refused: each wrong in one way, the rest of it right. */
  async function forgeTokens() {
    const config = app.samverkan.runtime.config.auth;
    const [key] = (await app.samverkan.app
      .get(DataSource)
      .query('SELECT kid, private_jwk, public_jwk FROM signing_key ORDER BY created_at DESC LIMIT 1')) as {
      kid: string;
      private_jwk: JWK;
      public_jwk: JWK;
    }[];
    if (!key) throw new Error('no signing key');
    const subject = 'matrix.member.right';
    const signed = (claims: { iss?: string; aud?: string; exp?: number }, kid = key.kid, privateKey?: SigningKey) =>
      (async () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
          .setIssuer(claims.iss ?? config.localIssuer)
          .setAudience(claims.aud ?? config.audience)
          .setSubject(subject)
          .setIssuedAt()
          .setExpirationTime(claims.exp ?? '1h')
          .sign(privateKey ?? (await importJWK(key.private_jwk, 'ES256'))))();
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = {
      sub: subject,
      iss: config.localIssuer,
      aud: config.audience,
      exp: Math.floor(Date.now() / 1000) + 3600,
    };
    const hs256Header = b64({ alg: 'HS256', kid: key.kid, typ: 'JWT' });
    const hs256Secret = JSON.stringify(key.public_jwk);
    const stranger = await generateKeyPair('ES256');
    badTokens['garbage'] = 'Bearer not-a-token';
    badTokens['empty bearer'] = 'Bearer ';
    badTokens['basic'] = 'Basic YWRtaW46c2FtdmVya2Fu';
    badTokens['expired'] = `Bearer ${await signed({ exp: Math.floor(Date.now() / 1000) - 60 })}`;
    badTokens['wrong audience'] = `Bearer ${await signed({ aud: 'another-service' })}`;
    badTokens['wrong issuer'] = `Bearer ${await signed({ iss: 'https://evil.example' })}`;
    badTokens['unknown kid'] = `Bearer ${await signed({}, 'x', stranger.privateKey)}`;
    badTokens['unknown key, known kid'] = `Bearer ${await signed({}, key.kid, stranger.privateKey)}`;
    badTokens['alg none'] = `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    badTokens['HS256 with the public key'] = `Bearer ${hs256Header}.${b64(payload)}.${createHmac('sha256', hs256Secret)
      .update(`${hs256Header}.${b64(payload)}`)
      .digest('base64url')}`;
  }

  it('has a policy for every route the application serves, and no policy for a route it does not', () => {
    const routes = routeTable();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((route) => accessPolicy[route] === undefined)).toEqual([]);
    expect(Object.keys(accessPolicy).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('refuses every non-public route without a valid token (401), and serves public ones to anyone', async () => {
    const wrong: string[] = [];
    for (const route of routeTable()) {
      const [method = ''] = route.split(' ');
      for (const [variant, access] of variantsOf(route)) {
        const call = calls(route, variant);
        if (!call) throw new Error(`no call for ${route}`);
        for (const [name, token] of [['no token', undefined] as const, ...Object.entries(badTokens)]) {
          const status = await send(method, call, token);
          const expected = access === 'public' ? call.ok : 401;
          if (status !== expected) wrong.push(`${route} (${variant}) with ${name}: ${status}, expected ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  it('answers every signed-in caller as the policy says, on every route', async () => {
    const statusOf: Record<Exclude<Outcome, 'ok'>, number> = { forbidden: 403, hidden: 404 };
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routeTable()) {
      const [method = ''] = route.split(' ');
      for (const [variant, access] of variantsOf(route)) {
        const call = calls(route, variant);
        if (!call) throw new Error(`no call for ${route}`);
        for (const caller of callers) {
          const outcome: Outcome = access === 'public' ? 'ok' : rules[access](caller);
          const expected = outcome === 'ok' ? call.ok : statusOf[outcome];
          const status = await send(method, call, `Bearer ${await app.token(caller.username)}`);
          checked += 1;
          if (status !== expected) {
            wrong.push(
              `${route} (${variant}) as ${caller.role} of ${caller.relation}: ${status}, expected ${expected}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 180_000);

  it('left the objects as they were: the draft unpublished, the case where it stood', async () => {
    const draft = await app.as('strateg.jamtland', 'GET', `/api/agreements/${agreement}/versions/${draftVersion}`);
    expect(draft.body['status']).toBe('draft');
    const view = await app.as('polis.nord', 'GET', `/api/instances/${caseId}`);
    expect((view.body['history'] as unknown[]).length).toBe(2);
  });
});
