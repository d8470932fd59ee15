import { renderPage, textOf } from '../testing/render-page';
import { stockholmToday } from './stockholm';

describe('the designer’s addresses', () => {
  it('shows the sign-in page at any address while signed out, the address kept', () => {
    for (const path of ['/', '/avtal/jamtland/version/2', '/profil']) {
      const html = renderPage(path, { session: { kind: 'signed-out', notice: null } });
      expect(html.indexOf('<a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>')).toBe(0);
      expect(html).toMatch(/<main id="main" tabindex="-1"[^>]*>.*<h1 tabindex="-1">Logga in<\/h1>/s);
      expect(html).not.toContain('Logga ut');
      expect(html).not.toContain('aria-label="Huvudmeny"');
    }
  });

  it('says it is checking the stored session, with the sign-out button', () => {
    const html = renderPage('/avtal/jamtland/version/2', { session: { kind: 'loading', accessToken: 't' } });
    expect(html).toContain('Hämtar dina uppgifter…');
    expect(html).toMatch(/<header[^>]*>.*>Logga ut<\/button>.*<\/header>/s);
    expect(html).not.toContain('>Logga in</h1>');
  });

  it('offers a retry when the session check failed', () => {
    const html = renderPage('/', { session: { kind: 'failed', accessToken: 't', message: 'Tjänsten svarar inte.' } });
    expect(html).toContain('<div role="alert" class="alert-region"><p class="alert">Tjänsten svarar inte.</p></div>');
    expect(html).toMatch(/<button[^>]*>Försök igen<\/button>/);
  });

  it('has a main menu marking the current page when signed in', () => {
    const html = renderPage('/profil');
    expect(html).toMatch(/<nav aria-label="Huvudmeny"[^>]*>/);
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/profil"[^>]*>Min profil<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>Översikt<\/a>/);
    expect(textOf(html)).toContain('Inloggad som Testa Strateg');
  });

  it.each([
    '/finns-inte',
    '/avtal/jamtland/version/0',
    '/avtal/jamtland/version/senaste',
    '/avtal/jamtland/version/1/kalender/99999',
    '/avtal/jamtland/version/1/kostnader/1899',
  ])('answers %s with a page that says it does not exist', (path) => {
    const html = renderPage(path);
    expect(html).toContain('<h1 tabindex="-1">Sidan finns inte</h1>');
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>Till översikten<\/a>/);
  });
});

describe('the county overview', () => {
  const today = stockholmToday();
  const year = Number(today.slice(0, 4));
  const to = `${year + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  const summary = {
    id: 'id1',
    key: 'jamtland',
    countyCode: '23',
    name: 'Jämtlands avtal',
    publishedVersion: 1,
    draftVersion: 2,
  };
  const version = (n: number, status: string) => ({
    version: n,
    status,
    rowVersion: 1,
    contentHash: null,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    publishedAt: status === 'draft' ? null : '2026-01-02T10:00:00Z',
    publishedBy: status === 'draft' ? null : 'seed',
  });
  const entry = {
    uid: 'e1',
    kind: 'meeting',
    dated: true,
    date: '2030-03-05',
    start: '2030-03-05T13:00:00+01:00',
    allDay: false,
    title: 'Styrgruppsmöte',
    description: '',
    partyKeys: [],
  };

  it('lists each agreement with its versions, their status and the next dates, linked to each version', () => {
    const html = renderPage('/', {
      data: [
        [['agreements'], [summary]],
        [['agreements', 'jamtland'], { ...summary, versions: [version(1, 'published'), version(2, 'draft')] }],
        [
          ['agreements', 'jamtland', 'versions', 1, 'calendar', today, to],
          { from: today, to, entries: [entry], truncated: false, truncation: [] },
        ],
      ],
    });
    const text = textOf(html);
    expect(html).toContain('<h1 tabindex="-1">Översikt</h1>');
    expect(html).toMatch(/<h3 id="avtal-jamtland">Jämtlands avtal<\/h3>/);
    // Newest first, each with its status in words.
    expect(text).toMatch(/Version 2 av Jämtlands avtal Utkast .* Version 1 av Jämtlands avtal Publicerad/);
    expect(html).toMatch(/<a[^>]*href="\/avtal\/jamtland\/version\/1"[^>]*>Version 1/);
    expect(text).toContain('tisdag 5 mars 2030 kl. 13:00 Styrgruppsmöte');
    expect(html).toContain(`href="/avtal/jamtland/version/1/kalender/${year}"`);
  });

  it('says when there is no agreement to see', () => {
    expect(textOf(renderPage('/', { data: [[['agreements'], []]] }))).toContain('Det finns inga avtal som du kan se.');
  });
});
