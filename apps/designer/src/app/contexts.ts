import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Session } from '../session/useSession';

export const ApiContext = createContext<ApiClient | null>(null);
export const SessionContext = createContext<Session | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <AppProviders>');
  return api;
}

export function useSessionContext(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionContext outside <AppProviders>');
  return session;
}
