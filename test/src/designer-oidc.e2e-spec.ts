// Signing in to the designer as a county runs it: the API trusts the county's OpenID Connect
// provider (AUTH_ISSUER, AUTH_JWKS_URI) and publishes the designer's client there (AUTH_CLIENT_ID),
// so local sign-in is off. A real provider (oidc-provider) runs on loopback; the designer signs in
// through it with the authorization code flow and PKCE, renews its token with the refresh token,
// and signs out at the provider. A user the provider knows but the API does not is told so in
// Swedish. axe-core checks the designer's sign-in pages.
import type { Request } from 'playwright-core';
import { freePort } from './support/api-process.js';
import { seriousViolations } from './support/axe.js';
import { designerSession, required } from './support/designer-session.js';
import { type OidcProvider, startOidcProvider } from './support/oidc-provider.js';

const TIMEOUT = 180_000;
const CLIENT_ID = 'samverkan-designer';
// The seeded strategist's subject is their username (config/identity/users.json).
const STRATEGIST = { sub: 'strateg.jamtland', displayName: 'Länsstrateg Jämtland' };
// Known to the provider, not to Samverkan.
const STRANGER = 'okand.handlaggare';
// oidc-client-ts renews 60 s before expiry: with 75 s the refresh comes some 15 s after sign-in.
const ACCESS_TOKEN_TTL = 75;

