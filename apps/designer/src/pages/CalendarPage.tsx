import { useQuery } from '@tanstack/react-query';
import type { CalendarEntry } from '@samverkan/agreements';
import { useParams } from 'react-router';
import { useApi } from '../app/contexts';
import { paths, yearParam } from '../app/paths';
import { formatLongDay, formatMonth, stockholmToday, timeOfDay, yearOf } from '../app/stockholm';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { YearNav } from '../components/YearNav';
import { NotFoundPage } from './NotFoundPage';

export function CalendarPage() {
  const { year: param } = useParams();
  const year = yearParam(param, yearOf(stockholmToday()));
  if (year === null) return <NotFoundPage />;
  return <VersionPageShell>{(ref) => <CalendarYear versionRef={ref} year={year} />}</VersionPageShell>;
}

/** A version's calendar for one year: meetings, deadlines, reports and renewals, month by month. */
function CalendarYear({ versionRef, year }: { versionRef: VersionRef; year: number }) {
  const api = useApi();
  const calendar = useQuery(queries.calendar(api, versionRef, { from: `${year}-01-01`, to: `${year}-12-31` }));
  const months = byMonth(calendar.data?.entries ?? []);

  return (
    <VersionFrame versionRef={versionRef} title={`Kalender ${year}`}>
      <YearNav year={year} label="Kalender" href={(y) => paths.calendar(versionRef.agreement, versionRef.version, y)} />
      <QueryStatus query={calendar} what="kalendern" />
      {calendar.data?.truncated ? (
        <p className="notice">
          Kalendern är inte komplett: den har fler poster än vad som visas på en gång. Välj ett senare år för resten.
        </p>
      ) : null}
      {calendar.isSuccess && months.length === 0 ? <p>Avtalet ger inga datum {year}.</p> : null}
      {months.map(([month, entries]) => (
        <section key={month} aria-labelledby={`manad-${month}`}>
          <h2 id={`manad-${month}`} className="month">
            {formatMonth(`${month}-01`)}
          </h2>
          <ul className="calendar">
            {entries.map((entry) => (
              <CalendarItem key={entry.uid} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </VersionFrame>
  );
}

function CalendarItem({ entry }: { entry: CalendarEntry }) {
  return (
    <li className={`calendar__entry calendar__entry--${entry.kind}`}>
      <p className="calendar__when">
        {entry.dated ? formatLongDay(entry.date) : `Under perioden från ${formatLongDay(entry.date)}`}
        {entry.allDay ? '' : `, kl. ${timeOfDay(entry.start)}${entry.end ? `–${timeOfDay(entry.end)}` : ''}`}
      </p>
      <p className="calendar__title">{entry.title}</p>
      {entry.location ? <p className="calendar__location">Plats: {entry.location}</p> : null}
      {entry.description ? <p className="calendar__description">{entry.description}</p> : null}
    </li>
  );
}

/** Entries grouped by their month (`YYYY-MM`), in calendar order. */
export function byMonth(entries: readonly CalendarEntry[]): [string, CalendarEntry[]][] {
  const months = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
}
