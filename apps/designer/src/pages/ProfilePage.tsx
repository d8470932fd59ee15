import { useSessionContext } from '../app/contexts';
import type { Me } from '../api/types';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { roleLabels } from '../i18n/roles';
import { NoticePreferencesSection } from './NoticePreferencesForm';

/** Who is signed in, for which organisation, with which roles. */
export function ProfilePage() {
  useDocumentTitle('Min profil');
  const { state } = useSessionContext();
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Min profil</h1>
      {state.kind === 'signed-in' ? (
        <>
          <ProfileDetails me={state.me} />
          <NoticePreferencesSection />
        </>
      ) : null}
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
