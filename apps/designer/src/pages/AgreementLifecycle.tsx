import { useQuery } from '@tanstack/react-query';
import { useApi } from '../app/contexts';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { DateRemindersTables } from './DateRemindersTables';
import { SignatureRoundTable } from './SignatureRoundTable';
import { WithdrawalNoticesTable } from './WithdrawalNoticesTable';

interface Party {
  key: string;
  name: string;
}

/**
 * What happens to a published version after publishing, read-only: the signature round, the
 * reminders of the agreement's own dates (with the lead times' source, so that a product default
 * is never taken for the agreement's word) and the notices of withdrawal. The API decides who may
 * read each; a refusal shows in its part, not over the whole page.
 */
export function AgreementLifecycle({ versionRef, parties }: { versionRef: VersionRef; parties: Party[] }) {
  const api = useApi();
  const signatures = useQuery(queries.signatures(api, versionRef));
  const reminders = useQuery(queries.reminders(api, versionRef));
  const withdrawals = useQuery(queries.withdrawals(api, versionRef.agreement));
  // The version's own names first; a party it does not name (an older version's) by the API's.
  const names = new Map(parties.map((p) => [p.key, p.name]));
  for (const s of signatures.data?.signatures ?? []) if (!names.has(s.party)) names.set(s.party, s.partyName);

  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Underskrifter och påminnelser</h2>
      <section aria-labelledby="signatures-heading">
        <h3 id="signatures-heading">Underskrifter</h3>
        <QueryStatus query={signatures} what="underskrifterna" />
        {signatures.data ? <SignatureRoundTable round={signatures.data} names={names} /> : null}
      </section>
      <section aria-labelledby="date-reminders-heading">
        <h3 id="date-reminders-heading">Påminnelser om avtalets datum</h3>
        <QueryStatus query={reminders} what="påminnelserna" />
        {reminders.data ? <DateRemindersTables reminders={reminders.data} names={names} /> : null}
      </section>
      <section aria-labelledby="withdrawals-heading">
        <h3 id="withdrawals-heading">Uppsägningar</h3>
        <QueryStatus query={withdrawals} what="uppsägningarna" />
        {withdrawals.data ? <WithdrawalNoticesTable notices={withdrawals.data.notices} names={names} /> : null}
      </section>
    </section>
  );
}