describe('the designer signing in through the county’s identity provider', () => {
  let provider: OidcProvider | undefined;
  let apiPort: number | undefined;
  const issuer = () => required(provider, 'The provider').issuer;

  // The provider starts first: it must know the designer's origin (the API's port, chosen here)
  // and the API is started trusting it. Jest runs this block's hooks in the order registered, so
  // this one runs before the session's beforeAll, and the provider stops after the API.
  beforeAll(async () => {
    apiPort = await freePort();
    provider = await startOidcProvider({
      port: await freePort(),
      designerOrigin: `http://127.0.0.1:${apiPort}`,
      clientId: CLIENT_ID,
      audience: 'samverkan',
      accounts: [STRATEGIST.sub, STRANGER],
      accessTokenTtl: ACCESS_TOKEN_TTL,
    });
  }, TIMEOUT);

  const session = designerSession({
    timeout: TIMEOUT,
    env: () => ({
      PORT: String(required(apiPort, 'The API port')),
      AUTH_ISSUER: issuer(),
      AUTH_JWKS_URI: `${issuer()}/jwks`,
      AUTH_ALGORITHMS: 'RS256',
      AUTH_CLIENT_ID: CLIENT_ID,
      AUTH_CLIENT_SCOPES: 'openid profile api',
    }),
  });

  afterAll(async () => {
    await provider?.stop();
  }, TIMEOUT);

  beforeEach(() => {
    session.page.on('console', (message) => {
      // A refused request to the provider shows up here first (Content-Security-Policy). The
      // provider's own development pages are not ours to judge (they load web fonts, no favicon).
      if (message.type() === 'error' && !session.page.url().startsWith(issuer())) {
        session.pageErrors.push(message.text());
      }
    });
  }, TIMEOUT);

  const h1 = (name: string) => session.page.getByRole('heading', { level: 1, name });
  const onProvider = () => session.page.waitForURL((url) => url.origin === issuer());

  /** The designer's sign-in page, then the provider's own, as `sub`; back at the designer. */
  async function signInAtProvider(sub: string, path: string): Promise<void> {
    await session.page.goto(`${session.baseUrl()}${path}`);
    await h1('Logga in').waitFor();
    await session.page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await onProvider();
    await session.page.locator('input[name="login"]').fill(sub);
    await session.page.locator('input[name="password"]').fill('any');
    await session.page.getByRole('button', { name: 'Sign-in' }).click();
    await session.page
      .waitForURL((url) => url.origin === session.baseUrl())
      .catch(async (error: unknown) => {
        throw new Error(`Still at ${session.page.url()}: ${await session.page.locator('body').innerText()}`, {
          cause: error,
        });
      });
  }

  const isTokenRequest = (grant: string) => (request: Request) =>
    request.url() === `${issuer()}/token` && (request.postData() ?? '').includes(`grant_type=${grant}`);

  it(
    'signs a strategist in with PKCE, back to the page asked for; renews the token; signs out at the provider',
    async () => {
      await session.page.goto(`${session.baseUrl()}/profil`);
      await h1('Logga in').waitFor();
      // No username and password here: local sign-in is off with a provider.
      expect(await session.page.getByLabel('Användarnamn', { exact: true }).count()).toBe(0);
      await session.page.getByText('Du loggar in med din organisations inloggningstjänst').waitFor();
      expect(await seriousViolations(session.page)).toEqual([]);

      // The authorization request: code flow, PKCE (S256), the designer's client and callback.
      const authorize = session.page.waitForRequest((request) => request.url().startsWith(`${issuer()}/auth?`));
      const codeExchange = session.page.waitForRequest(isTokenRequest('authorization_code'));
      await signInAtProvider(STRATEGIST.sub, '/profil');
      const query = new URL((await authorize).url()).searchParams;
      expect(query.get('response_type')).toBe('code');
      expect(query.get('client_id')).toBe(CLIENT_ID);
      expect(query.get('code_challenge_method')).toBe('S256');
      expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(query.get('redirect_uri')).toBe(`${session.baseUrl()}/inloggning/klar`);
      expect((await codeExchange).postData()).toMatch(/code_verifier=[\w-]{43,}/);

      // Back on the page asked for, signed in as the seeded user the provider's `sub` names.
      await h1('Min profil').waitFor();
      expect(new URL(session.page.url()).pathname).toBe('/profil');
      await session.page.getByText(`Inloggad som ${STRATEGIST.displayName}`).waitFor();
      // Their county's overview.
      await session.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
      await h1('Översikt').waitFor();
      await session.page
        .getByRole('link', { name: /^Version \d+ av / })
        .first()
        .waitFor();
      expect(await session.page.getByRole('main').textContent()).toContain('Jämtland');

      // The tokens are in this tab's sessionStorage only.
      const storage = await session.page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }));
      expect(storage.local).toEqual([]);
      expect(storage.session).toContain(`samverkan.oidc.user:${issuer()}:${CLIENT_ID}`);

      // Before the access token expires it is renewed with the refresh token; a reload uses the new one.
      const refresh = await session.page.waitForRequest(isTokenRequest('refresh_token'), { timeout: 120_000 });
      const renewed = ((await (await refresh.response())?.json()) as { access_token: string }).access_token;
      const me = session.page.waitForRequest((request) => request.url() === `${session.baseUrl()}/api/me`);
      await session.page.reload();
      expect((await me).headers()['authorization']).toBe(`Bearer ${renewed}`);
      await session.page.getByText(`Inloggad som ${STRATEGIST.displayName}`).waitFor();

      // Signing out ends the session at the provider (end_session), and comes back signed out.
      await session.page.getByRole('button', { name: 'Logga ut' }).click();
      await onProvider();
      await session.page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await session.page.waitForURL(`${session.baseUrl()}/`);
      await h1('Logga in').waitFor();
      await session.page.getByText('Du är utloggad.').waitFor();
      expect(
        await session.page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('.user:'))),
      ).toEqual([]);
      expect(await seriousViolations(session.page)).toEqual([]);
      // The provider's session is gone too: signing in again asks for the login.
      await session.page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await onProvider();
      await session.page.locator('input[name="login"]').waitFor();
      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tells a user the provider knows but Samverkan does not, in Swedish, on the sign-in page',
    async () => {
      await signInAtProvider(STRANGER, '/');
      await h1('Logga in').waitFor();
      await session.page.getByText('du har inget konto i Samverkan').waitFor();
      expect(await session.page.getByRole('status').textContent()).toContain(
        'Be den som administrerar Samverkan i ditt län att lägga upp dig.',
      );
      expect(await session.page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
      expect(await seriousViolations(session.page)).toEqual([]);
      // The refused session is not kept: a reload shows the sign-in page, not a half-signed-in one.
      await session.page.reload();
      await h1('Logga in').waitFor();
      expect(
        await session.page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('.user:'))),
      ).toEqual([]);
      // The console may show the API's 403 for /api/me; nothing else may fail.
      expect(session.pageErrors.filter((error) => !error.includes('403'))).toEqual([]);
    },
    TIMEOUT,
  );
});
