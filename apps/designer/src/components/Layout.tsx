import type { ReactNode, Ref } from 'react';
import { Button, Link } from 'react-aria-components';
import { NavLink } from 'react-router';
import { paths } from '../app/paths';
import { InboxNavLink } from './InboxNavLink';
import { APP_NAME } from './useDocumentTitle';

export interface LayoutProps {
  children: ReactNode;
  /** Shown in the header, with the site navigation, when someone is signed in. */
  onSignOut?: (() => void) | undefined;
  mainRef?: Ref<HTMLElement> | undefined;
}

/** The page frame: skip link, header (banner) with the navigation, and the main landmark. */
export function Layout({ children, onSignOut, mainRef }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till huvudinnehållet
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {onSignOut ? (
            <Link className="site-header__name" href={paths.overview}>
              {APP_NAME}
            </Link>
          ) : (
            <p className="site-header__name">{APP_NAME}</p>
          )}
          {onSignOut ? (
            <nav aria-label="Huvudmeny" className="site-nav">
              <ul>
                <li>
                  {/* NavLink marks the current page with aria-current="page". */}
                  <NavLink to={paths.overview} end>
                    Översikt
                  </NavLink>
                </li>
                <li>
                  <InboxNavLink />
                </li>
                <li>
                  <NavLink to={paths.profile}>Min profil</NavLink>
                </li>
              </ul>
            </nav>
          ) : null}
          {onSignOut ? (
            <Button className="button button--secondary" onPress={onSignOut}>
              Logga ut
            </Button>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="site-main">
        {children}
      </main>
    </>
  );
}
