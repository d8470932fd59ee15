import type { SignatureRound } from '../api/types';
import { formatDay } from '../app/stockholm';

/**
 * Who has signed a published version and who has not. Read-only: a signature is recorded by the
 * party itself (or the admin from the paper), and is kept by the signatory's function, never a name.
 */
export function SignatureRoundTable({ round, names }: { round: SignatureRound; names: ReadonlyMap<string, string> }) {
  const signed = round.signatures.filter((s) => s.signedOn !== null).length;
  const total = round.signatures.length;
  const nameOf = (key: string, fallback: string) => names.get(key) ?? fallback;
  return (
    <>
      {round.lifecycle === null ? (
        <p className="notice">Den här versionen har ingen livscykelrutin: inga påminnelser om underskrift skickas.</p>
      ) : null}
      {total === 0 ? (
        <p>Versionen anger ingen part som ska skriva under.</p>
      ) : (
        <>
          <table className="table">
            <caption>Parternas underskrifter av version {round.version}</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Underskrift</th>
                <th scope="col">Undertecknare (funktion)</th>
              </tr>
            </thead>
            <tbody>
              {round.signatures.map((s) => (
                <tr key={s.party}>
                  <th scope="row">{nameOf(s.party, s.partyName)}</th>
                  <td>{s.signedOn === null ? 'Väntar på underskrift' : `Undertecknad ${formatDay(s.signedOn)}`}</td>
                  <td>{s.signatoryFunction ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {round.complete
              ? `Alla ${total} parter har skrivit under.`
              : `${signed} av ${total} parter har skrivit under. Underskriftsrundan är inte klar.`}
            {!round.complete && round.lifecycle !== null
              ? ' Påminnelser om underskrift går bara till de parter som inte har skrivit under.'
              : ''}
          </p>
        </>
      )}
    </>
  );
}
