/**
 * Where the session's token comes from: the API's own sign-in (local) or the county's identity
 * provider (OpenID Connect). useSession drives either through this one interface.
 */
export type SignInMethod = 'local' | 'oidc' | 'unavailable';

export type SourceEvent =
  /** The provider gave a new access token (silent renew or refresh token). */
  | { type: 'renewed'; accessToken: string }
  /** The token expired and could not be renewed: the user must sign in again. */
  | { type: 'expired' };

export interface SessionSource {
  readonly method: SignInMethod;
  /** The access token to send now, or null. */
  accessToken: () => string | null;
  /** A note for the sign-in page at start (signed out at the provider, sign-in refused there, …). */
  readonly startNotice: string | null;
  /** Local: username and password; resolves to the access token or throws the API's error. */
  signInWithPassword: (username: string, password: string) => Promise<string>;
  /**
   * OpenID Connect: goes to the provider (the page is left), coming back to `returnTo`.
   * Rejects when the provider cannot be reached.
   */
  signInAtProvider: (returnTo: string) => Promise<void>;
  /** Ends the session here, and at the provider when it offers end_session (the page is then left). */
  signOut: () => Promise<void>;
  /** Forgets the token without asking anyone (the API no longer accepts it). */
  forget: () => void;
  /** Renewals and expiry; returns the unsubscribe. */
  subscribe: (listener: (event: SourceEvent) => void) => () => void;
}
