import type { InboxItem, InboxPage } from '../api/types';
import type { SessionState } from '../session/sessionState';
import { renderPage, testMe, textOf } from '../testing/render-page';

const member: SessionState = { kind: 'signed-in', accessToken: 't', me: { ...testMe, roles: ['member'] } };

const notice = (over: Partial<InboxItem>): InboxItem => ({
  id: 'n1',
  kind: 'taskAssigned',
  title: 'Ny uppgift i ärende RVC-2603-KMPTXR',
  text: 'Er organisation har fått en ny uppgift i ärende RVC-2603-KMPTXR.',
  instanceId: 'i1',
  caseRef: 'RVC-2603-KMPTXR',
  link: 'https://samverkan.example/cases/i1',
  tasks: [{ key: 'referContact', title: 'Förmedla kontakt', dueAt: '2026-03-04T08:00:00.000Z' }],
  urgent: false,
  // 09:30 in Stockholm in winter (UTC+1), 13:05 in summer (UTC+2).
  createdAt: '2026-03-02T08:30:00.000Z',
  readAt: null,
  ...over,
});

const inbox = (page: Partial<InboxPage>, at = 1) =>
  renderPage(at === 1 ? '/inkorg' : `/inkorg?sida=${at}`, {
    session: member,
    data: [
      [['inbox', 'page', at], { items: [], page: at, pageSize: 20, total: 0, unread: 0, inApp: true, ...page }],
      [
        ['inbox', 'summary'],
        {
          items: [],
          page: 1,
          pageSize: 1,
          total: page.total ?? 0,
          unread: page.unread ?? 0,
          inApp: page.inApp ?? true,
        },
      ],
    ],
  });

describe('InboxPage', () => {
  const two = {
    items: [
      notice({}),
      notice({
        id: 'n2',
        kind: 'escalation',
        title: 'Eskalering: försenad uppgift i ärende RVC-2603-KMPTXR',
        urgent: true,
        createdAt: '2026-07-01T11:05:00.000Z',
        readAt: '2026-07-01T12:00:00.000Z',
      }),
    ],
    total: 2,
    unread: 1,
  };

  it('lists the notices with subject, Swedish kind, Stockholm time and read state', () => {
    const html = inbox(two);
    const text = textOf(html);
    expect(html).toContain('<h1 tabindex="-1">Inkorg</h1>');
    expect(text).toContain('2 meddelanden, 1 oläst.');
    // Newest first is the API's order; the page keeps it, as a numbered list of headings.
    expect(html).toMatch(/<ol class="inbox"[^>]*>.*Ny uppgift i ärende.*Eskalering: försenad/s);
    expect(text).toContain('Oläst: Ny uppgift i ärende RVC-2603-KMPTXR');
    // ICU versions differ on "kl." before the time.
    expect(text).toMatch(/Ny uppgift · Mottaget 2 mars 2026 (kl\. )?09:30 · Oläst/);
    expect(text).toMatch(
      /Eskalering · Brådskande · Mottaget 1 juli 2026 (kl\. )?13:05 · Läst 1 juli 2026 (kl\. )?14:00/,
    );
    expect(html).not.toMatch(/>(taskAssigned|escalation)</);
  });

  it('offers to mark an unread notice read, and all of them, each button named by its notice', () => {
    const html = inbox(two);
    expect(html.match(/Markera som läst<span class="visually-hidden"> [^<]+<\/span>/g)).toEqual([
      'Markera som läst<span class="visually-hidden"> Ny uppgift i ärende RVC-2603-KMPTXR</span>',
    ]);
    expect(html).toMatch(/<button[^>]*>Markera alla som lästa<\/button>/);
    expect(html).toMatch(/<p role="status"><\/p>/);
    expect(inbox({ ...two, unread: 0 })).not.toContain('Markera alla som lästa');
  });

  it('says the user turned the inbox off, and where to turn it on', () => {
    const text = textOf(inbox({ inApp: false }));
    expect(text).toContain('Du har valt att inte få meddelanden i inkorgen. Du kan ändra det under Min profil');
    expect(inbox({ inApp: false })).toMatch(/<a[^>]*href="\/profil"[^>]*>Min profil<\/a>/);
    expect(textOf(inbox(two))).not.toContain('Du har valt att inte');
  });

  it('keeps the text behind a disclosure button that says it is closed', () => {
    const html = inbox(two);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*aria-controls="([^"]+)"[^>]*>Visa meddelandet/);
    expect(html).toMatch(/<div id="[^"]+-body" hidden=""/);
    expect(html).not.toContain('Er organisation har fått');
  });

  it('pages with links to the previous and next page', () => {
    const many = { items: [notice({})], total: 45, unread: 3 };
    const first = inbox(many);
    expect(first).toMatch(/<nav aria-label="Sidor i inkorgen"/);
    expect(first).toMatch(/<a[^>]*href="\/inkorg\?sida=2"[^>]*>Nästa sida<\/a>/);
    expect(first).not.toContain('Föregående sida');
    const last = inbox({ ...many, page: 3 }, 3);
    expect(last).toMatch(/<a[^>]*href="\/inkorg\?sida=2"[^>]*>Föregående sida<\/a>/);
    expect(textOf(last)).toContain('Sida 3 av 3');
    expect(last).not.toContain('Nästa sida');
    expect(textOf(renderPage('/inkorg?sida=noll', { session: member }))).toContain('Sidan finns inte');
  });

  it('says when the inbox is empty', () => {
    expect(textOf(inbox({}))).toContain('Inkorgen är tom.');
  });

  it('has the unread count in the menu link’s own text, so in its accessible name', () => {
    const html = inbox(two);
    expect(html).toMatch(
      /<a aria-current="page"[^>]*href="\/inkorg"[^>]*>Inkorg <span class="count-badge">1<span class="visually-hidden"> oläst<\/span><\/span><\/a>/,
    );
    expect(textOf(inbox({ ...two, unread: 3 }))).toContain('Inkorg 3 olästa');
    expect(inbox({})).toMatch(/href="\/inkorg"[^>]*>Inkorg<\/a>/);
  });
});
