import { jest } from '@jest/globals';
import { getRepositoryToken } from '@nestjs/typeorm';
import { type JWK, SignJWT, base64url, exportJWK, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Repository } from 'typeorm';
import { type TestApp, startTestApp } from '../../testing/test-app.js';
import { SigningKeyEntity } from './signing-key.entity.js';
import { KEY_RELOAD_INTERVAL_MS } from './token.service.js';

const issuer = 'urn:samverkan:local';
/** Generous: a request that loops or stalls fails the test instead of hanging it. */
const prompt = 5_000;

// The local issuer (the default) verifies tokens against keys in PostgreSQL. A token naming a key
// this process has not loaded makes it reload them, for a key another API process may have added;
// forged tokens must not turn that into a loop or a query per request.
describe('bearer tokens of the local issuer', () => {
  let app: TestApp;
  let repository: Repository<SigningKeyEntity>;

  beforeAll(async () => {
    app = await startTestApp('postgres');
    repository = app.samverkan.app.get<Repository<SigningKeyEntity>>(getRepositoryToken(SigningKeyEntity));
    await app.token('polis.nord'); // the keys are loaded from here on
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
  });

  const me = async (token: string) => {
    const response = await fetch(`${app.samverkan.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(prompt),
    });
    return { status: response.status, code: ((await response.json()) as { code?: string }).code };
  };

  const claims = (subject = 'polis.nord') =>
    new SignJWT({})
      .setIssuer(issuer)
      .setAudience('samverkan')
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime('5m');

  /** Signed by a key no process of this API holds, under a kid that names no key. */
  const unknownKidToken = async (kid = 'x') => {
    const stranger = await generateKeyPair('ES256');
    return claims().setProtectedHeader({ alg: 'ES256', kid }).sign(stranger.privateKey);
  };

  /** Counts the real queries that (re)load the signing keys. */
  const countReloads = () => jest.spyOn(repository, 'find');

  it('refuses algorithms the local issuer does not sign with, without reloading keys', async () => {
    const jwks = (await (await fetch(`${app.samverkan.url}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    const published = jwks.keys[0];
    if (!published?.kid) throw new Error('the local issuer publishes no key');
    await sleep(KEY_RELOAD_INTERVAL_MS + 100); // a reload would be allowed now, if anything asked for one
    const reloads = countReloads();

    // HS256 with the published public key as the shared secret (the classic confusion attack).
    const hs256 = await claims()
      .setProtectedHeader({ alg: 'HS256', kid: published.kid })
      .sign(new TextEncoder().encode(JSON.stringify(published)));
    expect(await me(hs256)).toEqual({ status: 401, code: 'AUTH_INVALID_TOKEN' });

    // alg none: no signature at all.
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      iss: issuer,
      aud: 'samverkan',
      sub: 'admin',
      iat: now,
      exp: now + 300,
    })}.`;
    expect(await me(unsigned)).toEqual({ status: 401, code: 'AUTH_INVALID_TOKEN' });

    // Asymmetric algorithms other than ES256, with a known and with an unknown kid.
    const rsa = await generateKeyPair('RS256');
    const p384 = await generateKeyPair('ES384');
    for (const token of [
      await claims().setProtectedHeader({ alg: 'RS256', kid: 'unknown' }).sign(rsa.privateKey),
      await claims().setProtectedHeader({ alg: 'RS256', kid: published.kid }).sign(rsa.privateKey),
      await claims().setProtectedHeader({ alg: 'ES384', kid: 'unknown' }).sign(p384.privateKey),
    ]) {
      expect(await me(token)).toEqual({ status: 401, code: 'AUTH_INVALID_TOKEN' });
    }
    expect(reloads.mock.calls.length).toBe(0);
    reloads.mockRestore();
  });

  it('answers a token with an unknown kid 401 promptly, and a burst of them reloads the keys once', async () => {
    const reloads = countReloads();
    const started = Date.now();
    const burst = await Promise.all(Array.from({ length: 20 }, async () => me(await unknownKidToken())));
    expect(burst).toEqual(Array.from({ length: 20 }, () => ({ status: 401, code: 'AUTH_INVALID_TOKEN' })));
    for (let i = 0; i < 10; i++) expect(await me(await unknownKidToken(`kid-${i}`))).toMatchObject({ status: 401 });
    expect(Date.now() - started).toBeLessThan(prompt);
    expect(reloads.mock.calls.length).toBe(1); // the last load is older than the interval (previous test)
    reloads.mockRestore();
  });

  it('accepts a token signed by a key another process added since the last load, reloading once', async () => {
    // Another API process adds a key (as one does when it finds none at its start).
    const pair = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    await repository.insert({
      kid,
      privateJwk: { ...(await exportJWK(pair.privateKey)), kid, alg: 'ES256' },
      publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' },
    });
    const token = await claims().setProtectedHeader({ alg: 'ES256', kid }).sign(pair.privateKey);
    await sleep(KEY_RELOAD_INTERVAL_MS + 100); // the last load is now older than the interval

    const reloads = countReloads();
    const [accepted, ...forged] = await Promise.all([
      me(token),
      ...Array.from({ length: 20 }, async () => me(await unknownKidToken())),
    ]);
    expect(accepted).toEqual({ status: 200, code: undefined });
    expect(forged.every((reply) => reply.status === 401)).toBe(true);
    expect(reloads.mock.calls.length).toBe(1);

    // Within the interval, unknown kids are refused without asking PostgreSQL again.
    for (let i = 0; i < 10; i++) expect((await me(await unknownKidToken())).status).toBe(401);
    expect(reloads.mock.calls.length).toBe(1);
    expect((await me(token)).status).toBe(200);
    reloads.mockRestore();
  });
});
