import type { components } from '../api/schema';
import type { OidcConfig } from './authConfig';
import { authConfigSchema } from './authConfig';
import {
  OIDC_PATHS,
  oidcSettings,
  safeReturnTo,
  startOidcSource,
  type OidcManager,
  type OidcUser,
  type Place,
} from './oidcSource';
import type { SourceEvent } from './source';

const config: OidcConfig = {
  mode: 'oidc',
  issuer: 'https://idp.example/realms/lan',
  clientId: 'samverkan-designer',
  scopes: ['openid', 'profile'],
  audience: 'samverkan',
};

function memoryStorage(): Storage {
  const entries = new Map<string, string>();
  return {
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

/** A stand-in for oidc-client-ts' UserManager that records what the source asked of it. */
function fakeManager(options: { stored?: OidcUser | null; callback?: () => Promise<OidcUser>; endSession?: string }) {
  const calls: string[] = [];
  const listeners = { loaded: [] as ((user: OidcUser) => void)[], expired: [] as (() => void)[] };
  let stored = options.stored ?? null;
  const manager: OidcManager = {
    getUser: () => Promise.resolve(stored),
    signinRedirect: (args) => {
      calls.push(`signinRedirect ${JSON.stringify(args.state)}`);
      return Promise.resolve();
    },
    signinRedirectCallback: (url) => {
      calls.push(`callback ${url}`);
      return options.callback ? options.callback() : Promise.reject(new Error('no state'));
    },
    signinSilent: () => {
      calls.push('signinSilent');
      return Promise.reject(new Error('login_required'));
    },
    signinSilentCallback: (url) => {
      calls.push(`silentCallback ${url}`);
      return Promise.resolve();
    },
    signoutRedirect: () => {
      calls.push('signoutRedirect');
      stored = null;
      return Promise.resolve();
    },
    removeUser: () => {
      calls.push('removeUser');
      stored = null;
      return Promise.resolve();
    },
    metadataService: { getEndSessionEndpoint: () => Promise.resolve(options.endSession) },
    events: {
      addUserLoaded: (listener) => {
        listeners.loaded.push(listener);
        return () => listeners.loaded.splice(listeners.loaded.indexOf(listener), 1);
      },
      addAccessTokenExpired: (listener) => {
        listeners.expired.push(listener);
        return () => listeners.expired.splice(listeners.expired.indexOf(listener), 1);
      },
    },
  };
  return { manager, calls, listeners };
}

function place(path: string): Place & { replaced: string[] } {
  const url = new URL(path, 'https://samverkan.example');
  const replaced: string[] = [];
  return {
    replaced,
    location: { href: url.href, pathname: url.pathname, search: url.search, hash: url.hash },
    history: { replaceState: (_data, _unused, to) => void replaced.push(to) },
  };
}

describe('the API’s answer on how to sign in', () => {
  it('accepts the three modes and refuses a provider that is not an http(s) address', () => {
    expect(authConfigSchema.parse({ mode: 'local' })).toEqual({ mode: 'local' });
    // Typed as the API documents its answer (schema.d.ts): a compile error when they part.
    const documented: components['schemas']['AuthConfig'] = authConfigSchema.parse(config);
    expect(documented).toEqual(config);
    expect(authConfigSchema.safeParse({ ...config, issuer: 'javascript:alert(1)' }).success).toBe(false);
    expect(authConfigSchema.safeParse({ ...config, clientId: '' }).success).toBe(false);
    expect(authConfigSchema.safeParse({ mode: 'saml' }).success).toBe(false);
  });
});

describe('oidcSettings', () => {
  it('is the code flow of a public client, back to the designer’s own addresses, nothing in localStorage', async () => {
    const storage = memoryStorage();
    const settings = oidcSettings(config, 'https://samverkan.example', storage);
    expect(settings).toMatchObject({
      authority: 'https://idp.example/realms/lan',
      client_id: 'samverkan-designer',
      scope: 'openid profile',
      response_type: 'code',
      redirect_uri: 'https://samverkan.example/inloggning/klar',
      silent_redirect_uri: 'https://samverkan.example/inloggning/tyst',
      post_logout_redirect_uri: 'https://samverkan.example/inloggning/utloggad',
      automaticSilentRenew: true,
    });
    expect(settings).not.toHaveProperty('client_secret');
    expect(settings.disablePKCE).toBeUndefined();
    // Both the user (tokens) and the flow's state (the PKCE verifier) go to the given storage.
    await settings.userStore?.set('user', 'tokens');
    await settings.stateStore?.set('state', 'verifier');
    expect([storage.key(0), storage.key(1)]).toEqual(['samverkan.oidc.user', 'samverkan.oidc.state']);
  });
});

describe('safeReturnTo', () => {
  it('keeps a path of the designer and sends anything else to the overview', () => {
    expect(safeReturnTo({ returnTo: '/avtal/jamtland/version/2?x=1' })).toBe('/avtal/jamtland/version/2?x=1');
    for (const returnTo of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'profil', 42]) {
      expect(safeReturnTo({ returnTo })).toBe('/');
    }
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo({ returnTo: OIDC_PATHS.callback })).toBe('/');
    expect(safeReturnTo({ returnTo: `${OIDC_PATHS.signedOut}?x` })).toBe('/');
  });
});

