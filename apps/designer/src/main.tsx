import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { App } from './App';
import { createTokenStore } from './session/tokenStore';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App api={createApiClient()} tokens={createTokenStore(window.sessionStorage)} />
  </StrictMode>,
);
