// Issue 12, the designer's editor in Debian's Chromium against the built API: a strategist starts
// a fifth county from the template, edits it section by section, confirms the defaults and
// publishes; the document, the calendar, the cost split and the .ics feed show it. Editing a seed
// county: a validation error next to its field, and a stale save that keeps what was typed.
// axe-core checks every page the editor adds.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApi } from './support/api-process.js';
import { launchChromium } from './support/browser.js';
import {
  JOURNEY,
  PASSWORD,
  RVC,
  addAndRemoveParties,
  type Hands,
  bindRvcReferral,
  editGovernance,
  editWithdrawal,
  expectPublishedWithdrawal,
  expectPublishedGovernance,
  splitSecondCost,
  callApi,
  expectAccessible as expectPageAccessible,
  expectPublishedJourney,
  h1 as heading,
  hasFocus,
} from './support/designer-journey.js';

const TIMEOUT = 240_000;
const KEY = 'blekinge-samverkan';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

describe('the designer’s editor', () => {
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
  }, TIMEOUT);

  afterEach(async () => {
    await context?.close();
  }, TIMEOUT);

  const baseUrl = () => required(api, 'The API').baseUrl;
  const h1 = (name: string | RegExp) => heading(page, name);

  /** Radios and check boxes are chosen as from the keyboard: focus, then space. */
  async function choose(locator: ReturnType<Page['getByRole']>): Promise<void> {
    await locator.focus();
    await page.keyboard.press('Space');
  }

  const expectAccessible = () => expectPageAccessible(page);
  const hands: Hands = {
    toggle: choose,
    type: (field, text) => field.fill(text),
    press: (control) => control.click(),
    chooseIn: (_group, radio) => choose(radio),
    expectFocus: async (control) => expect(await hasFocus(control)).toBe(true),
  };

  async function signIn(username: string, path = '/'): Promise<void> {
    await page.goto(`${baseUrl()}${path}`);
    await page.getByLabel('Användarnamn', { exact: true }).fill(username);
    await page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }

  const call = (username: string, method: string, path: string, body?: unknown) =>
    callApi(baseUrl(), username, method, path, body);

  it(
    'a strategist creates a fifth county from the template, edits, confirms the defaults and publishes it',
    async () => {
      await signIn('strateg.blekinge');
      await h1('Översikt').waitFor();
      await page.getByRole('link', { name: 'Nytt avtal från mall' }).click();
      await h1('Nytt avtal från mall').waitFor();
      await choose(page.getByRole('radio', { name: /samverkan-base@1/ }));
      await page.getByRole('button', { name: /Län/ }).click();
      await page.getByRole('option', { name: 'Blekinge län (10)' }).click();
      // The register's populations and their year, beside each municipality.
      await page.getByRole('checkbox', { name: /Karlskrona \(1080\): 66\s301 invånare \(2024\)/ }).waitFor();
      await expectAccessible();
      for (const name of JOURNEY.municipalities) {
        await choose(page.getByRole('checkbox', { name: new RegExp(`^${name} `) }));
      }
      await page.getByLabel('Regionen (part)').fill(JOURNEY.region);
      await page.getByLabel('Polisområdet (part)').fill(JOURNEY.police);
      await page.getByLabel('Avtalets nyckel').fill(KEY);
      await page.getByRole('button', { name: 'Skapa utkastet' }).click();

      await h1(/Redigera/).waitFor();
      expect(page.url()).toBe(`${baseUrl()}/avtal/${KEY}/version/1/redigera`);
      // The template's bodies, each field with its clause.
      await page.getByRole('group', { name: /Styrgruppen \(punkt 9\)/ }).waitFor();
      await page
        .getByLabel(/^Namn \(Kommun\) \(punkt 2\)/)
        .first()
        .waitFor();
      await expectAccessible();

      // A strategist of another county cannot open the draft.
      expect((await call('strateg.jamtland', 'GET', `/api/agreements/${KEY}/versions/1`)).status).toBe(404);

      // The term (§ 16): from the first of January; the weekly meetings count from it.
      await page.getByLabel(/^Gäller från/).fill(`${new Date().getFullYear()}-01-01`);
      // A weekly consultation: its next meetings as it is added.
      await page.getByLabel('Namn', { exact: true }).fill(JOURNEY.consultation);
      await page.getByRole('button', { name: 'Lägg till samrådet' }).click();
      const consultation = page.getByRole('group', { name: /^Samrådsgruppen/ });
      await consultation
        .getByText(/tisdag .* kl\. 09:00/)
        .first()
        .waitFor();
      // The steering group four times a year.
      const steering = page.getByRole('group', { name: /^Styrgruppen/ });
      await steering.getByLabel('Högst antal möten').fill(JOURNEY.steeringMeetings);
      await steering
        .getByText(/4 möten|4 gånger|möten/)
        .first()
        .waitFor();

      // The cost split by population, each municipality's share in kronor as it is typed.
      await page.getByRole('button', { name: 'Fördela en kostnad efter invånarantal' }).click();
      await page.getByLabel(/^Belopp per år i kronor/).fill(JOURNEY.costPerYear);
      const split = page.getByRole('table', { name: /Samordnarfunktion/ });
      await split.getByRole('row', { name: /Karlskrona kommun .*66\s301 invånare/ }).waitFor();
      expect(await split.getByRole('row').count()).toBe(5);
      await split.getByText(/1\s000\s000/).waitFor();

      // A second item in equal shares, then in fixed shares, with the totals per party.
      await splitSecondCost(page, hands);

      // A commitment of the county's own, owed by the parties it names, with its clause.
      const adding = page.getByRole('group', { name: 'Lägg till ett åtagande' });
      await adding.getByLabel('Vad som åtas').fill('Utse en kontaktperson för samverkan.');
      await adding.getByLabel('Punkt i texten').fill('10');
      await adding.getByRole('button', { name: 'Lägg till åtagandet' }).click();
      const commitmentText = page.getByLabel(/^Vad som åtas \(punkt 10\)/).last();
      expect(await commitmentText.inputValue()).toBe('Utse en kontaktperson för samverkan.');
      const added = page.getByRole('group', { name: /^Åtagande \d+/ }).last();
      await choose(added.getByRole('checkbox', { name: JOURNEY.police }));
      expect(await added.getByRole('checkbox', { name: JOURNEY.police }).isChecked()).toBe(false);

      // The RVC referral from the API's catalogue, with a 48-hour contact.
      await bindRvcReferral(page, hands);
      // Parties after creation: added and removed, a removed one that is named shows the error.
      await addAndRemoveParties(page, hands);
      // Seats, the escalation ladder and follow-up, errors at their fields as typed.
      await editGovernance(page, hands);
      // The withdrawal rule (§ 17) and the dates it implies, as typed.
      await editWithdrawal(page, hands);
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await page.getByText('Utkastet är sparat.').waitFor();

      // The defaults, confirmed; then publishing, with what becomes immutable named.
      await page.getByRole('link', { name: 'Bekräfta och publicera' }).first().click();
      await h1(/Bekräfta och publicera/).waitFor();
      await page.getByRole('checkbox', { name: /Påminnelse så här långt före fristen/ }).waitFor();
      // Checked as reached from the editor, not reloaded: nothing of the editor page may linger
      // (a pending button's announcement once pointed at the gone save button: role-img-alt).
      await expectAccessible();
      expect((await call('strateg.blekinge', 'POST', `/api/agreements/${KEY}/versions/1/publish`)).status).toBe(422);
      await page.getByRole('button', { name: 'Välj alla obekräftade' }).click();
      await page.getByRole('button', { name: 'Bekräfta valda förval' }).click();
      await page
        .getByText(/Bekräftat av Länsstrateg Blekinge/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Publicera version 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Publicera version 1?' });
      await dialog.getByText(/kan versionen inte ändras/).waitFor();
      await expectAccessible();
      await dialog.getByRole('button', { name: 'Ja, publicera' }).click();

      await expectPublishedJourney(page, baseUrl(), KEY);
      await expectPublishedGovernance(baseUrl(), KEY);
      await expectPublishedWithdrawal(baseUrl(), KEY);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'editing a seed county: a validation error next to its field, and a stale save keeps what was typed',
    async () => {
      const agreement = 'jamtland-operation-norrsken';
      const draft = (await (
        await call('strateg.jamtland', 'POST', `/api/agreements/${agreement}/versions`, {})
      ).json()) as {
        version: number;
        content: unknown;
        rowVersion: number;
      };
      await signIn('strateg.jamtland', `/avtal/${agreement}/version/${draft.version}/redigera`);
      await h1(/Redigera/).waitFor();
      const steering = page.getByRole('group', { name: /^Styrgrupp/ }).first();
      const min = steering.getByLabel(/^Minst antal möten/);
      await min.fill('0');
      expect(await min.getAttribute('aria-invalid')).toBe('true');
      const described = required((await min.getAttribute('aria-describedby')) ?? undefined, 'aria-describedby');
      const error = await page.evaluate(
        (ids) =>
          ids
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        described,
      );
      expect(error).toMatch(/Fel: .+/);
      await expectAccessible();

      await min.fill('3');
      expect(await min.getAttribute('aria-invalid')).toBe(null);
      // The RVC referral's target groups, from the agreement's: shown as stored, then unticked
      // (a routine about no particular person is the field left out).
      const targetGroups = page
        .getByRole('group', { name: new RegExp(`^${RVC.title}`) })
        .getByRole('group', { name: /^Målgrupper som rutinen är till för/ });
      const adults = targetGroups.getByRole('checkbox', { name: /^Våldsutsatta vuxna/ });
      expect(await adults.isChecked()).toBe(true);
      await expectAccessible();
      await choose(adults);
      expect(await adults.isChecked()).toBe(false);
      // Someone else saves meanwhile.
      const other = await call('strateg.jamtland', 'PUT', `/api/agreements/${agreement}/versions/${draft.version}`, {
        content: draft.content,
        rowVersion: draft.rowVersion,
      });
      expect(other.status).toBe(200);
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await page.getByText(/Någon annan har sparat utkastet/).waitFor();
      expect(await min.inputValue()).toBe('3');
      await page.getByRole('button', { name: 'Läs in den senaste versionen och behåll mina ändringar' }).click();
      expect(await min.inputValue()).toBe('3');
      await page.getByRole('button', { name: 'Spara utkastet' }).click();
      await page.getByText('Utkastet är sparat.').waitFor();
      const stored = (await (
        await call('strateg.jamtland', 'GET', `/api/agreements/${agreement}/versions/${draft.version}`)
      ).json()) as {
        content: {
          bodies: { key: string; cadence?: { min?: number } }[];
          routines: { key: string; targetGroups?: string[] }[];
        };
      };
      expect(stored.content.bodies.find((b) => b.key === 'styrgrupp')?.cadence?.min).toBe(3);
      expect(stored.content.routines.find((r) => r.key === 'rvc')).not.toHaveProperty('targetGroups');
      expect(stored.content.routines.find((r) => r.key === 'samrad')?.targetGroups).toEqual(['vuxna-valdsutsatta']);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
