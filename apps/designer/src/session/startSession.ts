import { UserManager } from 'oidc-client-ts';
import type { ApiClient } from '../api/client';
import { MESSAGES, errorMessage } from '../i18n/messages';
import { localSource, unavailableSource } from './localSource';
import { oidcSettings, startOidcSource, type OidcManager } from './oidcSource';
import type { SessionSource } from './source';
import { createTokenStore } from './tokenStore';

/**
 * Asks the API how to sign in and starts the matching source, in the browser. Null: this page
 * is the hidden frame of a silent renew, and the designer is not to be rendered in it.
 */
export async function startSession(api: ApiClient, win: Window): Promise<SessionSource | null> {
  let config;
  try {
    config = await api.authConfig();
  } catch (error) {
    return unavailableSource(errorMessage(error, 'session'));
  }
  if (config.mode === 'unavailable') return unavailableSource(MESSAGES.signInNotConfigured);
  // Tokens live in this tab's sessionStorage (gone when it closes), never in localStorage.
  if (config.mode === 'local') return localSource(api, createTokenStore(win.sessionStorage));
  const manager: OidcManager = new UserManager(oidcSettings(config, win.location.origin, win.sessionStorage));
  try {
    return await startOidcSource(manager, win);
  } catch {
    // The provider did not answer (discovery or token endpoint): say so, and let the user retry.
    return unavailableSource(MESSAGES.providerUnavailable);
  }
}
