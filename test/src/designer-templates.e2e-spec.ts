// Issue 12, templates and checking in the designer, in Debian's Chromium against the built API:
// the changes of a template's new version, one taken and one left, with the keyboard alone (the
// new draft has exactly the one taken); a version's changes against another version and against
// the template; a party's calendar feed address, copied and read without signing in; the admin
// publishing a county's agreement as a template. axe-core checks every page these add.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { workspaceRoot } from './support/api-process.js';
import { seriousViolations } from './support/axe.js';
import { designerSession } from './support/designer-session.js';

const TIMEOUT = 240_000;
const PASSWORD = 'samverkan';
const JAMTLAND = 'jamtland-operation-norrsken';
const NOTICE = 'Uppsägningsregler: uppsägningstid ändrad från 6 månader till 3 månader';
const MANDATE = 'Ledningsgruppen: uppdrag ändrat';

/** samverkan-base@2: three changes, one of them (the steering group's cadence) Jämtland's own value shadows. */
function secondBase(): Record<string, unknown> {
  const template = JSON.parse(
    readFileSync(path.join(workspaceRoot, 'config/templates/samverkan-base@1.json'), 'utf8'),
  ) as {
    version: number;
    content: { bodies: { key: string; mandate?: string; cadence?: unknown }[]; withdrawal: Record<string, unknown> };
  };
  template.version = 2;
  const leadership = template.content.bodies.find((b) => b.key === 'ledningsgrupp');
  if (leadership) leadership.mandate = 'Följer och leder samverkan i länet.';
  const steering = template.content.bodies.find((b) => b.key === 'styrgrupp');
  if (steering) steering.cadence = { kind: 'countPerPeriod', min: 6, per: 'year', clause: '9' };
  template.content.withdrawal['noticePeriod'] = 'P3M';
  return template as unknown as Record<string, unknown>;
}

