import { useQuery } from '@tanstack/react-query';
import { useApi, useSessionContext } from '../app/contexts';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import type { Role } from '../api/types';
import { QueryStatus } from '../components/QueryStatus';
import { DateRemindersTables } from './DateRemindersTables';
import { RecordSignatureForm, RecordWithdrawalForm } from './LifecycleForms';
import { SignatureRoundTable } from './SignatureRoundTable';
import { WithdrawalNoticesTable } from './WithdrawalNoticesTable';

/** The roles that may record for some party; the API checks which party, per request. */
const RECORDING_ROLES: readonly Role[] = ['strategist', 'coordinator', 'admin'];

interface Party {
  key: string;
  name: string;
}

/**
 * What happens to a published version after publishing, read-only: the signature round, the
 * reminders of the agreement's own dates (with the lead times' source, so that a product default
 * is never taken for the agreement's word) and the notices of withdrawal. The API decides who may
 * read each; a refusal shows in its part, not over the whole page. A strategist, coordinator or
 * admin also gets the forms that record a signature and a notice of withdrawal (the API decides
 * finally whether the user may, for that party).
 */
export function AgreementLifecycle({ versionRef, parties }: { versionRef: VersionRef; parties: Party[] }) {
  const api = useApi();
  const signatures = useQuery(queries.signatures(api, versionRef));
  const reminders = useQuery(queries.reminders(api, versionRef));
  const withdrawals = useQuery(queries.withdrawals(api, versionRef.agreement));
  // The version's own names first; a party it does not name (an older version's) by the API's.
  const names = new Map(parties.map((p) => [p.key, p.name]));
  for (const s of signatures.data?.signatures ?? []) if (!names.has(s.party)) names.set(s.party, s.partyName);
  const { state } = useSessionContext();
  const roles = state.kind === 'signed-in' ? state.me.roles : [];
  const records = roles.some((role) => RECORDING_ROLES.includes(role));
  const pending = (signatures.data?.pending ?? []).map((key) => ({ key, name: names.get(key) ?? key }));
  const given = new Set((withdrawals.data?.notices ?? []).map((n) => n.party));
  const mayWithdraw = parties.filter((p) => !given.has(p.key));

  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Underskrifter och påminnelser</h2>
      <section aria-labelledby="signatures-heading">
        <h3 id="signatures-heading">Underskrifter</h3>
        <QueryStatus query={signatures} what="underskrifterna" />
        {signatures.data ? <SignatureRoundTable round={signatures.data} names={names} /> : null}
        {records && pending.length > 0 ? <RecordSignatureForm versionRef={versionRef} pending={pending} /> : null}
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
        {records && withdrawals.data && mayWithdraw.length > 0 ? (
          <RecordWithdrawalForm versionRef={versionRef} parties={mayWithdraw} />
        ) : null}
      </section>
    </section>
  );
}
