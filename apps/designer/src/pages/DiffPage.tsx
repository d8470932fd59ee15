import { sectionTitles, type DiffSection } from '@samverkan/agreements';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { NavLink, useParams } from 'react-router';
import { useApi } from '../app/contexts';
import { againstParam, paths } from '../app/paths';
import type { DiffView, VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { NotFoundPage } from './NotFoundPage';

export function DiffPage() {
  const { against } = useParams();
  const other = againstParam(against);
  return (
    <VersionPageShell>
      {(ref) =>
        other === null || other === ref.version ? <NotFoundPage /> : <Diff versionRef={ref} against={other} />
      }
    </VersionPageShell>
  );
}

/**
 * The version's changes in words, section by section: against the template it extends or any
 * other version of the agreement (two versions: this one and the one chosen).
 */
function Diff({ versionRef, against }: { versionRef: VersionRef; against: number | 'template' }) {
  const api = useApi();
  const agreement = useQuery(queries.agreement(api, versionRef.agreement));
  const diff = useQuery(queries.diff(api, versionRef, against));
  const { agreement: key, version } = versionRef;
  const others = (agreement.data?.versions ?? []).filter((v) => v.version !== version);
  const what = against === 'template' ? 'mallen' : `version ${against}`;

  return (
    <VersionFrame versionRef={versionRef} title={`Ändringar mot ${what}`}>
      <nav aria-label="Jämför med" className="subnav subnav--choices">
        <p id="compare-label">Jämför version {version} med:</p>
        <ul aria-labelledby="compare-label">
          <li>
            <NavLink to={paths.diff(key, version, 'template')}>mallen</NavLink>
          </li>
          {others.map((v) => (
            <li key={v.version}>
              <NavLink to={paths.diff(key, version, v.version)}>version {v.version}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <QueryStatus query={diff} what="ändringarna" />
      {diff.data ? <Changes diff={diff.data} /> : null}
      {against === 'template' ? (
        <p>
          <Link href={paths.templateUpdate(key)}>
            Har mallen en nyare version? Se dess ändringar och välj vilka ni tar
          </Link>
        </p>
      ) : null}
    </VersionFrame>
  );
}

/** The changes under their sections' headings, each a sentence. */
export function Changes({ diff }: { diff: DiffView }) {
  const from = diff.from.startsWith('version') ? diff.from : `mallen ${diff.from}`;
  if (diff.changes.length === 0)
    return (
      <p>
        Inga ändringar: {diff.to} är lika med {from}.
      </p>
    );
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        Från {from} till {diff.to}: {diff.changes.length} {diff.changes.length === 1 ? 'ändring' : 'ändringar'}
      </h2>
      {diff.sections.map((section) => (
        <section key={section.section} aria-labelledby={`section-${section.section}`}>
          <h3 id={`section-${section.section}`}>{sectionTitles[section.section as DiffSection] ?? section.title}</h3>
          <ul className="changes">
            {section.changes.map((change) => (
              <li key={change.path} className={`change change--${change.kind}`}>
                {change.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
