// Smoke test of the built designer, served by the built API, in Debian's Chromium.
// The test project is compiled without the DOM library: nothing here runs code in the page
// except plain-string expressions.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApi } from './support/api-process.js';
import { launchChromium } from './support/browser.js';

const TIMEOUT = 120_000;
const SESSION_KEY = 'samverkan.session';

// A seeded user (see the API's seed data); the designer itself knows no users.
const USER = {
  username: 'strateg.jamtland',
  password: 'samverkan',
  displayName: 'Länsstrateg Jämtland',
  party: 'Region Jämtland Härjedalen',
  roleLabel: 'Strateg',
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

describe('designer in the browser', () => {
  let api: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    api = await startApi({});
    browser = await launchChromium();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  }, TIMEOUT);

  beforeEach(async () => {
    context = await required(browser, 'Chromium').newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(required(api, 'The API').baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
  }, TIMEOUT);

  afterEach(async () => {
    await context?.close();
    context = undefined;
  }, TIMEOUT);

  async function signIn(password: string): Promise<void> {
    await page.getByLabel('Användarnamn', { exact: true }).fill(USER.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }

  const storedSession = () => page.evaluate<string | null>(`sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`);
  const focused = () => page.locator(':focus');

  it(
    'serves the Swedish sign-in page with landmarks, labels and a skip link',
    async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await page.title()).toBe('Logga in – Samverkan');
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByLabel('Användarnamn', { exact: true }).getAttribute('type')).toBe('text');
      expect(await page.getByLabel('Lösenord', { exact: true }).getAttribute('type')).toBe('password');
      expect(await page.getByRole('button', { name: 'Logga in', exact: true }).isVisible()).toBe(true);

      // The stylesheet is served as CSS (a wrong type or a 404 would leave the page unstyled).
      const stylesheet = await page.locator('link[rel="stylesheet"]').getAttribute('href');
      expect(stylesheet).toMatch(/^\/assets\/.+\.css$/);
      const css = await page.request.get(new URL(stylesheet ?? '', page.url()).href);
      expect(css.status()).toBe(200);
      expect(css.headers()['content-type']).toMatch(/^text\/css/);

      // The first Tab stop is the visible skip link, and it moves focus to main.
      await page.keyboard.press('Tab');
      expect(await focused().textContent()).toBe('Hoppa till huvudinnehållet');
      expect(await focused().isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focused().getAttribute('id')).toBe('main');

      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'announces a wrong password in an alert and stays signed out',
    async () => {
      await signIn('fel-lösenord');

      await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord' }).waitFor();
      expect(await page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).isVisible()).toBe(true);
      expect(await page.getByLabel('Lösenord', { exact: true }).inputValue()).toBe('');
      expect(await focused().getAttribute('name')).toBe('password');
      expect(await storedSession()).toBeNull();
      expect(await page.getByText('Inloggad som').count()).toBe(0);

      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'asks for the missing fields without calling the API',
    async () => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));

      await page.getByRole('button', { name: 'Logga in', exact: true }).click();

      await page.getByText('Ange ditt användarnamn').waitFor();
      expect(await page.getByText('Ange ditt lösenord').isVisible()).toBe(true);
      expect(await page.getByLabel('Användarnamn', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await focused().getAttribute('name')).toBe('username');
      expect(requests).not.toContain('/auth/token');
    },
    TIMEOUT,
  );

  it(
    'signs in, shows the user, keeps the session over a reload and signs out',
    async () => {
      await signIn(USER.password);

      await page.getByText(`Inloggad som ${USER.displayName}`).waitFor();
      expect(await page.title()).toBe('Översikt – Samverkan');
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
      await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
      const main = page.getByRole('main');
      expect(await main.getByText(USER.party, { exact: true }).isVisible()).toBe(true);
      expect(await main.getByRole('listitem').allTextContents()).toEqual([USER.roleLabel]);
      expect(await storedSession()).toContain('accessToken');

      await page.reload();
      await page.getByText(`Inloggad som ${USER.displayName}`).waitFor();

      await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Du är utloggad.' }).count()).toBe(1);
      expect(await storedSession()).toBeNull();

      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
