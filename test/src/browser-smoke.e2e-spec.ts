// Smoke test of the built designer, served by the built API, in Debian's Chromium.
// The test project is compiled without the DOM library: nothing here runs code in the page
// except plain-string expressions.
import { designerSession } from './support/designer-session.js';

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

describe('designer in the browser', () => {
  const session = designerSession({ timeout: TIMEOUT });

  // Every test starts at the sign-in page of a fresh context (the session's own beforeEach runs first).
  beforeEach(async () => {
    await session.page.goto(session.baseUrl());
    await session.page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
  }, TIMEOUT);

  async function signIn(password: string): Promise<void> {
    await session.page.getByLabel('Användarnamn', { exact: true }).fill(USER.username);
    await session.page.getByLabel('Lösenord', { exact: true }).fill(password);
    await session.page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }

  const storedSession = () =>
    session.page.evaluate<string | null>(`sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`);
  const focused = () => session.page.locator(':focus');

  it(
    'serves the Swedish sign-in page with landmarks, labels and a skip link',
    async () => {
      expect(await session.page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await session.page.title()).toBe('Logga in – Samverkan');
      expect(await session.page.getByRole('banner').count()).toBe(1);
      expect(await session.page.getByRole('main').count()).toBe(1);
      expect(await session.page.getByLabel('Användarnamn', { exact: true }).getAttribute('type')).toBe('text');
      expect(await session.page.getByLabel('Lösenord', { exact: true }).getAttribute('type')).toBe('password');
      expect(await session.page.getByRole('button', { name: 'Logga in', exact: true }).isVisible()).toBe(true);

      // The stylesheet is served as CSS (a wrong type or a 404 would leave the page unstyled).
      const stylesheet = await session.page.locator('link[rel="stylesheet"]').getAttribute('href');
      expect(stylesheet).toMatch(/^\/assets\/.+\.css$/);
      const css = await session.page.request.get(new URL(stylesheet ?? '', session.page.url()).href);
      expect(css.status()).toBe(200);
      expect(css.headers()['content-type']).toMatch(/^text\/css/);

      // The first Tab stop is the visible skip link, and it moves focus to main.
      await session.page.keyboard.press('Tab');
      expect(await focused().textContent()).toBe('Hoppa till huvudinnehållet');
      expect(await focused().isVisible()).toBe(true);
      await session.page.keyboard.press('Enter');
      expect(await focused().getAttribute('id')).toBe('main');

      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'announces a wrong password in an alert and stays signed out',
    async () => {
      await signIn('fel-lösenord');

      await session.page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord' }).waitFor();
      expect(await session.page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).isVisible()).toBe(
        true,
      );
      expect(await session.page.getByLabel('Lösenord', { exact: true }).inputValue()).toBe('');
      expect(await focused().getAttribute('name')).toBe('password');
      expect(await storedSession()).toBeNull();
      expect(await session.page.getByText('Inloggad som').count()).toBe(0);

      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'asks for the missing fields without calling the API',
    async () => {
      const requests: string[] = [];
      session.page.on('request', (request) => requests.push(new URL(request.url()).pathname));

      await session.page.getByRole('button', { name: 'Logga in', exact: true }).click();

      await session.page.getByText('Ange ditt användarnamn').waitFor();
      expect(await session.page.getByText('Ange ditt lösenord').isVisible()).toBe(true);
      expect(await session.page.getByLabel('Användarnamn', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await focused().getAttribute('name')).toBe('username');
      expect(requests).not.toContain('/auth/token');
    },
    TIMEOUT,
  );

  it(
    'signs in, shows the user, keeps the session over a reload and signs out',
    async () => {
      await signIn(USER.password);

      await session.page.getByText(`Inloggad som ${USER.displayName}`).waitFor();
      expect(await session.page.title()).toBe('Översikt – Samverkan');
      await session.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Min profil' })
        .click();
      await session.page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
      const main = session.page.getByRole('main');
      expect(await main.getByText(USER.party, { exact: true }).isVisible()).toBe(true);
      expect(await main.getByRole('listitem').allTextContents()).toEqual([USER.roleLabel]);
      expect(await storedSession()).toContain('accessToken');

      await session.page.reload();
      await session.page.getByText(`Inloggad som ${USER.displayName}`).waitFor();

      await session.page.getByRole('button', { name: 'Logga ut', exact: true }).click();
      await session.page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
      expect(await session.page.getByRole('status').filter({ hasText: 'Du är utloggad.' }).count()).toBe(1);
      expect(await storedSession()).toBeNull();

      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
