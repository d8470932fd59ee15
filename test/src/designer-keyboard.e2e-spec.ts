// Issue 12, "the same journey works with the keyboard alone": the fifth county's journey of
// designer-editor.e2e-spec.ts (a new county from the template, a weekly consultation, the steering
// group four times a year, the cost split by population, the RVC referral with 48 hours, the
// defaults confirmed, published) made with Tab, Shift+Tab, Enter, Space, the arrow keys and typing
// only: no click, no fill. Every stop on the way must show a focus ring (support/keyboard.ts).
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
import { designerSession } from './support/designer-session.js';
import { activate, arrowTo, expectVisibleFocus, tabTo, toggle, typeInto } from './support/keyboard.js';

const TIMEOUT = 300_000;
const KEY = 'blekinge-tangentbord';

describe('the designer with the keyboard alone', () => {
  // The journey is one test: its context and page are opened once, with the API and Chromium.
  const session = designerSession({ timeout: TIMEOUT, contextPer: 'file' });
  const hands: Hands = {
    toggle: (control, options) => toggle(session.page, control, options),
    type: (field, text, options) => typeInto(session.page, field, text, options),
    press: (control, options) => activate(session.page, control, options),
    chooseIn: async (group, radio) => {
      await tabTo(session.page, group.getByRole('radio', { checked: true }));
      await arrowTo(session.page, radio);
    },
    expectFocus: async (control) => {
      expect(await hasFocus(control)).toBe(true);
      await expectVisibleFocus(session.page);
    },
  };

  it(
    'a strategist creates, edits, confirms and publishes the fifth county without a mouse',
    async () => {
      // Sign in: the first stop is the skip link, then the form.
      await session.page.goto(`${session.baseUrl()}/`);
      await session.page.getByLabel('Användarnamn', { exact: true }).waitFor();
      await session.page.keyboard.press('Tab');
      await expectVisibleFocus(session.page);
      expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehållet');
      await typeInto(session.page, session.page.getByLabel('Användarnamn', { exact: true }), 'strateg.blekinge');
      await typeInto(session.page, session.page.getByLabel('Lösenord', { exact: true }), PASSWORD);
      await session.page.keyboard.press('Enter');
      await h1(session.page, 'Översikt').waitFor();

      // A new county from the template.
      await activate(session.page, session.page.getByRole('link', { name: 'Nytt avtal från mall' }));
      await h1(session.page, 'Nytt avtal från mall').waitFor();
      const template = session.page.getByRole('radio', { name: /samverkan-base@1/ });
      await tabTo(session.page, session.page.getByRole('radio').first());
      await arrowTo(session.page, template);
      await session.page.keyboard.press('Space');
      expect(await template.isChecked()).toBe(true);
      // The county from the list: open it, type to find, Enter to choose.
      await activate(session.page, session.page.getByRole('button', { name: /Län/ }));
      await session.page
        .getByRole('option', { name: /Stockholms län/ })
        .and(session.page.locator('[data-focused]'))
        .waitFor();
      await session.page.keyboard.type('Blekinge');
      await expectVisibleFocus(session.page);
      await session.page.keyboard.press('Enter');
      await session.page.getByRole('button', { name: /Blekinge län/ }).waitFor();
      await expectAccessible(session.page);
      for (const name of JOURNEY.municipalities) {
        const municipality = session.page.getByRole('checkbox', { name: new RegExp(`^${name} `) });
        await toggle(session.page, municipality);
        expect(await municipality.isChecked()).toBe(true);
      }
      await typeInto(session.page, session.page.getByLabel('Regionen (part)'), JOURNEY.region);
      await typeInto(session.page, session.page.getByLabel('Polisområdet (part)'), JOURNEY.police);
      await typeInto(session.page, session.page.getByLabel('Avtalets nyckel'), KEY);
      await activate(session.page, session.page.getByRole('button', { name: 'Skapa utkastet' }));

      // The editor: focus starts at its heading, each section is reached by Tab.
      await h1(session.page, /Redigera/).waitFor();
      expect(session.page.url()).toBe(`${session.baseUrl()}/avtal/${KEY}/version/1/redigera`);
      await expectAccessible(session.page);

      // The term (§ 16) comes last on the page; Shift+Tab from the top goes round to it.
      await typeInto(session.page, session.page.getByLabel(/^Gäller från/), `${new Date().getFullYear()}-01-01`, {
        backward: true,
      });
      // A weekly consultation, added with Enter; its next meetings appear.
      await typeInto(session.page, session.page.getByLabel('Namn', { exact: true }), JOURNEY.consultation, {
        backward: true,
      });
      await activate(session.page, session.page.getByRole('button', { name: 'Lägg till samrådet' }));
      const consultation = session.page.getByRole('group', { name: new RegExp(`^${JOURNEY.consultation}`) });
      await consultation
        .getByText(/tisdag .* kl\. 09:00/)
        .first()
        .waitFor();
      // The steering group four times a year.
      const steering = session.page.getByRole('group', { name: /^Styrgruppen/ });
      await typeInto(session.page, steering.getByLabel('Högst antal möten'), JOURNEY.steeringMeetings, {
        backward: true,
      });
      await steering.getByText(/möten/).first().waitFor();

      // The cost split by population, each municipality's share in kronor.
      await activate(session.page, session.page.getByRole('button', { name: 'Fördela en kostnad efter invånarantal' }));
      // The new item's fields come before the buttons that add items: back with Shift+Tab.
      await typeInto(session.page, session.page.getByLabel(/^Belopp per år i kronor/), JOURNEY.costPerYear, {
        backward: true,
      });
      const split = session.page.getByRole('table', { name: /Samordnarfunktion/ });
      await split.getByRole('row', { name: /Karlskrona kommun .*66\s301 invånare/ }).waitFor();
      await split.getByText(/1\s000\s000/).waitFor();

      await splitSecondCost(session.page, hands);

      // The RVC referral from the API's catalogue with a 48-hour contact; its roles are check
      // boxes, each reached by Tab.
      await bindRvcReferral(session.page, hands);
      // Seats, the escalation ladder and follow-up.
      await editGovernance(session.page, hands);
      // The withdrawal rule (§ 17) and the dates it implies, as typed.
      await editWithdrawal(session.page, hands);
      await activate(session.page, session.page.getByRole('button', { name: 'Spara utkastet' }), { backward: true });
      await session.page.getByText('Utkastet är sparat.').waitFor();

      // The defaults, confirmed; publishing, confirmed in the dialog.
      await activate(session.page, session.page.getByRole('link', { name: 'Bekräfta och publicera' }).first(), {
        backward: true,
      });
      await h1(session.page, /Bekräfta och publicera/).waitFor();
      await session.page.getByRole('checkbox', { name: /Påminnelse så här långt före fristen/ }).waitFor();
      await expectAccessible(session.page);
      await activate(session.page, session.page.getByRole('button', { name: 'Välj alla obekräftade' }));
      await activate(session.page, session.page.getByRole('button', { name: 'Bekräfta valda förval' }));
      await session.page
        .getByText(/Bekräftat av Länsstrateg Blekinge/)
        .first()
        .waitFor();
      await activate(session.page, session.page.getByRole('button', { name: 'Publicera version 1' }));
      const dialog = session.page.getByRole('dialog', { name: 'Publicera version 1?' });
      await dialog.getByText(/kan versionen inte ändras/).waitFor();
      await expectAccessible(session.page);
      await activate(session.page, dialog.getByRole('button', { name: 'Ja, publicera' }));

      await expectPublishedJourney(session.page, session.baseUrl(), KEY);
      await expectPublishedGovernance(session.baseUrl(), KEY);
      await expectPublishedWithdrawal(session.baseUrl(), KEY);
      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
