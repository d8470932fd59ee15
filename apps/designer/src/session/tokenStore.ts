import type { TokenResponse } from '../api/types';

export interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds after which the token is no longer used. */
  expiresAt: number;
}

export interface TokenStore {
  load: () => StoredSession | null;
  save: (token: TokenResponse) => StoredSession;
  clear: () => void;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_KEY = 'samverkan.session';

/**
 * Keeps the access token in `sessionStorage` (per tab, gone when the tab closes). An expired or
 * unreadable entry counts as no session and is removed.
 */
export function createTokenStore(storage: KeyValueStorage, now: () => number = Date.now): TokenStore {
  return {
    load() {
      const raw = storage.getItem(STORAGE_KEY);
      if (raw === null) return null;
      let stored: unknown;
      try {
        stored = JSON.parse(raw);
      } catch {
        stored = undefined;
      }
      if (isStoredSession(stored) && stored.expiresAt > now()) return stored;
      storage.removeItem(STORAGE_KEY);
      return null;
    },
    save(token) {
      const session: StoredSession = { accessToken: token.accessToken, expiresAt: now() + token.expiresIn * 1000 };
      storage.setItem(STORAGE_KEY, JSON.stringify(session));
      return session;
    },
    clear() {
      storage.removeItem(STORAGE_KEY);
    },
  };
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.accessToken === 'string' &&
    record.accessToken !== '' &&
    typeof record.expiresAt === 'number' &&
    Number.isFinite(record.expiresAt)
  );
}
