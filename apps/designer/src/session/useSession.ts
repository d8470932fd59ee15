import { useCallback, useEffect, useReducer } from 'react';
import type { ApiClient } from '../api/client';
import { MESSAGES, endsSession, errorMessage } from '../i18n/messages';
import { initialSessionState, sessionReducer, type SessionState } from './sessionState';
import type { TokenStore } from './tokenStore';

export interface Session {
  state: SessionState;
  /** Signs in; resolves to an error message for the user, or null on success. */
  signIn: (username: string, password: string) => Promise<string | null>;
  signOut: () => void;
  /** Ends the session because the API no longer accepts its token. */
  expire: () => void;
  /** Loads the user's details again after a failure that did not end the session. */
  retry: () => void;
}

export function useSession(api: ApiClient, store: TokenStore): Session {
  const [state, dispatch] = useReducer(sessionReducer, null, () =>
    initialSessionState(store.load()?.accessToken ?? null),
  );

  const loadingToken = state.kind === 'loading' ? state.accessToken : null;
  useEffect(() => {
    if (loadingToken === null) return;
    const accessToken = loadingToken;
    const controller = new AbortController();
    async function load(): Promise<void> {
      try {
        const me = await api.fetchMe(accessToken, controller.signal);
        dispatch({ type: 'me-loaded', accessToken, me });
      } catch (error) {
        if (controller.signal.aborted) return;
        if (endsSession(error)) {
          store.clear();
          dispatch({ type: 'ended', notice: MESSAGES.sessionExpired });
        } else {
          dispatch({ type: 'me-failed', accessToken, message: errorMessage(error, 'session') });
        }
      }
    }
    void load();
    return () => controller.abort();
  }, [api, store, loadingToken]);

  const signIn = useCallback(
    async (username: string, password: string): Promise<string | null> => {
      try {
        const token = await api.requestToken(username, password);
        const session = store.save(token);
        dispatch({ type: 'signed-in', accessToken: session.accessToken });
        return null;
      } catch (error) {
        return errorMessage(error, 'sign-in');
      }
    },
    [api, store],
  );

  const signOut = useCallback(() => {
    store.clear();
    dispatch({ type: 'ended', notice: MESSAGES.signedOut });
  }, [store]);

  const expire = useCallback(() => {
    store.clear();
    dispatch({ type: 'ended', notice: MESSAGES.sessionExpired });
  }, [store]);

  const retry = useCallback(() => dispatch({ type: 'retry' }), []);

  return { state, signIn, signOut, expire, retry };
}