describe('the designer’s templates and checks', () => {
  const session = designerSession({ timeout: TIMEOUT });

  // A template's new version is published by the product's makers (config/templates) or the
  // admin from a county; here it is put in place as the first would be. (This runs after the
  // session's beforeAll, which started the API and Chromium: hooks run in the order registered.)
  beforeAll(async () => {
    const template = secondBase();
    const db = new pg.Client({ connectionString: session.databaseUrl() });
    await db.connect();
    await db.query(
      `INSERT INTO template (key, version, kind, name, content, content_hash) VALUES ('samverkan-base', 2, 'agreement', $1, $2, 'sha256:e2e')`,
      [template['name'], JSON.stringify(template)],
    );
    await db.end();
  }, TIMEOUT);

  // No test may leave an uncaught error in the page (checked after the session's afterEach has
  // closed the context; the list stays).
  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
  }, TIMEOUT);

  const h1 = (name: string | RegExp) => session.page.getByRole('heading', { level: 1, name });

  async function expectAccessible(): Promise<void> {
    expect(await seriousViolations(session.page)).toEqual([]);
  }

  async function signIn(username: string, path = '/'): Promise<void> {
    await session.page.goto(`${session.baseUrl()}${path}`);
    await session.page.getByLabel('Användarnamn', { exact: true }).fill(username);
    await session.page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
    await session.page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }

  /** Tab (at most `limit` times) until the focused element has this accessible text; fails otherwise. */
  async function tabTo(text: string | RegExp, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await session.page.keyboard.press('Tab');
      const focused = await session.page.evaluate(() => {
        const element = document.activeElement;
        const label = element?.closest('label')?.textContent ?? '';
        return `${element?.textContent ?? ''} ${label} ${element?.getAttribute('aria-label') ?? ''}`;
      });
      if (typeof text === 'string' ? focused.includes(text) : text.test(focused)) return;
    }
    throw new Error(`${String(text)} is not reachable with Tab`);
  }

  it(
    'takes one change of the template’s new version and leaves another, with the keyboard alone: the new draft has exactly the one taken',
    async () => {
      await signIn('strateg.jamtland', `/avtal/${JAMTLAND}/mallens-andringar`);
      await h1(/Mallens ändringar/).waitFor();
      await session.page.getByText('har en ny version: samverkan-base@2').waitFor();
      await session.page.getByRole('checkbox', { name: NOTICE }).waitFor();
      await session.page.getByRole('checkbox', { name: MANDATE }).waitFor();
      // The steering group's cadence is Jämtland's own: shown, not to be chosen.
      await session.page.getByText(/Styrgruppen: mötesfrekvens ändrad.*Ert avtal har ett eget värde här/).waitFor();
      expect(await session.page.getByRole('checkbox', { name: /Styrgruppen/ }).count()).toBe(0);
      await expectAccessible();

      await session.page.getByRole('heading', { level: 1 }).focus();
      await tabTo(NOTICE);
      await session.page.keyboard.press('Space');
      expect(await session.page.getByRole('checkbox', { name: NOTICE }).isChecked()).toBe(true);
      expect(await session.page.getByRole('checkbox', { name: MANDATE }).isChecked()).toBe(false);
      await tabTo('Skapa ett nytt utkast med de valda ändringarna');
      await session.page.keyboard.press('Enter');

      // The new draft, shown against the version it started from: the template's version and the one change.
      await h1(/Ändringar mot version 1/).waitFor();
      expect(session.page.url()).toBe(`${session.baseUrl()}/avtal/${JAMTLAND}/version/2/andringar/1`);
      const changes = session.page.locator('ul.changes > li');
      await changes.first().waitFor();
      const texts = await changes.allTextContents();
      expect(texts).toHaveLength(2);
      expect(texts).toContain(NOTICE);
      expect(texts.join('\n')).toContain('samverkan-base@2');
      expect(texts.join('\n')).not.toContain('uppdrag');
      await expectAccessible();

      // The same draft against the template it now extends, chosen from the keyboard.
      await tabTo(/^mallen/);
      await session.page.keyboard.press('Enter');
      await h1(/Ändringar mot mallen/).waitFor();
      await session.page
        .getByRole('heading', { level: 2, name: /Från mallen samverkan-base@2 till version 2/ })
        .waitFor();
      await session.page.getByText(/Ledningsgruppen.*: uppdrag ändrat/).waitFor(); // left: the draft keeps the old mandate
      await expectAccessible();
    },
    TIMEOUT,
  );

  it(
    'shows a party’s calendar feed address once, copies it, and the address serves the calendar without signing in',
    async () => {
      await session.context?.grantPermissions(['clipboard-read', 'clipboard-write']);
      await signIn('strateg.jamtland', `/avtal/${JAMTLAND}/version/1`);
      await h1(/Dokument/).waitFor();
      await session.page.getByRole('heading', { level: 2, name: 'Prenumerera på kalendern' }).waitFor();
      await session.page.getByRole('button', { name: 'Skapa adress för Östersunds kommun' }).click();
      const field = session.page.getByLabel('Kalenderadress för Östersunds kommun');
      await field.waitFor();
      const address = await field.inputValue();
      expect(address).toMatch(new RegExp(`^${session.baseUrl()}/api/feeds/[A-Za-z0-9_-]{43}\\.ics$`));
      await session.page.getByRole('button', { name: 'Kopiera adressen' }).click();
      await session.page.getByText('Adressen är kopierad.').waitFor();
      expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(address);
      await expectAccessible();

      const feed = await fetch(address);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR[\s\S]*Östersunds kommun/);

      await session.page.getByRole('button', { name: /^Återkalla adressen för Östersunds kommun/ }).click();
      await session.page.getByRole('row', { name: /Östersunds kommun Ingen/ }).waitFor();
      expect((await fetch(address)).status).toBe(404);
    },
    TIMEOUT,
  );

  it(
    'lets the admin publish a county’s agreement as a template, naming what it leaves out',
    async () => {
      await signIn('admin');
      await h1('Översikt').waitFor();
      await session.page.getByRole('link', { name: 'Publicera ett avtal som mall' }).click();
      await h1('Publicera ett avtal som mall').waitFor();
      await expectAccessible();
      await session.page.getByRole('button', { name: 'Publicera som mall' }).click();
      await session.page.getByText('Välj ett avtal').waitFor();
      await expectAccessible();
      const radio = session.page.getByRole('radio', { name: /Jämtlands län/ });
      await radio.focus();
      await session.page.keyboard.press('Space');
      await session.page.getByLabel('Mallens nyckel').fill('norrsken-mall');
      await session.page.getByLabel('Mallens namn').fill('Operation Norrsken som mall');
      await session.page.getByLabel('Beskrivning').fill('Jämtlands överenskommelse, utan länets egna uppgifter.');
      await session.page.getByRole('button', { name: 'Publicera som mall' }).click();
      await session.page.getByRole('heading', { level: 2, name: 'Mallen norrsken-mall@1 är publicerad' }).waitFor();
      await session.page.getByText('Avtalets datum (2024-08-29)').waitFor();
      await expectAccessible();
      const template = await fetch(`${session.baseUrl()}/api/templates/norrsken-mall@1`, {
        headers: {
          Authorization: `Bearer ${await fetch(`${session.baseUrl()}/auth/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'admin', password: PASSWORD }),
          }).then(async (r) => ((await r.json()) as { accessToken: string }).accessToken)}`,
        },
      });
      const content = ((await template.json()) as { content: Record<string, unknown> }).content;
      expect(Object.keys(content)).not.toEqual(expect.arrayContaining(['county']));
      expect(content['signing']).toBeUndefined();
    },
    TIMEOUT,
  );
});
