import { useQuery } from '@tanstack/react-query';
import { formatKronor, type CostShare, type CostSplitView } from '@samverkan/agreements';
import { useParams } from 'react-router';
import { useApi } from '../app/contexts';
import { paths, yearParam } from '../app/paths';
import { stockholmToday, yearOf } from '../app/stockholm';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { YearNav } from '../components/YearNav';
import { NotFoundPage } from './NotFoundPage';

export function CostSplitPage() {
  const { year: param } = useParams();
  const year = yearParam(param, yearOf(stockholmToday()));
  if (year === null) return <NotFoundPage />;
  return <VersionPageShell>{(ref) => <CostSplitYear versionRef={ref} year={year} />}</VersionPageShell>;
}

/** Each cost item of a version split between its payers for one year, in kronor. */
function CostSplitYear({ versionRef, year }: { versionRef: VersionRef; year: number }) {
  const api = useApi();
  const split = useQuery(queries.costSplit(api, versionRef, year));
  const version = useQuery(queries.version(api, versionRef));
  const names = partyNames(version.data?.content);

  return (
    <VersionFrame versionRef={versionRef} title={`Kostnadsfördelning ${year}`}>
      <YearNav
        year={year}
        label="Kostnadsfördelning"
        href={(y) => paths.costSplit(versionRef.agreement, versionRef.version, y)}
      />
      <QueryStatus query={split} what="kostnadsfördelningen" />
      {/* Shown once the parties' names are known (or cannot be), never first with their keys. */}
      {split.data && !version.isPending ? <CostSplitItems view={split.data} names={names} /> : null}
    </VersionFrame>
  );
}

export function CostSplitItems({ view, names }: { view: CostSplitView; names: ReadonlyMap<string, string> }) {
  if (!view.specified || view.items.length === 0) return <p>Avtalet anger ingen kostnadsfördelning.</p>;
  const name = (key: string) => names.get(key) ?? key;
  return (
    <>
      {view.projectPeriod && !view.projectPeriod.inPeriod ? (
        <p className="notice">
          {view.year} ligger utanför projektperioden {view.projectPeriod.start} – {view.projectPeriod.end}.
        </p>
      ) : null}
      <PayerTotals view={view} name={name} />
      {view.items.map((item) => (
        <section key={item.key} aria-labelledby={`kostnad-${item.key}`}>
          <h2 id={`kostnad-${item.key}`}>
            {item.name} <span className="clause">(§ {item.clause.replace(/^§\s*/, '')})</span>
          </h2>
          {item.reducedBy?.length ? (
            <p>Beloppen nedan är före bidrag: bidrag minskar kostnaden (se Per part).</p>
          ) : null}
          {item.status === 'amountNotSpecified' ? <p>Avtalet anger inget belopp för {view.year}.</p> : null}
          {item.status === 'cannotCompute' ? (
            <>
              <p>Fördelningen kan inte räknas ut:</p>
              <ul>
                {item.problems.map((problem) => (
                  <li key={`${problem.path}:${problem.code}`}>{problem.message.sv}</li>
                ))}
              </ul>
            </>
          ) : null}
          {item.status === 'computed' && item.outcome.kind === 'setInAnotherAgreement' ? (
            <p>
              {item.outcome.note.sv}
              {/* No amount in this agreement is no amount, not 0 kr. */}
              {item.outcome.totalOre > 0 ? ` Totalt ${formatKronor(item.outcome.totalOre)}.` : ''}
            </p>
          ) : null}
          {item.status === 'computed' && item.outcome.kind === 'computed' ? (
            <table className="table">
              <caption>
                {item.name} {view.year}: {methodLabels[item.outcome.method]}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Underlag</th>
                  <th scope="col" className="number">
                    Belopp
                  </th>
                </tr>
              </thead>
              <tbody>
                {item.outcome.shares.map((share) => (
                  <tr key={share.partyKey}>
                    <th scope="row">{name(share.partyKey)}</th>
                    <td>{basisText(share)}</td>
                    <td className="number">{formatKronor(share.amountOre)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    Totalt
                  </th>
                  <td className="number">{formatKronor(item.outcome.totalOre)}</td>
                </tr>
              </tfoot>
            </table>
          ) : null}
        </section>
      ))}
    </>
  );
}

/** What each party pays in the year over every computed item: without funding and after it. */
function PayerTotals({ view, name }: { view: CostSplitView; name: (key: string) => string }) {
  if (view.payers.length === 0) return null;
  const funded = view.funded.flatMap((group) => group.funding);
  return (
    <section aria-labelledby="per-part">
      <h2 id="per-part">Per part</h2>
      {funded.length > 0 ? (
        <ul>
          {funded.map((funding) => (
            <li key={funding.key}>
              {funding.funder}: {funding.approximate ? 'cirka ' : ''}
              {formatKronor(funding.amountOre)} dras av (§ {funding.clause.replace(/^§\s*/, '')})
            </li>
          ))}
        </ul>
      ) : null}
      <table className="table">
        <caption>Varje parts kostnad {view.year}</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="number">
              Före bidrag
            </th>
            <th scope="col" className="number">
              Att betala
            </th>
          </tr>
        </thead>
        <tbody>
          {view.payers.map((payer) => (
            <tr key={payer.partyKey}>
              <th scope="row">{name(payer.partyKey)}</th>
              <td className="number">{formatKronor(payer.grossOre)}</td>
              <td className="number">{formatKronor(payer.netOre)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.payersComplete ? null : (
        <p>Summorna saknar de poster som avtalet inte anger belopp för eller som inte kan räknas ut.</p>
      )}
    </section>
  );
}

const methodLabels = {
  byPopulation: 'fördelat efter folkmängd',
  equal: 'fördelat lika',
  fixedShares: 'fördelat efter fasta andelar',
} as const;

const count = new Intl.NumberFormat('sv-SE');

export function basisText(share: CostShare): string {
  const basis = share.basis;
  switch (basis.kind) {
    case 'population':
      return `${count.format(basis.count)} invånare (${basis.year})`;
    case 'equal':
      return `lika del av ${basis.partyCount}`;
    case 'fixedShare':
      return `${count.format((basis.share / basis.denominator) * 100)} %`;
  }
}

/** Party keys to their names, from a version's content (the keys themselves where none is given). */
export function partyNames(content: unknown): ReadonlyMap<string, string> {
  const parties = (content as { parties?: unknown } | undefined)?.parties;
  const names = new Map<string, string>();
  if (!Array.isArray(parties)) return names;
  for (const party of parties as unknown[]) {
    const { key, name } = (party ?? {}) as { key?: unknown; name?: unknown };
    if (typeof key === 'string' && typeof name === 'string') names.set(key, name);
  }
  return names;
}
