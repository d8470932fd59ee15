import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../app/contexts';
import { formatDay, stockholmToday } from '../app/stockholm';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import type { RefOption } from '../editor/governance';
import { RecordForm } from './RecordForm';

/**
 * A party's signature of the published version, for the parties the round still waits for. The
 * day is left empty: it is the day on the paper, not a guess.
 */
export function RecordSignatureForm({ versionRef, pending }: { versionRef: VersionRef; pending: RefOption[] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  return (
    <RecordForm
      legend="Registrera en underskrift"
      dayField="signedOn"
      dayHint="Dagen då parten skrev under, som ÅÅÅÅ-MM-DD."
      initialDay=""
      parties={pending}
      submitLabel="Registrera underskriften"
      what="Underskriften"
      save={async ({ party, day, signatoryFunction }) => {
        const round = await api.recordSignature(versionRef, {
          party,
          signedOn: day.trim(),
          signatoryFunction: signatoryFunction.trim(),
        });
        queryClient.setQueryData(queries.signatures(api, versionRef).queryKey, round);
        await queryClient.invalidateQueries({ queryKey: queries.signatures(api, versionRef).queryKey });
        const name = pending.find((p) => p.key === party)?.name ?? party;
        return `Underskriften från ${name} är registrerad.`;
      }}
    />
  );
}

/** A party's notice of withdrawal from the agreement, for the parties that have not given one. */
export function RecordWithdrawalForm({ versionRef, parties }: { versionRef: VersionRef; parties: RefOption[] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  return (
    <RecordForm
      legend="Registrera en uppsägning"
      dayField="givenOn"
      dayHint="Dagen då uppsägningen gavs, som ÅÅÅÅ-MM-DD. Förval: i dag."
      initialDay={stockholmToday()}
      parties={parties}
      submitLabel="Registrera uppsägningen"
      what="Uppsägningen"
      save={async ({ party, day, signatoryFunction }) => {
        const notice = await api.giveWithdrawal(versionRef.agreement, {
          party,
          ...(day.trim() === '' ? {} : { givenOn: day.trim() }),
          signatoryFunction: signatoryFunction.trim(),
        });
        // The notice changes the agreement's dates: its reminders are armed anew.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queries.withdrawals(api, versionRef.agreement).queryKey }),
          queryClient.invalidateQueries({ queryKey: queries.reminders(api, versionRef).queryKey }),
        ]);
        const name = parties.find((p) => p.key === party)?.name ?? party;
        return `Uppsägningen från ${name} är registrerad. Parten är bunden till och med ${formatDay(notice.effectiveOn)}.`;
      }}
    />
  );
}
