import type { Me } from '../api/types';

/** What the designer knows about the user's session. */
export type SessionState =
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'loading'; accessToken: string }
  | { kind: 'signed-in'; accessToken: string; me: Me }
  | { kind: 'failed'; accessToken: string; message: string };

export type SessionEvent =
  | { type: 'signed-in'; accessToken: string }
  | { type: 'me-loaded'; accessToken: string; me: Me }
  | { type: 'me-failed'; accessToken: string; message: string }
  | { type: 'retry' }
  /** The provider renewed the session: the new token replaces the old, the user stays. */
  | { type: 'renewed'; accessToken: string }
  | { type: 'ended'; notice: string | null };

export function initialSessionState(accessToken: string | null, notice: string | null = null): SessionState {
  return accessToken === null ? { kind: 'signed-out', notice } : { kind: 'loading', accessToken };
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'signed-in':
      return { kind: 'loading', accessToken: event.accessToken };
    case 'me-loaded':
    case 'me-failed':
      // An answer for a token that is no longer current (signed out meanwhile) is dropped.
      if (state.kind !== 'loading' || state.accessToken !== event.accessToken) return state;
      return event.type === 'me-loaded'
        ? { kind: 'signed-in', accessToken: state.accessToken, me: event.me }
        : { kind: 'failed', accessToken: state.accessToken, message: event.message };
    case 'retry':
      return state.kind === 'failed' ? { kind: 'loading', accessToken: state.accessToken } : state;
    case 'renewed':
      if (state.kind === 'signed-out') return state;
      // Signed in, the user is known already; a check under way starts again with the new token.
      return state.kind === 'signed-in'
        ? { ...state, accessToken: event.accessToken }
        : { kind: 'loading', accessToken: event.accessToken };
    case 'ended':
      return { kind: 'signed-out', notice: event.notice };
  }
}
