import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import { shouldRetry } from '../api/queries';
import { endsSession } from '../i18n/messages';
import type { SessionSource } from '../session/source';
import { useSession } from '../session/useSession';
import { ApiContext, SessionContext } from './contexts';

export interface AppProvidersProps {
  api: ApiClient;
  /** Where the token comes from: the API's own sign-in or the identity provider (startSession). */
  source: SessionSource;
  /** Tests pass a client with data already in it. */
  queryClient?: QueryClient;
  children: ReactNode;
}

export function createQueryClient(onError: (error: unknown) => void = () => undefined): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false } },
  });
}

/** The API, the session and the query cache, for every page. */
export function AppProviders({ api, source, queryClient, children }: AppProvidersProps) {
  const session = useSession(api, source);
  // A query answered 401: the token is no longer accepted, so the session ends (with a notice).
  const expire = useRef(session.expire);
  expire.current = session.expire;
  const [client] = useState(
    () =>
      queryClient ??
      createQueryClient((error) => {
        if (endsSession(error)) expire.current();
      }),
  );
  // Nothing one user saw stays in the cache for the next one.
  const signedOut = session.state.kind === 'signed-out';
  useEffect(() => {
    if (signedOut) client.clear();
  }, [client, signedOut]);

  return (
    <ApiContext value={api}>
      <SessionContext value={session}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </SessionContext>
    </ApiContext>
  );
}
