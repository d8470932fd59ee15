import type { Me } from '../api/types';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { roleLabels } from '../i18n/roles';
import type { SessionState } from '../session/sessionState';

export interface ProfilePageProps {
  state: Exclude<SessionState, { kind: 'signed-out' }>;
  onRetry: () => void;
}

/** The first page after sign-in: who is signed in, for which organisation, with which roles. */
export function ProfilePage({ state, onRetry }: ProfilePageProps) {
  useDocumentTitle('Översikt');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Översikt</h1>
      {state.kind === 'loading' ? (
        <p role="status" className="hint">
          Hämtar dina uppgifter…
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {state.kind === 'failed' ? <p className="alert">{state.message}</p> : null}
      </div>
      {state.kind === 'failed' ? (
        <button type="button" className="button" onClick={onRetry}>
          Försök igen
        </button>
      ) : null}
      {state.kind === 'signed-in' ? <ProfileDetails me={state.me} /> : null}
    </div>
  );
}

export function ProfileDetails({ me }: { me: Me }) {
  const roles = roleLabels(me.roles);
  return (
    <section aria-labelledby="profile-heading">
      <p className="lead">
        Inloggad som <strong>{me.displayName}</strong>
      </p>
      <h2 id="profile-heading">Dina uppgifter</h2>
      <dl className="details">
        <div>
          <dt>Användarnamn</dt>
          <dd>{me.username}</dd>
        </div>
        <div>
          <dt>Organisation</dt>
          <dd>{me.party.name}</dd>
        </div>
        <div>
          <dt>{roles.length === 1 ? 'Roll' : 'Roller'}</dt>
          <dd>
            {roles.length === 0 ? (
              'Inga roller'
            ) : (
              <ul className="roles">
                {roles.map((role) => (
                  <li key={role}>{role}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
