import { useQueries, useQuery } from '@tanstack/react-query';
import type { CalendarEntry } from '@samverkan/agreements';
import { Link } from 'react-aria-components';
import { useApi, useSessionContext } from '../app/contexts';
import { paths } from '../app/paths';
import { formatDay, formatInstant, formatLongDay, stockholmToday, timeOfDay, yearOf } from '../app/stockholm';
import { queries } from '../api/queries';
import type { AgreementSummary, AgreementView, VersionSummary } from '../api/types';
import { QueryStatus } from '../components/QueryStatus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { versionStatusLabels } from '../i18n/status';

/** How many of the coming dates the overview shows per agreement (the calendar page has all). */
export const UPCOMING_SHOWN = 5;

/** The version whose dates the overview shows: the published one, else the draft. */
export function currentVersion(agreement: AgreementSummary): number | null {
  return agreement.publishedVersion ?? agreement.draftVersion;
}

/**
 * The county overview: every agreement the user may read, its versions with their status, and
 * its next dates (meetings, deadlines, renewals) from the calendar.
 */
export function OverviewPage({ today = stockholmToday() }: { today?: string }) {
  useDocumentTitle('Översikt');
  const api = useApi();
  const { state } = useSessionContext();
  const list = useQuery(queries.agreements(api));
  const agreements = list.data ?? [];
  // The template's changes are for those who may start a draft (and the admin, who reads them).
  const writes =
    state.kind === 'signed-in' && (state.me.roles.includes('strategist') || state.me.roles.includes('admin'));

  return (
    <div className="wide">
      <h1 tabIndex={-1}>Översikt</h1>
      {state.kind === 'signed-in' ? (
        <p className="lead">
          Inloggad som <strong>{state.me.displayName}</strong>, {state.me.party.name}
        </p>
      ) : null}
      {state.kind === 'signed-in' && state.me.roles.includes('strategist') ? (
        <p>
          <Link href={paths.newAgreement}>Nytt avtal från mall</Link>
        </p>
      ) : null}
      {state.kind === 'signed-in' && state.me.roles.includes('admin') ? (
        <p>
          <Link href={paths.newTemplate}>Publicera ett avtal som mall</Link>
        </p>
      ) : null}
      <h2>Avtal</h2>
      <QueryStatus query={list} what="avtalen" />
      {list.isSuccess && agreements.length === 0 ? <p>Det finns inga avtal som du kan se.</p> : null}
      {agreements.map((agreement) => (
        <AgreementCard key={agreement.id} agreement={agreement} today={today} writes={writes} />
      ))}
    </div>
  );
}

function AgreementCard({ agreement, today, writes }: { agreement: AgreementSummary; today: string; writes: boolean }) {
  const api = useApi();
  const headingId = `avtal-${agreement.key}`;
  const current = currentVersion(agreement);
  const to = `${yearOf(today) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  const [detail, calendar] = useQueries({
    queries: [
      queries.agreement(api, agreement.key),
      {
        ...queries.calendar(api, { agreement: agreement.key, version: current ?? 0 }, { from: today, to }),
        enabled: current !== null,
      },
    ],
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{agreement.name}</h3>
      <p className="hint">Län {agreement.countyCode}</p>
      <h4>Versioner</h4>
      <QueryStatus query={detail} what="versionerna" />
      {detail.data ? <VersionTable agreement={detail.data} /> : null}
      <h4>Kommande datum</h4>
      {current === null ? (
        <p>Avtalet har ingen version ännu.</p>
      ) : (
        <>
          <QueryStatus query={calendar} what="kalendern" />
          {calendar.data ? <UpcomingList entries={calendar.data.entries.slice(0, UPCOMING_SHOWN)} /> : null}
          <p>
            <Link href={paths.calendar(agreement.key, current, yearOf(today))}>
              Hela kalendern för {yearOf(today)}
              <span className="visually-hidden"> – {agreement.name}</span>
            </Link>
          </p>
          {writes ? (
            <p>
              <Link href={paths.templateUpdate(agreement.key)}>
                Mallens ändringar
                <span className="visually-hidden"> – {agreement.name}</span>
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

export function VersionTable({ agreement }: { agreement: AgreementView }) {
  const versions = [...agreement.versions].sort((a, b) => b.version - a.version);
  if (versions.length === 0) return <p>Avtalet har ingen version ännu.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Versioner av {agreement.name}</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Senast ändrad</th>
          <th scope="col">Publicerad</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.version}>
            <th scope="row">
              <Link href={paths.version(agreement.key, version.version)}>
                Version {version.version}
                <span className="visually-hidden"> av {agreement.name}</span>
              </Link>
            </th>
            <td>
              <StatusBadge status={version.status} />
            </td>
            <td>{formatInstant(version.updatedAt)}</td>
            <td>{published(version)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function published(version: VersionSummary): string {
  if (version.publishedAt === null) return '–';
  const by =
    version.publishedBy === null ? '' : ` av ${version.publishedBy === 'seed' ? 'grunddata' : version.publishedBy}`;
  return `${formatDay(version.publishedAt.slice(0, 10))}${by}`;
}

export function StatusBadge({ status }: { status: VersionSummary['status'] }) {
  return <span className={`status status--${status}`}>{versionStatusLabels[status]}</span>;
}

export function UpcomingList({ entries }: { entries: CalendarEntry[] }) {
  if (entries.length === 0) return <p>Inga datum det kommande året.</p>;
  return (
    <ul className="upcoming">
      {entries.map((entry) => (
        <li key={entry.uid}>
          <span className="upcoming__when">
            {entry.dated ? formatLongDay(entry.date) : `Från ${formatDay(entry.date)}`}
            {entry.allDay ? '' : ` kl. ${timeOfDay(entry.start)}`}
          </span>{' '}
          <span className="upcoming__what">{entry.title}</span>
        </li>
      ))}
    </ul>
  );
}
