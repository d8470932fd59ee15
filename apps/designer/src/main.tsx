import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createApiClient } from './api/client';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import type { SessionSource } from './session/source';
import { startSession } from './session/startSession';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root is missing from index.html');

let source: SessionSource | null = null;
const api = createApiClient({ accessToken: () => source?.accessToken() ?? null });

// How to sign in is the API's to say (GET /auth/config). The router starts after: coming back
// from the provider, the address is first replaced by the page the user asked for.
source = await startSession(api, window);
if (source) {
  createRoot(container).render(
    <StrictMode>
      <AppProviders api={api} source={source}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </AppProviders>
    </StrictMode>,
  );
}
