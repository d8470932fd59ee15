import { useCallback, useEffect, useReducer } from 'react';
import type { ApiClient } from '../api/client';
import { MESSAGES, endsSession, errorMessage, isUnknownUser } from '../i18n/messages';
import { initialSessionState, sessionReducer, type SessionState } from './sessionState';
import type { SessionSource, SignInMethod } from './source';

export interface Session {
  state: SessionState;
  /** How this installation signs in: the sign-in page offers that. */
  method: SignInMethod;
  /** Signs in locally; resolves to an error message for the user, or null on success. */
  signIn: (username: string, password: string) => Promise<string | null>;
  /** Goes to the identity provider (the page is left); resolves to an error message if it cannot. */
  signInAtProvider: (returnTo: string) => Promise<string | null>;
  signOut: () => void;
  /** Ends the session because the API no longer accepts its token. */
  expire: () => void;
  /** Loads the user's details again after a failure that did not end the session. */
  retry: () => void;
}

export function useSession(api: ApiClient, source: SessionSource): Session {
  const [state, dispatch] = useReducer(sessionReducer, null, () =>
    initialSessionState(source.accessToken(), source.startNotice),
  );

  // The provider renews the token (or cannot): the session follows.
  useEffect(
    () =>
      source.subscribe((event) =>
        dispatch(
          event.type === 'renewed'
            ? { type: 'renewed', accessToken: event.accessToken }
            : { type: 'ended', notice: MESSAGES.sessionExpired },
        ),
      ),
    [source],
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
        if (endsSession(error) || isUnknownUser(error)) {
          source.forget();
          dispatch({ type: 'ended', notice: errorMessage(error, 'session') });
        } else {
          dispatch({ type: 'me-failed', accessToken, message: errorMessage(error, 'session') });
        }
      }
    }
    void load();
    return () => controller.abort();
  }, [api, source, loadingToken]);

  const signIn = useCallback(
    async (username: string, password: string): Promise<string | null> => {
      try {
        const accessToken = await source.signInWithPassword(username, password);
        dispatch({ type: 'signed-in', accessToken });
        return null;
      } catch (error) {
        return errorMessage(error, 'sign-in');
      }
    },
    [source],
  );

  const signInAtProvider = useCallback(
    async (returnTo: string): Promise<string | null> => {
      try {
        await source.signInAtProvider(returnTo);
        return null;
      } catch {
        return MESSAGES.providerUnavailable;
      }
    },
    [source],
  );

  const signOut = useCallback(() => {
    dispatch({ type: 'ended', notice: MESSAGES.signedOut });
    void source.signOut();
  }, [source]);

  const expire = useCallback(() => {
    source.forget();
    dispatch({ type: 'ended', notice: MESSAGES.sessionExpired });
  }, [source]);

  const retry = useCallback(() => dispatch({ type: 'retry' }), []);

  return { state, method: source.method, signIn, signInAtProvider, signOut, expire, retry };
}
