// Signing in to the designer as a county runs it: the API trusts the county's OpenID Connect
// provider (AUTH_ISSUER, AUTH_JWKS_URI) and publishes the designer's client there (AUTH_CLIENT_ID),
// so local sign-in is off. A real provider (oidc-provider) runs on loopback; the designer signs in
// through it with the authorization code flow and PKCE, renews its token with the refresh token,
// and signs out at the provider. A user the provider knows but the API does not is told so in
// Swedish. axe-core checks the designer's sign-in pages.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { freePort, startApi } from './support/api-process.js';
import { seriousViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { type OidcProvider, startOidcProvider } from './support/oidc-provider.js';

const TIMEOUT = 180_000;
const CLIENT_ID = 'samverkan-designer';
// The seeded strategist's subject is their username (config/identity/users.json).
const STRATEGIST = { sub: 'strateg.jamtland', displayName: 'Länsstrateg Jämtland' };
// Known to the provider, not to Samverkan.
const STRANGER = 'okand.handlaggare';
// oidc-client-ts renews 60 s before expiry: with 75 s the refresh comes some 15 s after sign-in.
const ACCESS_TOKEN_TTL = 75;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

describe('the designer signing in through the county’s identity provider', () => {
  let api: { baseUrl: string; stop(): Promise<void> } | undefined;
  let provider: OidcProvider | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    const apiPort = await freePort();
    provider = await startOidcProvider({
      port: await freePort(),
      designerOrigin: `http://127.0.0.1:${apiPort}`,
      clientId: CLIENT_ID,
      audience: 'samverkan',
      accounts: [STRATEGIST.sub, STRANGER],
      accessTokenTtl: ACCESS_TOKEN_TTL,
    });
    api = await startApi({
      env: {
        PORT: String(apiPort),
        AUTH_ISSUER: provider.issuer,
        AUTH_JWKS_URI: `${provider.issuer}/jwks`,
        AUTH_ALGORITHMS: 'RS256',
        AUTH_CLIENT_ID: CLIENT_ID,
        AUTH_CLIENT_SCOPES: 'openid profile api',
      },
    });
    browser = await launchChromium();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await provider?.stop();
  }, TIMEOUT);

  beforeEach(async () => {
    context = await required(browser, 'Chromium').newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // A refused request to the provider shows up here first (Content-Security-Policy). The
      // provider's own development pages are not ours to judge (they load web fonts, no favicon).
      if (message.type() === 'error' && !page.url().startsWith(issuer())) pageErrors.push(message.text());
    });
  }, TIMEOUT);

  afterEach(async () => {
    await context?.close();
    context = undefined;
  }, TIMEOUT);

  const baseUrl = () => required(api, 'The API').baseUrl;
  const issuer = () => required(provider, 'The provider').issuer;
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name });
  const onProvider = () => page.waitForURL((url) => url.origin === issuer());

  /** The designer's sign-in page, then the provider's own, as `sub`; back at the designer. */
  async function signInAtProvider(sub: string, path: string): Promise<void> {
    await page.goto(`${baseUrl()}${path}`);
    await h1('Logga in').waitFor();
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await onProvider();
    await page.locator('input[name="login"]').fill(sub);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page
      .waitForURL((url) => url.origin === baseUrl())
      .catch(async (error: unknown) => {
        throw new Error(`Still at ${page.url()}: ${await page.locator('body').innerText()}`, { cause: error });
      });
  }

  const isTokenRequest = (grant: string) => (request: Request) =>
    request.url() === `${issuer()}/token` && (request.postData() ?? '').includes(`grant_type=${grant}`);

  it(
    'signs a strategist in with PKCE, back to the page asked for; renews the token; signs out at the provider',
    async () => {
      await page.goto(`${baseUrl()}/profil`);
      await h1('Logga in').waitFor();
      // No username and password here: local sign-in is off with a provider.
      expect(await page.getByLabel('Användarnamn', { exact: true }).count()).toBe(0);
      await page.getByText('Du loggar in med din organisations inloggningstjänst').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // The authorization request: code flow, PKCE (S256), the designer's client and callback.
      const authorize = page.waitForRequest((request) => request.url().startsWith(`${issuer()}/auth?`));
      const codeExchange = page.waitForRequest(isTokenRequest('authorization_code'));
      await signInAtProvider(STRATEGIST.sub, '/profil');
      const query = new URL((await authorize).url()).searchParams;
      expect(query.get('response_type')).toBe('code');
      expect(query.get('client_id')).toBe(CLIENT_ID);
      expect(query.get('code_challenge_method')).toBe('S256');
      expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(query.get('redirect_uri')).toBe(`${baseUrl()}/inloggning/klar`);
      expect((await codeExchange).postData()).toMatch(/code_verifier=[\w-]{43,}/);

      // Back on the page asked for, signed in as the seeded user the provider's `sub` names.
      await h1('Min profil').waitFor();
      expect(new URL(page.url()).pathname).toBe('/profil');
      await page.getByText(`Inloggad som ${STRATEGIST.displayName}`).waitFor();
      // Their county's overview.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
      await h1('Översikt').waitFor();
      await page
        .getByRole('link', { name: /^Version \d+ av / })
        .first()
        .waitFor();
      expect(await page.getByRole('main').textContent()).toContain('Jämtland');

      // The tokens are in this tab's sessionStorage only.
      const storage = await page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }));
      expect(storage.local).toEqual([]);
      expect(storage.session).toContain(`samverkan.oidc.user:${issuer()}:${CLIENT_ID}`);

      // Before the access token expires it is renewed with the refresh token; a reload uses the new one.
      const refresh = await page.waitForRequest(isTokenRequest('refresh_token'), { timeout: 120_000 });
      const renewed = ((await (await refresh.response())?.json()) as { access_token: string }).access_token;
      const me = page.waitForRequest((request) => request.url() === `${baseUrl()}/api/me`);
      await page.reload();
      expect((await me).headers()['authorization']).toBe(`Bearer ${renewed}`);
      await page.getByText(`Inloggad som ${STRATEGIST.displayName}`).waitFor();

      // Signing out ends the session at the provider (end_session), and comes back signed out.
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await onProvider();
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL(`${baseUrl()}/`);
      await h1('Logga in').waitFor();
      await page.getByText('Du är utloggad.').waitFor();
      expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('.user:')))).toEqual(
        [],
      );
      expect(await seriousViolations(page)).toEqual([]);
      // The provider's session is gone too: signing in again asks for the login.
      await page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await onProvider();
      await page.locator('input[name="login"]').waitFor();
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tells a user the provider knows but Samverkan does not, in Swedish, on the sign-in page',
    async () => {
      await signInAtProvider(STRANGER, '/');
      await h1('Logga in').waitFor();
      await page.getByText('du har inget konto i Samverkan').waitFor();
      expect(await page.getByRole('status').textContent()).toContain(
        'Be den som administrerar Samverkan i ditt län att lägga upp dig.',
      );
      expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      // The refused session is not kept: a reload shows the sign-in page, not a half-signed-in one.
      await page.reload();
      await h1('Logga in').waitFor();
      expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('.user:')))).toEqual(
        [],
      );
      // The console may show the API's 403 for /api/me; nothing else may fail.
      expect(pageErrors.filter((error) => !error.includes('403'))).toEqual([]);
    },
    TIMEOUT,
  );
});
