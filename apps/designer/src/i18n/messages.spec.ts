import { ApiError, NetworkError } from '../api/errors';
import { MESSAGES, endsSession, errorMessage, isUnknownUser } from './messages';

describe('errorMessage', () => {
  it('says wrong username or password for AUTH_INVALID_CREDENTIALS', () => {
    const error = new ApiError(401, 'AUTH_INVALID_CREDENTIALS', 'Invalid credentials');
    expect(errorMessage(error, 'sign-in')).toBe('Fel användarnamn eller lösenord');
  });

  it('treats a bare 401 as wrong credentials when signing in, as an expired session otherwise', () => {
    const error = new ApiError(401, undefined, 'HTTP 401');
    expect(errorMessage(error, 'sign-in')).toBe(MESSAGES.invalidCredentials);
    expect(errorMessage(error, 'session')).toBe(MESSAGES.sessionExpired);
  });

  it('tells the user when local sign-in is disabled', () => {
    const error = new ApiError(404, 'AUTH_LOCAL_DISABLED', 'Local sign-in is disabled');
    expect(errorMessage(error, 'sign-in')).toBe(MESSAGES.localSignInDisabled);
  });

  it.each(['AUTH_REQUIRED', 'AUTH_INVALID_TOKEN'])('reports %s as an expired session', (code) => {
    expect(errorMessage(new ApiError(401, code, 'x'), 'session')).toBe(MESSAGES.sessionExpired);
  });

  it('distinguishes rate limiting, server failures, network failures and the rest', () => {
    expect(errorMessage(new ApiError(429, undefined, 'x'), 'sign-in')).toBe(MESSAGES.tooManyAttempts);
    expect(errorMessage(new ApiError(503, undefined, 'x'), 'session')).toBe(MESSAGES.serverUnavailable);
    expect(errorMessage(new NetworkError(new TypeError('fetch failed')), 'sign-in')).toBe(MESSAGES.networkFailed);
    expect(errorMessage(new ApiError(400, 'VALIDATION', 'x'), 'sign-in')).toBe(MESSAGES.unexpected);
    expect(errorMessage(new Error('boom'), 'session')).toBe(MESSAGES.unexpected);
  });

  it('never shows the API’s English message to the user', () => {
    const error = new ApiError(500, 'INTERNAL', 'Internal server error');
    expect(errorMessage(error, 'session')).not.toContain('Internal');
  });
});

describe('isUnknownUser', () => {
  it('is the API’s AUTH_UNKNOWN_USER only, told in Swedish', () => {
    const unknown = new ApiError(403, 'AUTH_UNKNOWN_USER', 'The token is valid but names no user of Samverkan');
    expect(isUnknownUser(unknown)).toBe(true);
    expect(isUnknownUser(new ApiError(403, 'FORBIDDEN', 'x'))).toBe(false);
    expect(errorMessage(unknown, 'session')).toBe(MESSAGES.unknownUser);
    expect(MESSAGES.unknownUser).toContain('inget konto i Samverkan');
  });
});

describe('endsSession', () => {
  it('is true for 401 answers and token codes only', () => {
    expect(endsSession(new ApiError(401, 'AUTH_INVALID_TOKEN', 'x'))).toBe(true);
    expect(endsSession(new ApiError(401, undefined, 'x'))).toBe(true);
    expect(endsSession(new ApiError(403, 'FORBIDDEN', 'x'))).toBe(false);
    expect(endsSession(new ApiError(500, undefined, 'x'))).toBe(false);
    expect(endsSession(new NetworkError(null))).toBe(false);
  });
});
