import { useState } from 'react';
import { Button } from 'react-aria-components';
import { stockholmToday } from '../app/stockholm';
import { CadenceFields } from './CadenceFields';
import { DraftField } from './DraftField';
import { addItem, clauseLabel, itemAsTyped, patchItem } from './draft';
import type { Member } from './governance';
import { SeatsFields } from './SeatsFields';
import { nextMeetings } from './next-meetings';
import type { SectionProps } from './section-props';

/** The bodies: each one's seats and cadence, with its next meetings computed as the user types. */
export function BodiesSection({ version, content, current, change, errors }: SectionProps) {
  const today = stockholmToday();
  return (
    <section aria-labelledby="bodies-heading" className="editor-section">
      <h2 id="bodies-heading">Organ och mötesfrekvens</h2>
      {(version.bodies ?? []).map((body, index) => {
        const upcoming = current ? nextMeetings(current, body.key, today) : null;
        const cited = clauseLabel(body.clause);
        return (
          <fieldset key={body.key} className="fieldset">
            <legend>
              {body.name}
              {cited ? <span className="clause-ref"> ({cited})</span> : null}
            </legend>
            <CadenceFields
              body={body}
              index={index}
              errors={errors}
              setCadence={(cadence) => change((content) => patchItem(content, 'bodies', body.key, { cadence }))}
            />
            <SeatsFields
              bodyName={body.name}
              bodyClause={body.clause}
              // As typed: a seat that does not validate yet still shows, with its error.
              members={(itemAsTyped(content, 'bodies', body).members ?? []) as Member[]}
              path={`bodies.${index}`}
              version={version}
              errors={errors}
              setMembers={(members) => change((c) => patchItem(c, 'bodies', body.key, { members }))}
            />
            <div aria-live="polite" className="preview">
              {body.cadence === undefined ? null : upcoming === null ? (
                <p className="hint">Nästa möten visas när utkastet är utan fel.</p>
              ) : (
                <>
                  <h3>Nästa möten</h3>
                  {upcoming.length ? (
                    <ul>
                      {upcoming.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="hint">Inga möten det kommande året.</p>
                  )}
                </>
              )}
            </div>
          </fieldset>
        );
      })}
      <AddBody change={change} errors={errors} />
    </section>
  );
}

/** A body the template does not have, such as a consultation group (samråd). */
function AddBody({ change }: Pick<SectionProps, 'change' | 'errors'>) {
  const [name, setName] = useState('');
  const [clause, setClause] = useState('12');
  const key = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return (
    <fieldset className="fieldset">
      <legend>Lägg till ett samråd</legend>
      <DraftField label="Namn" path="new-body.name" value={name} onChange={setName} />
      <DraftField label="Punkt i texten" path="new-body.clause" value={clause} onChange={setClause} />
      <Button
        className="button button--secondary"
        isDisabled={key === ''}
        onPress={() => {
          change((content) =>
            addItem(content, 'bodies', {
              key,
              kind: 'consultation',
              name,
              clause,
              cadence: { kind: 'recurrence', rrule: 'FREQ=WEEKLY;BYDAY=TU', timeOfDay: '09:00', clause },
            }),
          );
          setName('');
        }}
      >
        Lägg till samrådet
      </Button>
    </fieldset>
  );
}
