import { useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { Layout } from '../components/Layout';
import { SessionPending } from '../components/SessionPending';
import { LoginPage } from '../pages/LoginPage';
import { useSessionContext } from './contexts';

export const FIRST_RENDER_MARK = 'samverkan:first-render';

/**
 * Every page's frame. Signed out, any address shows the sign-in page in place, and the page asked
 * for once signed in: a bookmarked or shared address works after signing in.
 */
export function RootLayout() {
  const session = useSessionContext();
  const navigate = useNavigate();
  const location = useLocation();
  const { state } = session;
  const view = state.kind === 'signed-in' ? `page:${location.pathname}` : state.kind;

  // After the first page, move focus to the new page's heading, so that screen-reader and
  // keyboard users start at its top (a client-side route change announces nothing by itself).
  const mainRef = useRef<HTMLElement>(null);
  // The first page is on screen: a mark for the benchmark (bench/designer.mjs), free otherwise.
  useEffect(() => void performance.mark(FIRST_RENDER_MARK), []);
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view]);

  return (
    // react-aria-components' links navigate through the router, not by reloading the page.
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <Layout mainRef={mainRef} onSignOut={state.kind === 'signed-out' ? undefined : session.signOut}>
        {state.kind === 'signed-out' ? (
          <LoginPage
            method={session.method}
            onSignIn={session.signIn}
            onSignInAtProvider={() => session.signInAtProvider(`${location.pathname}${location.search}`)}
            notice={state.notice}
          />
        ) : state.kind === 'signed-in' ? (
          <Outlet />
        ) : (
          <SessionPending state={state} onRetry={session.retry} />
        )}
      </Layout>
    </AriaRouterProvider>
  );
}
