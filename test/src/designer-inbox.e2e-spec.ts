// Issue 13, the inbox in the designer: a police user, whose party owes the first task of an RVC
// case started through the API (a `taskAssigned` notice), signs in with the keyboard alone, finds
// the unread count in the main menu link's name, opens the inbox, reads the notice's text, marks
// it read and sees the count drop; then chooses the daily digest on the profile page. axe checks
// each state; every Tab stop must show its focus ring (support/keyboard.ts).
import { PASSWORD, callApi, expectAccessible, h1, hasFocus } from './support/designer-journey.js';
import { designerSession, required } from './support/designer-session.js';
import { activate, arrowTo, expectVisibleFocus, tabTo, typeInto } from './support/keyboard.js';

const TIMEOUT = 180_000;
const USER = 'polis.nord';

interface Inbox {
  items: { id: string; kind: string; title: string; instanceId: string; readAt: string | null }[];
  unread: number;
}

/** The menu link's accessible name as the designer writes it. */
const inboxLinkName = (unread: number) =>
  unread === 0 ? 'Inkorg' : `Inkorg ${unread} ${unread === 1 ? 'oläst' : 'olästa'}`;

describe('the inbox in the designer, with the keyboard alone', () => {
  // The journey is one test: its context and page are opened once, with the API and Chromium.
  const session = designerSession({ timeout: TIMEOUT, contextPer: 'file' });
  const inbox = async () =>
    (await (await callApi(session.baseUrl(), USER, 'GET', '/api/inbox?pageSize=100')).json()) as Inbox;

  it(
    'shows a new task’s notice, its text, and the unread count dropping when it is marked read',
    async () => {
      // An RVC case in Jämtland: its start opens the police's task to refer contact.
      const started = await callApi(session.baseUrl(), USER, 'POST', '/api/instances', {
        agreement: 'jamtland-operation-norrsken',
        routine: 'rvc',
        input: {
          homeMunicipality: 'ostersunds-kommun',
          violenceCategory: 'mensViolenceAgainstWomen',
          attestation: { age: true, residence: true },
        },
      });
      expect(started.status).toBe(201);
      const { id: caseId, caseRef } = (await started.json()) as { id: string; caseRef: string };
      const before = await inbox();
      const notice = required(
        before.items.find((i) => i.instanceId === caseId && i.kind === 'taskAssigned'),
        'The taskAssigned notice',
      );
      expect(notice.readAt).toBeNull();
      expect(notice.title).toBe(`Ny uppgift i ärende ${caseRef}`);

      // Sign in with the keyboard: the menu link names the unread count.
      await session.page.goto(`${session.baseUrl()}/`);
      await typeInto(session.page, session.page.getByLabel('Användarnamn', { exact: true }), USER);
      await typeInto(session.page, session.page.getByLabel('Lösenord', { exact: true }), PASSWORD);
      await session.page.keyboard.press('Enter');
      await h1(session.page, 'Översikt').waitFor();
      const menu = session.page.getByRole('navigation', { name: 'Huvudmeny' });
      await activate(session.page, menu.getByRole('link', { name: inboxLinkName(before.unread), exact: true }), {
        backward: true,
      });

      await h1(session.page, 'Inkorg').waitFor();
      expect(session.page.url()).toBe(`${session.baseUrl()}/inkorg`);
      const heading = session.page.getByRole('heading', { level: 2, name: `Oläst: ${notice.title}`, exact: true });
      await heading.waitFor();
      const item = session.page.getByRole('article', { name: `Oläst: ${notice.title}` });
      await item.getByText(/^Ny uppgift · Mottaget \d+ \S+ \d{4} (kl\. )?\d\d:\d\d · Oläst$/).waitFor();
      await expectAccessible(session.page);

      // Its text and the case's link behind the disclosure button.
      const show = item.getByRole('button', { name: `Visa meddelandet ${notice.title}` });
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      await activate(session.page, show);
      // The same button, now saying it hides the text; focus stays on it.
      const hide = item.getByRole('button', { name: `Dölj meddelandet ${notice.title}` });
      expect(await hide.getAttribute('aria-expanded')).toBe('true');
      expect(await hasFocus(hide)).toBe(true);
      await item.getByText(/Er organisation har fått en ny uppgift i ärende/).waitFor();
      const caseLink = item.getByRole('link', { name: `Öppna ärendet ${caseRef}` });
      expect(await caseLink.getAttribute('href')).toMatch(new RegExp(`/cases/${caseId}$`));
      await expectAccessible(session.page);

      // Marked read: announced, focus on the notice's heading, the count one lower.
      await activate(session.page, item.getByRole('button', { name: `Markera som läst ${notice.title}` }));
      await session.page
        .getByRole('status')
        .filter({ hasText: `”${notice.title}” är markerat som läst.` })
        .waitFor();
      const readHeading = session.page.getByRole('heading', { level: 2, name: notice.title, exact: true });
      expect(await hasFocus(readHeading)).toBe(true);
      await menu.getByRole('link', { name: inboxLinkName(before.unread - 1), exact: true }).waitFor();
      await session.page
        .getByText(/ · Läst \d+ \S+ \d{4}/)
        .first()
        .waitFor();
      await expectAccessible(session.page);
      const after = await inbox();
      expect(after.unread).toBe(before.unread - 1);
      expect(after.items.find((i) => i.id === notice.id)?.readAt).not.toBeNull();

      // The channels on the profile page: the daily digest instead of each e-mail.
      await activate(session.page, menu.getByRole('link', { name: 'Min profil' }), { backward: true });
      await h1(session.page, 'Min profil').waitFor();
      const form = session.page.getByRole('group', { name: 'Hur vill du få meddelanden?' });
      await tabTo(session.page, form.getByRole('radio', { checked: true }));
      await arrowTo(session.page, form.getByRole('radio', { name: /^Daglig sammanfattning/ }));
      await expectVisibleFocus(session.page);
      await activate(session.page, session.page.getByRole('button', { name: 'Spara dina val' }));
      await session.page.getByRole('status').filter({ hasText: 'Dina val för meddelanden är sparade.' }).waitFor();
      await expectAccessible(session.page);
      const saved = (await (await callApi(session.baseUrl(), USER, 'GET', '/api/me/preferences')).json()) as {
        email: string;
        inApp: boolean;
        productDefault: boolean;
      };
      expect(saved).toMatchObject({ email: 'digest', inApp: true, productDefault: false });
      expect(session.pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
