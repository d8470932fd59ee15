import type { ReactNode, Ref } from 'react';
import { APP_NAME } from './useDocumentTitle';

export interface LayoutProps {
  children: ReactNode;
  /** Shown in the header when someone is signed in. */
  onSignOut?: (() => void) | undefined;
  mainRef?: Ref<HTMLElement> | undefined;
}

/** The page frame: skip link, header (banner) and main landmark. */
export function Layout({ children, onSignOut, mainRef }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till huvudinnehållet
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__name">{APP_NAME}</p>
          {onSignOut ? (
            <button type="button" className="button button--secondary" onClick={onSignOut}>
              Logga ut
            </button>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="site-main">
        {children}
      </main>
    </>
  );
}
