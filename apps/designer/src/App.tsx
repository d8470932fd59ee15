import { useEffect, useRef } from 'react';
import type { ApiClient } from './api/client';
import { Layout } from './components/Layout';
import { LoginPage } from './pages/LoginPage';
import { ProfilePage } from './pages/ProfilePage';
import type { TokenStore } from './session/tokenStore';
import { useSession } from './session/useSession';

export interface AppProps {
  api: ApiClient;
  tokens: TokenStore;
}

export function App({ api, tokens }: AppProps) {
  const { state, signIn, signOut, retry } = useSession(api, tokens);
  const view = state.kind === 'signed-out' ? 'login' : 'profile';

  // When the view changes after the first one, move focus to its heading so that
  // screen-reader and keyboard users start at the top of the new page.
  const mainRef = useRef<HTMLElement>(null);
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view]);

  return (
    <Layout mainRef={mainRef} onSignOut={state.kind === 'signed-out' ? undefined : signOut}>
      {state.kind === 'signed-out' ? (
        <LoginPage onSignIn={signIn} notice={state.notice} />
      ) : (
        <ProfilePage state={state} onRetry={retry} />
      )}
    </Layout>
  );
}
