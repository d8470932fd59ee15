import { type Commitment, isParty } from '@samverkan/agreements';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { DraftField } from './DraftField';
import { removeKeepingFocus } from './keep-focus';
import { addItem, clauseLabel, freeKey, itemAsTyped, patchItem, removeItem } from './draft';
import type { SectionProps } from './section-props';

const KIND_LABELS: Record<Commitment['kind'], string> = {
  standing: 'Gäller hela tiden',
  recurring: 'Återkommer vid varje möte i ett organ',
  dueByDate: 'Ska vara gjort senast ett datum',
};

/**
 * Each party's commitments (åtaganden): what is promised, as worded in its clause, who owes it
 * (parties, by key), and when it falls due. The template's can be changed or left out; the
 * county's own can be added and removed.
 */
export function CommitmentsSection({ version, content, change, errors, template }: SectionProps) {
  const parties = version.parties.filter(isParty);
  const inTemplate = new Set((template?.content.commitments ?? []).map((c) => c.key));
  const commitments = (version.commitments ?? []).map((c) => itemAsTyped(content, 'commitments', c));
  return (
    <section aria-labelledby="commitments-heading" className="editor-section">
      <h2 id="commitments-heading" tabIndex={-1}>
        Åtaganden
      </h2>
      {commitments.length === 0 ? <p>Inga åtaganden än.</p> : null}
      <div data-focus-list="commitments">
        {commitments.map((commitment, index) => {
          const path = `commitments.${index}`;
          const patch = (fields: Record<string, unknown>) =>
            change((c) => patchItem(c, 'commitments', commitment.key, fields));
          const cited = clauseLabel(commitment.clause);
          return (
            <fieldset key={commitment.key} className="fieldset" data-focus-item>
              <legend>
                Åtagande {index + 1}
                {cited ? <span className="clause-ref"> ({cited})</span> : null}
              </legend>
              <DraftField
                label="Vad som åtas"
                path={`${path}.text`}
                clause={commitment.clause}
                value={commitment.text}
                error={errors.get(`${path}.text`)}
                onChange={(text) => patch({ text })}
              />
              <CheckboxGroup
                className="checkbox-group"
                value={commitment.by}
                isInvalid={errors.has(`${path}.by`)}
                validationBehavior="aria"
                onChange={(by) => patch({ by })}
              >
                <Label>
                  Vem som åtar sig det<span className="clause-ref"> ({clauseLabel(commitment.clause)})</span>
                </Label>
                {parties.map((party) => (
                  <Checkbox key={party.key} value={party.key}>
                    {party.name}
                  </Checkbox>
                ))}
                <FieldError className="field-error">
                  <span className="visually-hidden">Fel: </span>
                  {errors.get(`${path}.by`)}
                </FieldError>
              </CheckboxGroup>
              <RadioGroup
                className="radio-group"
                value={commitment.kind}
                onChange={(kind) =>
                  patch(
                    kind === 'recurring' && version.bodies?.[0]
                      ? {
                          kind,
                          recurrence: { kind: 'meetingsOf', body: version.bodies[0].key, clause: commitment.clause },
                          due: null,
                        }
                      : { kind, recurrence: null, ...(kind === 'dueByDate' ? {} : { due: null }) },
                  )
                }
              >
                <Label>När det ska göras</Label>
                {(Object.keys(KIND_LABELS) as Commitment['kind'][]).map((kind) => (
                  <Radio key={kind} value={kind} isDisabled={kind === 'recurring' && !version.bodies?.length}>
                    {KIND_LABELS[kind]}
                  </Radio>
                ))}
              </RadioGroup>
              {commitment.kind === 'dueByDate' ? (
                <DraftField
                  label="Senast"
                  path={`${path}.due`}
                  clause={commitment.clause}
                  value={commitment.due ?? ''}
                  error={errors.get(`${path}.due`)}
                  description="Skriv datumet som ÅÅÅÅ-MM-DD."
                  onChange={(due) => patch({ due: due === '' ? null : due })}
                />
              ) : null}
              {commitment.kind === 'recurring' && commitment.recurrence?.kind === 'meetingsOf' ? (
                <RadioGroup
                  className="radio-group"
                  value={commitment.recurrence.body}
                  onChange={(body) => patch({ recurrence: { kind: 'meetingsOf', body, clause: commitment.clause } })}
                >
                  <Label>Vid varje möte i</Label>
                  {(version.bodies ?? []).map((body) => (
                    <Radio key={body.key} value={body.key}>
                      {body.name}
                    </Radio>
                  ))}
                </RadioGroup>
              ) : null}
              <Button
                className="button button--secondary"
                onPress={(press) =>
                  removeKeepingFocus(press.target, () =>
                    change((c) => removeItem(c, 'commitments', commitment.key, inTemplate.has(commitment.key))),
                  )
                }
              >
                Ta bort åtagande {index + 1}
              </Button>
            </fieldset>
          );
        })}
      </div>
      <AddCommitment version={version} change={change} />
    </section>
  );
}

/** A commitment of the county's own: its text, clause and the parties that owe it, then added. */
function AddCommitment({ version, change }: Pick<SectionProps, 'version' | 'change'>) {
  const [text, setText] = useState('');
  const [clause, setClause] = useState('');
  return (
    <fieldset className="fieldset">
      <legend>Lägg till ett åtagande</legend>
      <DraftField label="Vad som åtas" path="new-commitment.text" value={text} onChange={setText} />
      <DraftField
        label="Punkt i texten"
        path="new-commitment.clause"
        value={clause}
        onChange={setClause}
        description="Den punkt i överenskommelsen som åtagandet står i."
      />
      <Button
        className="button button--secondary"
        isDisabled={text.trim() === '' || clause.trim() === ''}
        onPress={() => {
          change((content) => addItem(content, 'commitments', newCommitment(text, clause, version)));
          setText('');
        }}
      >
        Lägg till åtagandet
      </Button>
    </fieldset>
  );
}

/** A new standing commitment of every party, until the strategist says who owes it. */
export function newCommitment(text: string, clause: string, version: SectionProps['version']) {
  return {
    key: freeKey('atagande', version.commitments ?? []),
    by: version.parties.filter(isParty).map((p) => p.key),
    text: text.trim(),
    kind: 'standing',
    clause: clause.trim(),
  };
}
