import type { Page } from 'playwright-core';
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
  const rvc = timers.routines.find((r) => r.binding === 'rvc');
  expect(rvc?.parameters.find((p) => p.name === 'contactWithin')?.value).toBe(`PT${JOURNEY.contactHours}H`);
}
