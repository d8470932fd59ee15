import { WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { MESSAGES } from '../i18n/messages';
import type { OidcConfig } from './authConfig';
import type { SessionSource, SourceEvent } from './source';

/**
 * The designer's own addresses in the OpenID Connect flow. They must be registered with the
 * provider for the designer's client (docs/operations.md): the callback and the silent renew as
 * redirect URIs, the signed-out page as a post-logout redirect URI.
 */
export const OIDC_PATHS = {
  callback: '/inloggning/klar',
  silent: '/inloggning/tyst',
  signedOut: '/inloggning/utloggad',
} as const;

/**
 * The client's settings: authorization code with PKCE (oidc-client-ts' only flow), a public
 * client (no secret), the tokens and the flow's state in this tab's `sessionStorage`, never in
 * `localStorage`. The session is renewed before the access token expires: with the refresh token
 * where the provider gives one, else by a hidden frame at the provider (prompt=none).
 */
export function oidcSettings(config: OidcConfig, origin: string, storage: Storage): UserManagerSettings {
  const store = new WebStorageStateStore({ store: storage, prefix: 'samverkan.oidc.' });
  return {
    authority: config.issuer,
    client_id: config.clientId,
    scope: config.scopes.join(' '),
    response_type: 'code',
    redirect_uri: `${origin}${OIDC_PATHS.callback}`,
    silent_redirect_uri: `${origin}${OIDC_PATHS.silent}`,
    post_logout_redirect_uri: `${origin}${OIDC_PATHS.signedOut}`,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: true,
    // Watching the provider's session needs its cookies in a third-party frame, which browsers
    // now block: the session ends when the token can no longer be renewed instead.
    monitorSession: false,
    loadUserInfo: false,
  };
}

/** What the source needs of oidc-client-ts' UserManager (a fake stands in for it in the unit tests). */
export interface OidcUser {
  access_token: string;
  expired?: boolean | undefined;
  state?: unknown;
}

export interface OidcManager {
  getUser: () => Promise<OidcUser | null>;
  signinRedirect: (args: { state: unknown }) => Promise<void>;
  signinRedirectCallback: (url: string) => Promise<OidcUser>;
  signinSilent: () => Promise<OidcUser | null>;
  signinSilentCallback: (url: string) => Promise<void>;
  signoutRedirect: () => Promise<void>;
  removeUser: () => Promise<void>;
  metadataService: { getEndSessionEndpoint: () => Promise<string | undefined> };
  events: {
    addUserLoaded: (listener: (user: OidcUser) => void) => () => void;
    addAccessTokenExpired: (listener: () => void) => () => void;
  };
}

/** The parts of `window` the start reads and writes. */
export interface Place {
  location: { href: string; pathname: string; search: string; hash: string };
  history: { replaceState: (data: unknown, unused: string, url: string) => void };
}

/**
 * Where to go after signing in: a path of the designer, never another origin (`//evil`,
 * `https:`) nor one of the flow's own addresses. Anything else goes to the overview.
 */
export function safeReturnTo(state: unknown): string {
  const returnTo =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['returnTo'] : undefined;
  if (typeof returnTo !== 'string' || !/^\/(?![/\\])/.test(returnTo)) return '/';
  if (Object.values(OIDC_PATHS).some((path) => returnTo === path || returnTo.startsWith(`${path}?`))) return '/';
  return returnTo;
}

/**
 * Starts the designer's side of the OpenID Connect session at the page it was loaded on:
 * - the callback completes the sign-in (code exchanged for tokens with the PKCE verifier) and
 *   replaces the address with the page the user asked for;
 * - the silent-renew page (in a hidden frame) hands its answer to the designer around it, and
 *   the designer is not rendered (null);
 * - the signed-out page says so and goes to the start;
 * - any other page takes the tab's stored session, renewing it first if it has expired.
 */
export async function startOidcSource(manager: OidcManager, place: Place): Promise<SessionSource | null> {
  const { pathname, href } = place.location;
  let notice: string | null = null;
  let user: OidcUser | null = null;
  if (pathname === OIDC_PATHS.silent) {
    await manager.signinSilentCallback(href);
    return null;
  } else if (pathname === OIDC_PATHS.callback) {
    try {
      user = await manager.signinRedirectCallback(href);
      place.history.replaceState(null, '', safeReturnTo(user.state));
    } catch {
      // Cancelled or refused at the provider, or an old callback address opened again.
      notice = MESSAGES.providerSignInFailed;
      place.history.replaceState(null, '', '/');
    }
  } else if (pathname === OIDC_PATHS.signedOut) {
    notice = MESSAGES.signedOut;
    place.history.replaceState(null, '', '/');
  } else {
    user = await manager.getUser();
    if (user?.expired) {
      user = await manager.signinSilent().catch(() => null);
      if (user === null) await manager.removeUser();
    }
  }
  return oidcSource(manager, user?.access_token ?? null, notice);
}

function oidcSource(manager: OidcManager, initialToken: string | null, startNotice: string | null): SessionSource {
  let current = initialToken;
  return {
    method: 'oidc',
    accessToken: () => current,
    startNotice,
    signInWithPassword: () => Promise.reject(new Error('sign in at the provider')),
    signInAtProvider: (returnTo) => manager.signinRedirect({ state: { returnTo } }),
    async signOut() {
      current = null;
      const endSession = await manager.metadataService.getEndSessionEndpoint().catch(() => undefined);
      const signedIn = (await manager.getUser()) !== null;
      // Ends the session at the provider too (with the id token as hint), which then sends the
      // browser to OIDC_PATHS.signedOut; a provider without end_session keeps its own session.
      try {
        if (endSession && signedIn) return await manager.signoutRedirect();
      } catch {
        // The provider could not be reached: at least nothing stays in this tab.
      }
      await manager.removeUser();
    },
    forget() {
      current = null;
      void manager.removeUser();
    },
    subscribe(listener: (event: SourceEvent) => void) {
      const offLoaded = manager.events.addUserLoaded((user) => {
        current = user.access_token;
        listener({ type: 'renewed', accessToken: user.access_token });
      });
      const offExpired = manager.events.addAccessTokenExpired(() => {
        current = null;
        void manager.removeUser();
        listener({ type: 'expired' });
      });
      return () => {
        offLoaded();
        offExpired();
      };
    },
  };
}
