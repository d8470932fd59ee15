import type { Me } from '../api/types';
import { initialSessionState, sessionReducer, type SessionState } from './sessionState';

const me: Me = {
  id: 'u1',
  username: 'someone',
  displayName: 'Någon',
  roles: ['member'],
  party: { id: 'p1', key: 'en-kommun', name: 'En kommun', kind: 'municipality' },
  counties: [],
};

describe('sessionReducer', () => {
  it('starts signed out without a token and loading with one', () => {
    expect(initialSessionState(null)).toEqual({ kind: 'signed-out', notice: null });
    expect(initialSessionState('t')).toEqual({ kind: 'loading', accessToken: 't' });
  });

  it('goes from signed in to loading to signed in with the user', () => {
    let state: SessionState = initialSessionState(null);
    state = sessionReducer(state, { type: 'signed-in', accessToken: 't' });
    expect(state).toEqual({ kind: 'loading', accessToken: 't' });
    state = sessionReducer(state, { type: 'me-loaded', accessToken: 't', me });
    expect(state).toEqual({ kind: 'signed-in', accessToken: 't', me });
  });

  it('drops an answer that arrives for a token no longer in use', () => {
    const signedOut: SessionState = { kind: 'signed-out', notice: 'Du är utloggad.' };
    expect(sessionReducer(signedOut, { type: 'me-loaded', accessToken: 't', me })).toBe(signedOut);
    const other: SessionState = { kind: 'loading', accessToken: 'new' };
    expect(sessionReducer(other, { type: 'me-failed', accessToken: 'old', message: 'x' })).toBe(other);
  });

  it('can retry after a failure, keeping the token', () => {
    const failed = sessionReducer(
      { kind: 'loading', accessToken: 't' },
      { type: 'me-failed', accessToken: 't', message: 'Nej' },
    );
    expect(failed).toEqual({ kind: 'failed', accessToken: 't', message: 'Nej' });
    expect(sessionReducer(failed, { type: 'retry' })).toEqual({ kind: 'loading', accessToken: 't' });
  });

  it('ends the session from any state, with a notice', () => {
    const signedIn: SessionState = { kind: 'signed-in', accessToken: 't', me };
    expect(sessionReducer(signedIn, { type: 'ended', notice: 'Du är utloggad.' })).toEqual({
      kind: 'signed-out',
      notice: 'Du är utloggad.',
    });
  });
});

describe('sessionReducer with a provider that renews the token', () => {
  const me: Me = {
    id: 'u1',
    username: 'a',
    displayName: 'A',
    roles: ['strategist'],
    party: { id: 'p', key: 'p', name: 'P', kind: 'region' },
    counties: ['99'],
  };

  it('keeps the user and takes the new token when signed in', () => {
    const signedIn: SessionState = { kind: 'signed-in', accessToken: 'old', me };
    expect(sessionReducer(signedIn, { type: 'renewed', accessToken: 'new' })).toEqual({
      kind: 'signed-in',
      accessToken: 'new',
      me,
    });
  });

  it('checks the user again with the new token when the check was under way or had failed', () => {
    for (const state of [
      { kind: 'loading', accessToken: 'old' },
      { kind: 'failed', accessToken: 'old', message: 'x' },
    ] as SessionState[]) {
      expect(sessionReducer(state, { type: 'renewed', accessToken: 'new' })).toEqual({
        kind: 'loading',
        accessToken: 'new',
      });
    }
  });

  it('does not sign anyone in by a late renewal after signing out, and starts with the source’s notice', () => {
    const signedOut: SessionState = { kind: 'signed-out', notice: 'Du är utloggad.' };
    expect(sessionReducer(signedOut, { type: 'renewed', accessToken: 'new' })).toBe(signedOut);
    expect(initialSessionState(null, 'Du är utloggad.')).toEqual(signedOut);
  });
});
