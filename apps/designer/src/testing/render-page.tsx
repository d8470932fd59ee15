import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { ApiContext, SessionContext } from '../app/contexts';
import { routes } from '../app/routes';
import type { SessionState } from '../session/sessionState';
import type { SignInMethod } from '../session/source';
import type { Session } from '../session/useSession';

export const testMe: Me = {
  id: 'u1',
  username: 'strateg.test',
  displayName: 'Testa Strateg',
  roles: ['strategist'],
  party: { id: 'p1', key: 'region-test', name: 'Region Test', kind: 'region' },
  counties: ['99'],
};

/** An API that fails if called: rendering to a string runs no effect, so no query fetches. */
export const unusedApi: ApiClient = new Proxy({} as ApiClient, {
  get: (_, name) => () => Promise.reject(new Error(`${String(name)} was called`)),
});

export interface RenderOptions {
  session?: SessionState;
  /** How the installation signs in: local unless said. */
  method?: SignInMethod;
  /** Answers already in the cache: [query key, data]. */
  data?: [readonly unknown[], unknown][];
}

/** The designer's page at `path` as static HTML, with a session and cached answers of our choosing. */
export function renderPage(path: string, options: RenderOptions = {}): string {
  const state = options.session ?? { kind: 'signed-in', accessToken: 't', me: testMe };
  const session: Session = {
    state,
    method: options.method ?? 'local',
    signIn: () => Promise.resolve(null),
    signInAtProvider: () => Promise.resolve(null),
    signOut: () => undefined,
    expire: () => undefined,
    retry: () => undefined,
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const [key, value] of options.data ?? []) client.setQueryData(key, value);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderToStaticMarkup(
    <ApiContext value={unusedApi}>
      <SessionContext value={session}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </SessionContext>
    </ApiContext>,
  );
}

/** The text of some HTML, tags dropped and white space collapsed. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
