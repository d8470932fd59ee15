import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe.js';

// What the designer's browser tests share: the seed users' password, the API as a user beside
// the browser, the axe check, and what a published fifth county must show (the journey,
// made with the mouse in designer-editor.e2e-spec.ts and with the keyboard alone in
// designer-keyboard.e2e-spec.ts).

export const PASSWORD = 'samverkan';

export function h1(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The API as a seed user, for what the test checks beside the browser. */
export async function callApi(
  baseUrl: string,
  username: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const token = await fetch(`${baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  }).then(async (r) => ((await r.json()) as { accessToken: string }).accessToken);
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** The journey's choices, as the published version must show them. */
export const JOURNEY = {
  municipalities: ['Karlskrona', 'Ronneby', 'Karlshamn'],
  region: 'Region Blekinge',
  police: 'Polisområde Blekinge',
  consultation: 'Samrådsgruppen',
  steeringMeetings: '4',
  costPerYear: '1000000',
  contactHours: '48',
} as const;

/**
 * After publishing the fifth county (`key`, version 1, by strateg.blekinge): the document names
 * its parties and the consultation, next year's calendar has the consultation and the steering
 * group, the cost split its municipalities, the .ics feed both bodies, and the timers view the
 * RVC referral's 48 hours with every default confirmed.
 */
export async function expectPublishedJourney(page: Page, baseUrl: string, key: string): Promise<void> {
  await h1(page, /Dokument/).waitFor();
  const documentFrame = page.frameLocator('iframe.document-frame');
  await documentFrame.getByText('Karlshamn kommun').first().waitFor();
  await documentFrame.getByText(new RegExp(JOURNEY.consultation)).first().waitFor();

  const year = new Date().getFullYear();
  await page.goto(`${baseUrl}/avtal/${key}/version/1/kalender/${year + 1}`);
  await h1(page, /Kalender/).waitFor();
  await page.getByText(new RegExp(JOURNEY.consultation)).first().waitFor();
  await page
    .getByText(/Styrgruppen/)
    .first()
    .waitFor();
  await page.goto(`${baseUrl}/avtal/${key}/version/1/kostnader/${year + 1}`);
  await h1(page, /Kostnadsfördelning/).waitFor();
  await page.getByText('Ronneby kommun').first().waitFor();

  const ics = await (
    await callApi(
      baseUrl,
      'strateg.blekinge',
      'GET',
      `/api/agreements/${key}/versions/1/calendar.ics?from=${year + 1}-01-01&to=${year + 1}-12-31`,
    )
  ).text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toMatch(new RegExp(`SUMMARY:[^\\r\\n]*${JOURNEY.consultation}`));
  expect(ics).toMatch(/Styrgruppen/);
  const timers = (await (
    await callApi(baseUrl, 'strateg.blekinge', 'GET', `/api/agreements/${key}/versions/1/timers`)
  ).json()) as {
    unconfirmed: string[];
    routines: { binding: string; parameters: { name: string; value: unknown }[] }[];
  };
  expect(timers.unconfirmed).toEqual([]);
  const rvc = timers.routines.find((r) => r.binding === RVC.binding);
  expect(rvc?.parameters.find((p) => p.name === 'contactWithin')?.value).toBe(`PT${JOURNEY.contactHours}H`);
}

/**
 * How a journey works the controls: with the mouse and typing (designer-editor.e2e-spec.ts), or
 * with the keyboard alone (designer-keyboard.e2e-spec.ts: Tab there, forward or `backward`).
 */
export interface Hands {
  toggle(control: Locator, options?: { backward?: boolean }): Promise<void>;
  type(field: Locator, text: string, options?: { backward?: boolean }): Promise<void>;
  press(control: Locator, options?: { backward?: boolean }): Promise<void>;
  /** A radio of a group that has a choice already (with the keyboard: Tab to it, then arrows). */
  chooseIn(group: Locator, radio: Locator): Promise<void>;
  /**
   * `control` has focus (WCAG 2.4.3: after a removal or a move, focus is where the user was, not
   * dropped to the page); with the keyboard, it shows its focus ring too.
   */
  expectFocus(control: Locator): Promise<void>;
}

/** Whether `control` is the element with focus. */
export function hasFocus(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement);
}

/** The routine the journey binds, as the API's catalogue (GET /api/routines) names it. */
export const RVC = { title: 'Förmedlad kontakt enligt RVC-metoden', ref: 'rvc-referral@1', binding: 'rvc-referral' };

/**
 * Binds the RVC referral from the API's catalogue: every role starts unplayed with its error
 * beside it; the police is ticked, unticked (the box shows it and the error is back) and ticked
 * again; the journey's municipalities are the support centre, the home municipality chosen per
 * case; contact within 48 hours. axe checks the section with its errors showing.
 */
export async function bindRvcReferral(page: Page, hands: Hands): Promise<void> {
  await hands.toggle(page.getByRole('radio', { name: new RegExp(`^${RVC.title}`) }));
  await hands.press(page.getByRole('button', { name: 'Lägg till rutinen' }));
  const binding = page.getByRole('group', { name: new RegExp(`^${RVC.title} \\(${RVC.ref}\\)`) });
  const police = binding.getByRole('group', { name: /^Polisen \(police\)/ });
  const policeError = police.locator('.field-error');
  await policeError.waitFor();
  await expectAccessible(page);
  const box = police.getByRole('checkbox', { name: JOURNEY.police });
  await hands.toggle(box, { backward: true });
  expect(await box.isChecked()).toBe(true);
  await policeError.waitFor({ state: 'detached' });
  await hands.toggle(box);
  expect(await box.isChecked()).toBe(false);
  await policeError.waitFor();
  expect(await policeError.textContent()).toMatch(/^Fel: .+/);
  await hands.toggle(box);
  expect(await box.isChecked()).toBe(true);
  const centre = binding.getByRole('group', { name: /^Stödcentrum \(supportCentre\)/ });
  for (const name of JOURNEY.municipalities) {
    await hands.toggle(centre.getByRole('checkbox', { name: `${name} kommun`, exact: true }));
  }
  await centre.locator('.field-error').waitFor({ state: 'detached' });
  await hands.toggle(binding.getByRole('checkbox', { name: /^Stödcentrum: i varje ärende/ }));
  await hands.type(binding.getByLabel(/^Kontakt ska tas inom, timmar/), JOURNEY.contactHours);
  await expectAccessible(page);
}

/**
 * A second cost item (after the one by population): 300 000 kr in equal shares between all five
 * parties, then in fixed shares: with none typed the error sits at the shares; the region at
 * 100 % pays it all, and the table per party adds both items up.
 */
export async function splitSecondCost(page: Page, hands: Hands): Promise<void> {
  await hands.press(page.getByRole('button', { name: 'Lägg till en kostnadspost i lika delar' }));
  const item = page.getByRole('group', { name: /^Kostnadspost 2: / });
  await hands.type(item.getByLabel(/^Belopp per år i kronor/), '300000', { backward: true });
  const equal = page.getByRole('table', { name: /^Ny kostnadspost/ });
  await equal.getByRole('row', { name: new RegExp(`^${JOURNEY.region} lika delar \\(1 av 5\\) 60\\s000`) }).waitFor();
  await hands.chooseIn(
    item.getByRole('radiogroup', { name: /^Fördelas/ }),
    item.getByRole('radio', { name: 'Fasta andelar i procent' }),
  );
  const shares = item.getByRole('group', { name: /^Andel per part i procent/ });
  await shares.locator('.field-error').waitFor();
  await expectAccessible(page);
  await hands.type(shares.getByLabel(new RegExp(`^${JOURNEY.region}, procent`)), '100');
  await shares.locator('.field-error').first().waitFor({ state: 'detached' });
  const perParty = page.getByRole('table', { name: /^Per part/ });
  await perParty.getByRole('row', { name: new RegExp(`^${JOURNEY.region} 300\\s000`) }).waitFor();
  await perParty.getByRole('row', { name: /^Totalt 1\s300\s000/ }).waitFor();
  await expectAccessible(page);
}

/**
 * Parties after creation: a prosecution office is added and removed again; the police is removed
 * while the RVC referral's police role names it (the library's error shows at that role, the page
 * does not break) and added back under the same name, which clears it.
 */
export async function addAndRemoveParties(page: Page, hands: Hands): Promise<void> {
  const parties = page.getByRole('region', { name: 'Parter' });
  const adding = parties.getByRole('group', { name: 'Lägg till en part' });
  const add = async (kind: string, name: string) => {
    await hands.toggle(adding.getByRole('radio', { name: kind, exact: true }), { backward: true });
    await hands.type(adding.getByLabel('Partens namn'), name);
    await hands.press(adding.getByRole('button', { name: 'Lägg till parten' }));
  };
  await add('Åklagarmyndigheten', 'Åklagarkammaren i Blekinge');
  const prosecution = parties.getByLabel(/^Namn \(Åklagarmyndigheten\)/);
  expect(await prosecution.inputValue()).toBe('Åklagarkammaren i Blekinge');
  await expectAccessible(page);

  const listed = parties.getByRole('list').first().getByRole('listitem');
  const police = (await listed.allTextContents()).findIndex((text) => text.includes(`Ta bort ${JOURNEY.police}`));
  await hands.press(parties.getByRole('button', { name: `Ta bort ${JOURNEY.police}` }), { backward: true });
  // The party after it takes its place, and focus goes to its name.
  await hands.expectFocus(listed.nth(police).getByRole('textbox'));
  const policeRole = page
    .getByRole('group', { name: new RegExp(`^${RVC.title}`) })
    .getByRole('group', { name: /^Polisen \(police\)/ });
  await policeRole.locator('.field-error').waitFor();
  expect(await policeRole.locator('.field-error').textContent()).toMatch(/polisomrade-blekinge/);
  await parties.getByText(/är borttagen/).waitFor();
  await expectAccessible(page);
  await add('Polismyndigheten', JOURNEY.police);
  await policeRole.locator('.field-error').waitFor({ state: 'detached' });
  await hands.press(parties.getByRole('button', { name: 'Ta bort Åklagarkammaren i Blekinge' }), { backward: true });
  await prosecution.waitFor({ state: 'detached' });
}

/**
 * The steering group's seats, the escalation ladder and follow-up, on the fifth county (after the
 * consultation was added): a party's seat and a seat the text describes, whose empty text is the
 * library's error at its field until it is typed; the consultation as a third step of the ladder,
 * moved up to the second; a follow-up plan whose errors (the date, who owes it) sit at their fields
 * until they are given. axe checks the page with the errors showing.
 */
export async function editGovernance(page: Page, hands: Hands): Promise<void> {
  const steering = page.getByRole('group', { name: /^Styrgruppen/ });
  // A seat the text describes, then a party's: removing the first puts focus on the first control
  // of the seat that takes its place (the party's radio that is chosen).
  await hands.press(steering.getByRole('button', { name: /^Lägg till en plats som texten beskriver/ }), {
    backward: true,
  });
  await hands.press(steering.getByRole('button', { name: 'Lägg till en part i Styrgruppen' }), { backward: true });
  await page.getByRole('group', { name: 'Plats 4 i Styrgruppen' }).waitFor();
  await hands.press(steering.getByRole('button', { name: 'Ta bort plats 3 i Styrgruppen' }), { backward: true });
  await page.getByRole('group', { name: 'Plats 4 i Styrgruppen' }).waitFor({ state: 'detached' });
  const partySeat = page.getByRole('group', { name: 'Plats 3 i Styrgruppen' });
  await hands.expectFocus(partySeat.getByRole('radio', { checked: true }));
  await hands.type(partySeat.getByLabel(/^Funktion som sitter på platsen/), 'Lokalpolisområdeschefen');
  await hands.press(steering.getByRole('button', { name: /^Lägg till en plats som texten beskriver/ }));
  const described = page.getByRole('group', { name: 'Plats 4 i Styrgruppen' });
  const seatText = described.getByLabel(/^Platsen med textens ord \(punkt 9\)/);
  await described.locator('.field-error').waitFor();
  expect(await seatText.getAttribute('aria-invalid')).toBe('true');
  await expectAccessible(page);
  await hands.type(seatText, SEAT, { backward: true });
  await described.locator('.field-error').waitFor({ state: 'detached' });

  const escalation = page.getByRole('region', { name: 'Om samverkan inte fungerar' });
  await hands.press(escalation.getByRole('button', { name: 'Lägg till ett steg' }), { backward: true });
  const third = escalation.getByRole('group', { name: 'Steg 3' });
  expect(await third.getByRole('radio', { name: JOURNEY.consultation }).isChecked()).toBe(true);
  await hands.type(third.getByLabel(/^Vad som sker i steg 3 \(punkt 18\)/), 'Samrådsgruppen tar upp frågan', {
    backward: true,
  });
  await hands.press(third.getByRole('button', { name: 'Flytta steg 3 uppåt' }));
  const second = escalation.getByRole('group', { name: 'Steg 2' });
  // Focus moves with the step: its own button to move up, now in step 2.
  await hands.expectFocus(second.getByRole('button', { name: 'Flytta steg 2 uppåt' }));
  expect(await second.getByRole('radio', { name: JOURNEY.consultation }).isChecked()).toBe(true);
  expect(await second.getByLabel(/^Vad som sker i steg 2/).inputValue()).toBe('Samrådsgruppen tar upp frågan');

  const followUp = page.getByRole('region', { name: 'Uppföljning' });
  const addPlan = followUp.getByRole('button', { name: 'Lägg till en uppföljningsplan' });
  const plan = followUp.getByRole('group', { name: /^Uppföljningsplan/ });
  // Added and removed again: nothing takes its place, so focus goes to the button that adds one.
  await hands.press(addPlan);
  await hands.press(plan.getByRole('button', { name: 'Ta bort uppföljningsplanen' }));
  await plan.waitFor({ state: 'detached' });
  await hands.expectFocus(addPlan);
  await hands.press(addPlan);
  const due = plan.getByLabel(/^Klar senast/);
  await plan
    .getByRole('group', { name: /^Vem som tar fram planen/ })
    .locator('.field-error')
    .waitFor();
  expect(await due.getAttribute('aria-invalid')).toBe('true');
  await expectAccessible(page);
  await hands.type(plan.getByLabel(/^Punkt i texten för uppföljningsplanen/), FOLLOW_UP.clause, { backward: true });
  await hands.type(due, FOLLOW_UP.due);
  await hands.toggle(plan.getByRole('checkbox', { name: JOURNEY.region }));
  await plan.locator('.field-error').first().waitFor({ state: 'detached' });
  expect(await due.getAttribute('aria-invalid')).toBe(null);
  await expectAccessible(page);
}

const SEAT = 'En kommunrepresentant från varje kommun';
const FOLLOW_UP = { clause: '14.1', due: '2026-06-30' } as const;

/**
 * The published fifth county has the seats, the ladder and the follow-up plan as edited (its
 * content: the overrides of the template; the lists without keys are written whole).
 */
export async function expectPublishedGovernance(baseUrl: string, key: string): Promise<void> {
  const { content: version } = (await (
    await callApi(baseUrl, 'strateg.blekinge', 'GET', `/api/agreements/${key}/versions/1`)
  ).json()) as {
    content: {
      bodies: { key: string; members?: Record<string, string>[] }[];
      escalation: { levels: { body: string }[] };
      followUp: { plan: { due: string; by: string[]; clause: string }; annualReport: unknown };
    };
  };
  const steering = version.bodies.find((b) => b.key === 'styrgrupp');
  expect(steering?.members).toContainEqual({ seat: SEAT });
  expect(steering?.members?.some((m) => m['function'] === 'Lokalpolisområdeschefen')).toBe(true);
  expect(version.escalation.levels.map((l) => l.body)).toEqual(['styrgrupp', 'samradsgruppen', 'ledningsgrupp']);
  expect(version.followUp.plan).toMatchObject({
    due: FOLLOW_UP.due,
    clause: FOLLOW_UP.clause,
    by: ['region-blekinge'],
  });
  expect(version.followUp.annualReport).toBeDefined();
}

/** The withdrawal rule as the journey leaves it (the template's is six months, at a year end). */
const WITHDRAWAL = { noticePeriod: 'P3M', effectiveAt: 'anyMonthEnd', inWriting: true, clause: '17' } as const;

/**
 * The withdrawal rule (§ 17) and the dates it implies for notice given on 1 July 2026: the
 * template's six months to a year end binds the party through 31 December 2027; an empty notice
 * period is the library's error at its field (and no date); three months binds it through
 * 31 December 2026, and at any month end through 31 October 2026. axe checks the error state.
 */
export async function editWithdrawal(page: Page, hands: Hands): Promise<void> {
  const rule = page.getByRole('group', { name: /^Uppsägning \(punkt 17\)/ });
  const period = rule.getByLabel(/^Uppsägningstid \(punkt 17\)/);
  const preview = page.locator('.withdrawal-preview');
  await hands.type(page.getByLabel(/^Exempel: uppsägning given/), '2026-07-01', { backward: true });
  await preview.getByText(/bunden till och med \S+ 31 december 2027/).waitFor();
  await hands.type(period, '', { backward: true });
  await rule.locator('.field-error').waitFor();
  expect(await period.getAttribute('aria-invalid')).toBe('true');
  await preview.getByText(/inte har några fel/).waitFor();
  await expectAccessible(page);
  await hands.type(period, '3');
  await rule.locator('.field-error').waitFor({ state: 'detached' });
  await preview.getByText(/bunden till och med \S+ 31 december 2026/).waitFor();
  await hands.chooseIn(
    rule.getByRole('radiogroup', { name: /^Utträdet gäller vid/ }),
    rule.getByRole('radio', { name: 'Närmast följande månadsskifte' }),
  );
  await preview.getByText(/bunden till och med \S+ 31 oktober 2026/).waitFor();
  await expectAccessible(page);
}

/** The published fifth county has the withdrawal rule as edited. */
export async function expectPublishedWithdrawal(baseUrl: string, key: string): Promise<void> {
  const { content } = (await (
    await callApi(baseUrl, 'strateg.blekinge', 'GET', `/api/agreements/${key}/versions/1`)
  ).json()) as { content: { withdrawal?: unknown } };
  expect(content.withdrawal).toEqual(WITHDRAWAL);
}
