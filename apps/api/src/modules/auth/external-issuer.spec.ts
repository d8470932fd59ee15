import 'reflect-metadata';
import { type JWK, SignJWT, base64url, exportJWK, generateKeyPair, importJWK } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSamverkan, type Samverkan } from '../../bootstrap.js';
import { loadConfig } from '../../platform/config/config.js';
import { createTestDatabase, type TestDatabase, uniqueName } from '../../testing/test-services.js';

const workspaceRoot = new URL('../../../../..', import.meta.url).pathname;
const issuer = 'https://idp.test.invalid/realms/samverkan';

// An OpenID Connect provider stands in as a JWKS endpoint on loopback; the API must trust its
// tokens (by issuer, audience and key) and refuse everything else, and offer no local sign-in.
describe('tokens from an external identity provider', () => {
  let database: TestDatabase;
  let samverkan: Samverkan;
  let jwksServer: http.Server;
  let sign: (claims: { sub: string; iss?: string; aud?: string }) => Promise<string>;
  let signWithStrangerKey: (sub: string) => Promise<string>;
  let providerKeyAsPs256: Awaited<ReturnType<typeof importJWK>>;
  let jwksUrl: string;

  beforeAll(async () => {
    const provider = await generateKeyPair('RS256', { extractable: true });
    const stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    jwksServer = http.createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const port = (jwksServer.address() as AddressInfo).port;
    jwksUrl = `http://127.0.0.1:${port}/jwks`;
    // The provider's own RSA key, usable for PS256 (a WebCrypto key is bound to one algorithm).
    providerKeyAsPs256 = await importJWK(await exportJWK(provider.privateKey), 'PS256');
    const build = (sub: string, iss: string, aud: string) =>
      new SignJWT({}).setIssuer(iss).setAudience(aud).setSubject(sub).setIssuedAt().setExpirationTime('5m');
    sign = ({ sub, iss = issuer, aud = 'samverkan' }) =>
      build(sub, iss, aud).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' }).sign(provider.privateKey);
    signWithStrangerKey = (sub) =>
      build(sub, issuer, 'samverkan').setProtectedHeader({ alg: 'RS256', kid: 'idp-1' }).sign(stranger.privateKey);

    database = await createTestDatabase();
    samverkan = await startSamverkan(
      loadConfig(
        {
          DATABASE_URL: database.url,
          QUEUE_PREFIX: uniqueName('test'),
          AUTH_ISSUER: issuer,
          AUTH_JWKS_URI: `http://127.0.0.1:${port}/jwks`,
          AUTH_CLIENT_ID: 'samverkan-designer',
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
        },
        workspaceRoot,
      ),
    );
  });

  afterAll(async () => {
    await samverkan?.close();
    await database?.drop();
    jwksServer?.close();
  });

  const me = async (token: string) => {
    const response = await fetch(`${samverkan.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('accepts a token of the provider for a known user', async () => {
    const result = await me(await sign({ sub: 'polis.nord' }));
    expect(result.status).toBe(200);
    expect(result.body['party']).toMatchObject({ key: 'polisen-region-nord', kind: 'police' });
  });

  it('refuses tokens of another issuer, audience or key', async () => {
    expect((await me(await sign({ sub: 'polis.nord', iss: 'https://evil.invalid' }))).body['code']).toBe(
      'AUTH_INVALID_TOKEN',
    );
    expect((await me(await sign({ sub: 'polis.nord', aud: 'other-app' }))).status).toBe(401);
    expect((await me(await signWithStrangerKey('polis.nord'))).status).toBe(401);
  });

  it('refuses algorithms outside AUTH_ALGORITHMS, HS256 with the public key, and alg none', async () => {
    const jwks = (await (await fetch(jwksUrl)).json()) as { keys: JWK[] };
    const claims = () =>
      new SignJWT({})
        .setIssuer(issuer)
        .setAudience('samverkan')
        .setSubject('polis.nord')
        .setIssuedAt()
        .setExpirationTime('5m');
    const hs256 = await claims()
      .setProtectedHeader({ alg: 'HS256', kid: 'idp-1' })
      .sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])));
    const ps256 = await claims().setProtectedHeader({ alg: 'PS256', kid: 'idp-1' }).sign(providerKeyAsPs256);
    const unsigned = `${base64url.encode('{"alg":"none"}')}.${base64url.encode(
      JSON.stringify({ iss: issuer, aud: 'samverkan', sub: 'polis.nord', exp: Math.floor(Date.now() / 1000) + 300 }),
    )}.`;
    for (const token of [hs256, ps256, unsigned]) {
      expect(await me(token)).toEqual({
        status: 401,
        body: { code: 'AUTH_INVALID_TOKEN', message: expect.any(String) },
      });
    }
  });

  it('refuses a valid token that names no user', async () => {
    expect(await me(await sign({ sub: 'nobody' }))).toEqual({
      status: 403,
      body: { code: 'AUTH_UNKNOWN_USER', message: expect.any(String) },
    });
  });

  it('tells the designer where to sign in, and lets its page reach the provider and nothing else', async () => {
    const response = await fetch(`${samverkan.url}/auth/config`);
    expect(await response.json()).toEqual({
      mode: 'oidc',
      issuer,
      clientId: 'samverkan-designer',
      scopes: ['openid', 'profile'],
      audience: 'samverkan',
    });
    const csp = (response.headers.get('content-security-policy') ?? '').split(';');
    expect(csp).toContain("connect-src 'self' https://idp.test.invalid");
    expect(csp).toContain("frame-src 'self' https://idp.test.invalid");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  it('offers no local sign-in', async () => {
    const response = await fetch(`${samverkan.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'samverkan' }),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('AUTH_LOCAL_DISABLED');
  });
});
