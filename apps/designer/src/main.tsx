import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createApiClient } from './api/client';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { createTokenStore } from './session/tokenStore';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root is missing from index.html');

// The token lives in sessionStorage (this tab only, gone when it closes), never in localStorage.
const tokens = createTokenStore(window.sessionStorage);
const api = createApiClient({ accessToken: () => tokens.load()?.accessToken ?? null });

createRoot(container).render(
  <StrictMode>
    <AppProviders api={api} tokens={tokens}>
      <RouterProvider router={createBrowserRouter(routes)} />
    </AppProviders>
  </StrictMode>,
);
