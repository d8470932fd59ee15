import { renderToStaticMarkup } from 'react-dom/server';
import type { ApiClient } from './api/client';
import { App } from './App';
import type { TokenStore } from './session/tokenStore';

// Effects do not run when rendering to a string, so the API is never called here.
const api: ApiClient = {
  requestToken: () => Promise.reject(new Error('not called')),
  fetchMe: () => Promise.reject(new Error('not called')),
};

function tokens(accessToken: string | null): TokenStore {
  return {
    load: () => (accessToken === null ? null : { accessToken, expiresAt: Number.MAX_SAFE_INTEGER }),
    save: () => {
      throw new Error('not called');
    },
    clear: () => undefined,
  };
}

describe('App', () => {
  it('starts with a skip link to main, a header and the sign-in page when nobody is signed in', () => {
    const html = renderToStaticMarkup(<App api={api} tokens={tokens(null)} />);
    expect(html.indexOf('<a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>')).toBe(0);
    expect(html).toContain('<header');
    expect(html).toMatch(/<main id="main" tabindex="-1"[^>]*>.*<h1 tabindex="-1">Logga in<\/h1>/s);
    expect(html).not.toContain('Logga ut');
  });

  it('starts loading the user, with a sign-out button, when a token is stored', () => {
    const html = renderToStaticMarkup(<App api={api} tokens={tokens('stored-token')} />);
    expect(html).toContain('>Översikt</h1>');
    expect(html).toContain('Hämtar dina uppgifter…');
    expect(html).toMatch(/<header[^>]*>.*<button type="button"[^>]*>Logga ut<\/button>.*<\/header>/s);
    expect(html).not.toContain('>Logga in</h1>');
  });
});
