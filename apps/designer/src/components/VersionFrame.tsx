import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { NavLink, useParams } from 'react-router';
import { useApi } from '../app/contexts';
import { paths, versionParam } from '../app/paths';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { versionStatusLabels } from '../i18n/status';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useDocumentTitle } from './useDocumentTitle';

/** The version an address names, or null when its number is not one. */
export function useVersionRef(): VersionRef | null {
  const { agreement, version } = useParams();
  const number = versionParam(version);
  return agreement && number !== null ? { agreement, version: number } : null;
}

export interface VersionFrameProps {
  versionRef: VersionRef;
  /** The page's own name: "Dokument", "Kalender 2027", … */
  title: string;
  children: ReactNode;
}

/**
 * What every page of a version shares: its heading (agreement, version and status), the way back
 * to the overview and the navigation between the version's views.
 */
export function VersionFrame({ versionRef, title, children }: VersionFrameProps) {
  const api = useApi();
  const agreement = useQuery(queries.agreement(api, versionRef.agreement));
  const name = agreement.data?.name ?? versionRef.agreement;
  const summary = agreement.data?.versions.find((v) => v.version === versionRef.version);
  useDocumentTitle(`${title} – ${name}, version ${versionRef.version}`);
  const { agreement: key, version } = versionRef;

  return (
    <div className="wide">
      <p className="back">
        <Link href={paths.overview}>← Till översikten</Link>
      </p>
      <h1 tabIndex={-1}>
        {title}
        <span className="h1-context">
          {name}, version {version}
          {summary ? ` (${versionStatusLabels[summary.status].toLowerCase()})` : ''}
        </span>
      </h1>
      <nav aria-label="Versionens vyer" className="subnav">
        <ul>
          <li>
            <NavLink to={paths.version(key, version)} end>
              Dokument
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.calendar(key, version)}>Kalender</NavLink>
          </li>
          <li>
            <NavLink to={paths.costSplit(key, version)}>Kostnadsfördelning</NavLink>
          </li>
          <li>
            {/* Every comparison of the version is under one entry (…/andringar/…). */}
            <NavLink to={`${paths.version(key, version)}/andringar`}>Ändringar</NavLink>
          </li>
          {summary?.status === 'draft' ? (
            <>
              <li>
                <NavLink to={paths.editor(key, version)}>Redigera</NavLink>
              </li>
              <li>
                <NavLink to={paths.publish(key, version)}>Bekräfta och publicera</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      {children}
    </div>
  );
}

/** A page of a version: its frame, or "not found" when the address names no version. */
export function VersionPageShell({ children }: { children: (ref: VersionRef) => ReactNode }) {
  const ref = useVersionRef();
  return ref === null ? <NotFoundPage /> : <>{children(ref)}</>;
}
