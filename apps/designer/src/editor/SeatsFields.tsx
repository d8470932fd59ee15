import type { AgreementVersion } from '@samverkan/agreements';
import { Button } from 'react-aria-components';
import { DraftField } from './DraftField';
import { errorsUnder } from './draft';
import {
  type Member,
  type MemberKind,
  compact,
  newMember,
  optionalText,
  refOptions,
  removeAt,
  replaceAt,
} from './governance';
import { PickOne } from './Pick';

const ADD_LABELS: Record<MemberKind, string> = {
  party: 'en part',
  role: 'en roll',
  seat: 'en plats som texten beskriver',
};

/**
 * A body's seats (ledamöter): a party with the function that sits, a role, or a seat the text
 * describes without naming one organisation. A seat cites the body's clause unless it gives its own.
 */
export function SeatsFields({
  bodyName,
  bodyClause,
  members,
  path,
  version,
  errors,
  setMembers,
}: {
  bodyName: string;
  bodyClause: string;
  members: readonly Member[];
  /** `bodies.<index>`, as the problems name it. */
  path: string;
  version: AgreementVersion;
  errors: Map<string, string>;
  setMembers: (members: Member[] | null) => void;
}) {
  const parties = refOptions(version, ['party']);
  const roles = refOptions(version, ['role']);
  const set = (index: number, member: Member) => setMembers(replaceAt(members, index, compact(member)));
  return (
    <div className="seats">
      <h3>Platser i {bodyName}</h3>
      {members.length === 0 ? <p className="hint">Texten anger inga platser.</p> : null}
      {members.map((member, index) => {
        const at = `${path}.members.${index}`;
        const clause = member.clause ?? bodyClause;
        const name = `Plats ${index + 1} i ${bodyName}`;
        return (
          <fieldset key={index} className="fieldset">
            <legend>{name}</legend>
            {'party' in member ? (
              <>
                <PickOne
                  label="Part"
                  clause={clause}
                  options={parties}
                  value={member.party}
                  error={errorsUnder(errors, `${at}.party`)}
                  onChange={(party) => set(index, { ...member, party })}
                />
                <DraftField
                  label="Funktion som sitter på platsen"
                  path={`${at}.function`}
                  clause={clause}
                  value={member.function ?? ''}
                  error={errors.get(`${at}.function`)}
                  description="Till exempel Chefsåklagaren. Kan lämnas tom."
                  onChange={(text) => set(index, { ...member, function: optionalText(text) })}
                />
              </>
            ) : 'role' in member ? (
              <PickOne
                label="Roll"
                clause={clause}
                options={roles}
                value={member.role}
                error={errorsUnder(errors, `${at}.role`)}
                onChange={(role) => set(index, { ...member, role })}
              />
            ) : (
              <DraftField
                label="Platsen med textens ord"
                path={`${at}.seat`}
                clause={clause}
                value={member.seat}
                error={errors.get(`${at}.seat`)}
                onChange={(seat) => set(index, { ...member, seat })}
              />
            )}
            <DraftField
              label="Egen punkt i texten"
              path={`${at}.clause`}
              clause={clause}
              value={member.clause ?? ''}
              error={errors.get(`${at}.clause`)}
              description={`Om platsen står i en annan punkt än gruppens (${bodyClause}).`}
              onChange={(text) => set(index, { ...member, clause: optionalText(text) })}
            />
            <Button
              className="button button--secondary"
              onPress={() => {
                const rest = removeAt(members, index);
                setMembers(rest.length ? rest : null);
              }}
            >
              Ta bort plats {index + 1} i {bodyName}
            </Button>
          </fieldset>
        );
      })}
      <div className="button-row">
        {(Object.keys(ADD_LABELS) as MemberKind[])
          .filter((kind) => kind !== 'role' || roles.length > 0)
          .map((kind) => (
            <Button
              key={kind}
              className="button button--secondary"
              onPress={() => setMembers([...members, newMember(kind, version, members)])}
            >
              Lägg till {ADD_LABELS[kind]} i {bodyName}
            </Button>
          ))}
      </div>
      {errors.has(`${path}.members`) ? (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {errors.get(`${path}.members`)}
        </p>
      ) : null}
    </div>
  );
}
