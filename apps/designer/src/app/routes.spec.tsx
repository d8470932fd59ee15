import { renderPage, textOf } from '../testing/render-page';

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
