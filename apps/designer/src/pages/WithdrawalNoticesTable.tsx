import type { WithdrawalNotice } from '../api/types';
import { formatDay } from '../app/stockholm';

/** The notices of withdrawal given from the agreement, whichever version's rule dated them. */
export function WithdrawalNoticesTable({
  notices,
  names,
}: {
  notices: WithdrawalNotice[];
  names: ReadonlyMap<string, string>;
}) {
  if (notices.length === 0) return <p>Ingen part har sagt upp avtalet.</p>;
  return (
    <table className="table">
      <caption>Uppsägningar av avtalet</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Uppsägning given</th>
          <th scope="col">Bunden till och med</th>
          <th scope="col">Undertecknare (funktion)</th>
        </tr>
      </thead>
      <tbody>
        {notices.map((notice) => (
          <tr key={notice.party}>
            <th scope="row">{names.get(notice.party) ?? notice.partyName}</th>
            <td>{formatDay(notice.givenOn)}</td>
            <td>
              {formatDay(notice.effectiveOn)}
              <span className="cell-note">enligt version {notice.version}</span>
            </td>
            <td>{notice.signatoryFunction}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