describe('startOidcSource', () => {
  it('completes the sign-in at the callback and goes to the page asked for', async () => {
    const { manager, calls } = fakeManager({
      callback: () => Promise.resolve({ access_token: 'at1', state: { returnTo: '/profil' } }),
    });
    const at = place('/inloggning/klar?code=c&state=s');
    const source = await startOidcSource(manager, at);
    expect(calls).toEqual(['callback https://samverkan.example/inloggning/klar?code=c&state=s']);
    expect(at.replaced).toEqual(['/profil']);
    expect(source?.accessToken()).toBe('at1');
    expect(source?.startNotice).toBeNull();
  });

  it('says in Swedish when the provider refused or the user cancelled, at the start page', async () => {
    const { manager } = fakeManager({ callback: () => Promise.reject(new Error('access_denied')) });
    const at = place('/inloggning/klar?error=access_denied&state=s');
    const source = await startOidcSource(manager, at);
    expect(source?.accessToken()).toBeNull();
    expect(source?.startNotice).toBe('Inloggningen avbröts eller misslyckades hos inloggningstjänsten. Försök igen.');
    expect(at.replaced).toEqual(['/']);
  });

  it('renders nothing in the silent renew’s frame, handing the answer on', async () => {
    const { manager, calls } = fakeManager({});
    expect(await startOidcSource(manager, place('/inloggning/tyst?code=c'))).toBeNull();
    expect(calls).toEqual(['silentCallback https://samverkan.example/inloggning/tyst?code=c']);
  });

  it('says the user is signed out after the provider’s end_session', async () => {
    const at = place('/inloggning/utloggad');
    const source = await startOidcSource(fakeManager({}).manager, at);
    expect(source?.startNotice).toBe('Du är utloggad.');
    expect(at.replaced).toEqual(['/']);
  });

  it('takes the tab’s stored session, and drops an expired one it cannot renew', async () => {
    const kept = await startOidcSource(fakeManager({ stored: { access_token: 'at1' } }).manager, place('/profil'));
    expect(kept?.accessToken()).toBe('at1');
    const expired = fakeManager({ stored: { access_token: 'old', expired: true } });
    const dropped = await startOidcSource(expired.manager, place('/profil'));
    expect(dropped?.accessToken()).toBeNull();
    expect(expired.calls).toEqual(['signinSilent', 'removeUser']);
  });

  it('goes to the provider with the page to come back to', async () => {
    const { manager, calls } = fakeManager({});
    const source = await startOidcSource(manager, place('/'));
    await source?.signInAtProvider('/avtal/k/version/1');
    expect(calls).toEqual(['signinRedirect {"returnTo":"/avtal/k/version/1"}']);
  });

  it('follows renewals and ends the session when the token expires', async () => {
    const { manager, listeners, calls } = fakeManager({ stored: { access_token: 'at1' } });
    const source = await startOidcSource(manager, place('/'));
    const events: SourceEvent[] = [];
    const unsubscribe = source?.subscribe((event) => events.push(event));
    listeners.loaded.forEach((listener) => listener({ access_token: 'at2' }));
    expect(source?.accessToken()).toBe('at2');
    listeners.expired.forEach((listener) => listener());
    expect(source?.accessToken()).toBeNull();
    expect(events).toEqual([{ type: 'renewed', accessToken: 'at2' }, { type: 'expired' }]);
    expect(calls).toEqual(['removeUser']);
    unsubscribe?.();
    expect(listeners.loaded.length + listeners.expired.length).toBe(0);
  });

  it('signs out at the provider when it has end_session, else forgets the session here', async () => {
    const withEnd = fakeManager({ stored: { access_token: 'at1' }, endSession: 'https://idp.example/logout' });
    const source = await startOidcSource(withEnd.manager, place('/'));
    await source?.signOut();
    expect(withEnd.calls).toEqual(['signoutRedirect']);
    expect(source?.accessToken()).toBeNull();

    const without = fakeManager({ stored: { access_token: 'at1' } });
    await (await startOidcSource(without.manager, place('/')))?.signOut();
    expect(without.calls).toEqual(['removeUser']);
  });
});
