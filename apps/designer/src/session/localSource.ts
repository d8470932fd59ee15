import type { ApiClient } from '../api/client';
import type { SessionSource } from './source';
import type { TokenStore } from './tokenStore';

/** The API's own sign-in (the embedded demo): username and password, the token in `sessionStorage`. */
export function localSource(api: Pick<ApiClient, 'requestToken'>, tokens: TokenStore): SessionSource {
  return {
    method: 'local',
    accessToken: () => tokens.load()?.accessToken ?? null,
    startNotice: null,
    signInWithPassword: async (username, password) =>
      tokens.save(await api.requestToken(username, password)).accessToken,
    signInAtProvider: () => Promise.reject(new Error('local sign-in has no provider')),
    signOut: () => {
      tokens.clear();
      return Promise.resolve();
    },
    forget: () => tokens.clear(),
    // A local token is not renewed: when it expires the API says so (401) and the session ends.
    subscribe: () => () => undefined,
  };
}

/** No way to sign in: the API trusts a provider but has no client for the designer, or did not answer. */
export function unavailableSource(startNotice: string): SessionSource {
  const refuse = () => Promise.reject(new Error('sign-in is unavailable'));
  return {
    method: 'unavailable',
    accessToken: () => null,
    startNotice,
    signInWithPassword: refuse,
    signInAtProvider: refuse,
    signOut: () => Promise.resolve(),
    forget: () => undefined,
    subscribe: () => () => undefined,
  };
}
