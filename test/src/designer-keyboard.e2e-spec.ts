// Issue 12, "the same journey works with the keyboard alone": the fifth county's journey of
// designer-editor.e2e-spec.ts (a new county from the template, a weekly consultation, the steering
// group four times a year, the cost split by population, the RVC referral with 48 hours, the
// defaults confirmed, published) made with Tab, Shift+Tab, Enter, Space, the arrow keys and typing
// only: no click, no fill. Every stop on the way must show a focus ring (support/keyboard.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApi } from './support/api-process.js';
import { launchChromium } from './support/browser.js';
import {
  JOURNEY,
  PASSWORD,
  bindRvcReferral,
  editGovernance,
  editWithdrawal,
  expectPublishedWithdrawal,
  expectPublishedGovernance,
  splitSecondCost,
  type Hands,
  expectAccessible,
  expectPublishedJourney,
  h1,
  hasFocus,
} from './support/designer-journey.js';
import { activate, arrowTo, expectVisibleFocus, tabTo, toggle, typeInto } from './support/keyboard.js';

const TIMEOUT = 300_000;
const KEY = 'blekinge-tangentbord';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

describe('the designer with the keyboard alone', () => {
  let api: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    api = await startApi({});
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  }, TIMEOUT);

  const baseUrl = () => required(api, 'The API').baseUrl;
  const hands: Hands = {
    toggle: (control, options) => toggle(page, control, options),
    type: (field, text, options) => typeInto(page, field, text, options),
    press: (control, options) => activate(page, control, options),
    chooseIn: async (group, radio) => {
      await tabTo(page, group.getByRole('radio', { checked: true }));
      await arrowTo(page, radio);
    },
    expectFocus: async (control) => {
      expect(await hasFocus(control)).toBe(true);
      await expectVisibleFocus(page);
    },
  };

  it(
    'a strategist creates, edits, confirms and publishes the fifth county without a mouse',
    async () => {
      // Sign in: the first stop is the skip link, then the form.
      await page.goto(`${baseUrl()}/`);
      await page.getByLabel('Användarnamn', { exact: true }).waitFor();
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehållet');
      await typeInto(page, page.getByLabel('Användarnamn', { exact: true }), 'strateg.blekinge');
      await typeInto(page, page.getByLabel('Lösenord', { exact: true }), PASSWORD);
      await page.keyboard.press('Enter');
      await h1(page, 'Översikt').waitFor();

      // A new county from the template.
      await activate(page, page.getByRole('link', { name: 'Nytt avtal från mall' }));
      await h1(page, 'Nytt avtal från mall').waitFor();
      const template = page.getByRole('radio', { name: /samverkan-base@1/ });
      await tabTo(page, page.getByRole('radio').first());
      await arrowTo(page, template);
      await page.keyboard.press('Space');
      expect(await template.isChecked()).toBe(true);
      // The county from the list: open it, type to find, Enter to choose.
      await activate(page, page.getByRole('button', { name: /Län/ }));
      await page
        .getByRole('option', { name: /Stockholms län/ })
        .and(page.locator('[data-focused]'))
        .waitFor();
      await page.keyboard.type('Blekinge');
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Blekinge län/ }).waitFor();
      await expectAccessible(page);
      for (const name of JOURNEY.municipalities) {
        const municipality = page.getByRole('checkbox', { name: new RegExp(`^${name} `) });
        await toggle(page, municipality);
        expect(await municipality.isChecked()).toBe(true);
      }
      await typeInto(page, page.getByLabel('Regionen (part)'), JOURNEY.region);
      await typeInto(page, page.getByLabel('Polisområdet (part)'), JOURNEY.police);
      await typeInto(page, page.getByLabel('Avtalets nyckel'), KEY);
      await activate(page, page.getByRole('button', { name: 'Skapa utkastet' }));

      // The editor: focus starts at its heading, each section is reached by Tab.
      await h1(page, /Redigera/).waitFor();
      expect(page.url()).toBe(`${baseUrl()}/avtal/${KEY}/version/1/redigera`);
      await expectAccessible(page);

      // The term (§ 16) comes last on the page; Shift+Tab from the top goes round to it.
      await typeInto(page, page.getByLabel(/^Gäller från/), `${new Date().getFullYear()}-01-01`, { backward: true });
      // A weekly consultation, added with Enter; its next meetings appear.
      await typeInto(page, page.getByLabel('Namn', { exact: true }), JOURNEY.consultation, { backward: true });
      await activate(page, page.getByRole('button', { name: 'Lägg till samrådet' }));
      const consultation = page.getByRole('group', { name: new RegExp(`^${JOURNEY.consultation}`) });
      await consultation
        .getByText(/tisdag .* kl\. 09:00/)
        .first()
        .waitFor();
      // The steering group four times a year.
      const steering = page.getByRole('group', { name: /^Styrgruppen/ });
      await typeInto(page, steering.getByLabel('Högst antal möten'), JOURNEY.steeringMeetings, { backward: true });
      await steering.getByText(/möten/).first().waitFor();

      // The cost split by population, each municipality's share in kronor.
      await activate(page, page.getByRole('button', { name: 'Fördela en kostnad efter invånarantal' }));
      // The new item's fields come before the buttons that add items: back with Shift+Tab.
      await typeInto(page, page.getByLabel(/^Belopp per år i kronor/), JOURNEY.costPerYear, { backward: true });
      const split = page.getByRole('table', { name: /Samordnarfunktion/ });
      await split.getByRole('row', { name: /Karlskrona kommun .*66\s301 invånare/ }).waitFor();
      await split.getByText(/1\s000\s000/).waitFor();

      await splitSecondCost(page, hands);

      // The RVC referral from the API's catalogue with a 48-hour contact; its roles are check
      // boxes, each reached by Tab.
      await bindRvcReferral(page, hands);
      // Seats, the escalation ladder and follow-up.
      await editGovernance(page, hands);
      // The withdrawal rule (§ 17) and the dates it implies, as typed.
      await editWithdrawal(page, hands);
      await activate(page, page.getByRole('button', { name: 'Spara utkastet' }), { backward: true });
      await page.getByText('Utkastet är sparat.').waitFor();

      // The defaults, confirmed; publishing, confirmed in the dialog.
      await activate(page, page.getByRole('link', { name: 'Bekräfta och publicera' }).first(), { backward: true });
      await h1(page, /Bekräfta och publicera/).waitFor();
      await page.getByRole('checkbox', { name: /Påminnelse så här långt före fristen/ }).waitFor();
      await expectAccessible(page);
      await activate(page, page.getByRole('button', { name: 'Välj alla obekräftade' }));
      await activate(page, page.getByRole('button', { name: 'Bekräfta valda förval' }));
      await page
        .getByText(/Bekräftat av Länsstrateg Blekinge/)
        .first()
        .waitFor();
      await activate(page, page.getByRole('button', { name: 'Publicera version 1' }));
      const dialog = page.getByRole('dialog', { name: 'Publicera version 1?' });
      await dialog.getByText(/kan versionen inte ändras/).waitFor();
      await expectAccessible(page);
      await activate(page, dialog.getByRole('button', { name: 'Ja, publicera' }));

      await expectPublishedJourney(page, baseUrl(), KEY);
      await expectPublishedGovernance(baseUrl(), KEY);
      await expectPublishedWithdrawal(baseUrl(), KEY);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
