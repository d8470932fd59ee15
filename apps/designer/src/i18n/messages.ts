import { ApiError, NetworkError } from '../api/errors';

/** Swedish messages shown to users; kept together so that wording stays consistent. */
export const MESSAGES = {
  invalidCredentials: 'Fel användarnamn eller lösenord',
  localSignInDisabled:
    'Inloggning med användarnamn och lösenord är avstängd. Logga in via din organisations inloggningstjänst.',
  sessionExpired: 'Din inloggning har gått ut. Logga in igen.',
  signedOut: 'Du är utloggad.',
  tooManyAttempts: 'För många försök. Vänta en stund och försök igen.',
  serverUnavailable: 'Tjänsten svarar inte just nu. Försök igen om en stund.',
  networkFailed: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
  unexpected: 'Något gick fel. Försök igen.',
  usernameRequired: 'Ange ditt användarnamn',
  passwordRequired: 'Ange ditt lösenord',
  notFound: 'Det du söker finns inte, eller så har du inte behörighet att se det.',
  forbidden: 'Du har inte behörighet att se det här.',
  unknownUser:
    'Du är inloggad hos din organisations inloggningstjänst, men du har inget konto i Samverkan. ' +
    'Be den som administrerar Samverkan i ditt län att lägga upp dig.',
  providerSignInFailed: 'Inloggningen avbröts eller misslyckades hos inloggningstjänsten. Försök igen.',
  providerUnavailable: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
  signInNotConfigured:
    'Inloggning till Samverkan är inte inställd här: tjänsten saknar uppgifter om inloggningstjänsten. ' +
    'Kontakta den som driftar Samverkan.',
} as const;

/** Messages for the API's error codes that mean the same wherever they occur. */
const MESSAGES_BY_CODE: ReadonlyMap<string, string> = new Map([
  ['AUTH_INVALID_CREDENTIALS', MESSAGES.invalidCredentials],
  ['AUTH_LOCAL_DISABLED', MESSAGES.localSignInDisabled],
  ['AUTH_REQUIRED', MESSAGES.sessionExpired],
  ['AUTH_INVALID_TOKEN', MESSAGES.sessionExpired],
  ['AUTH_UNKNOWN_USER', MESSAGES.unknownUser],
]);

/**
 * Where the error happened: a failed sign-in, a failed check of the stored session and a failed
 * read of a page's data mean different things.
 */
export type ErrorContext = 'sign-in' | 'session' | 'read';

/** True when the error means the stored token is no longer accepted and the user must sign in again. */
export function endsSession(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 401 || error.code === 'AUTH_REQUIRED' || error.code === 'AUTH_INVALID_TOKEN')
  );
}

/**
 * True when the token is valid but names no user of Samverkan (signed in at the provider, no
 * account here): the session ends, with a message saying why, rather than a retry that cannot help.
 */
export function isUnknownUser(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'AUTH_UNKNOWN_USER';
}

/** Maps any error thrown by the API client to a Swedish message for the user. */
export function errorMessage(error: unknown, context: ErrorContext): string {
  if (error instanceof NetworkError) return MESSAGES.networkFailed;
  if (!(error instanceof ApiError)) return MESSAGES.unexpected;
  const byCode = error.code === undefined ? undefined : MESSAGES_BY_CODE.get(error.code);
  if (byCode !== undefined) return byCode;
  if (error.status === 401) return context === 'sign-in' ? MESSAGES.invalidCredentials : MESSAGES.sessionExpired;
  if (error.status === 429) return MESSAGES.tooManyAttempts;
  if (context === 'read' && error.status === 404) return MESSAGES.notFound;
  if (context === 'read' && error.status === 403) return MESSAGES.forbidden;
  if (error.status >= 500) return MESSAGES.serverUnavailable;
  return MESSAGES.unexpected;
}
