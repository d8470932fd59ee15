import { Button } from 'react-aria-components';
import { DraftField } from './DraftField';
import { errorsUnder } from './draft';
import {
  type Ladder,
  type Level,
  compact,
  moveItem,
  nextLevel,
  optionalText,
  putSection,
  refOptions,
  removeAt,
  replaceAt,
  sectionAsTyped,
} from './governance';
import { PickOne } from './Pick';
import type { SectionProps } from './section-props';

/**
 * The escalation ladder (Om samverkan inte fungerar): the bodies a dispute climbs, first level
 * first, each with what happens there, all under the ladder's clause.
 */
export function EscalationSection({ version, content, change, errors, template }: SectionProps) {
  const ladder = sectionAsTyped<Ladder>(content, 'escalation', template);
  const bodies = refOptions(version, ['body']);
  const put = (next: Ladder | undefined) => change((c) => putSection(c, 'escalation', next, template));
  const setLevels = (levels: Level[]) => ladder && put({ ...ladder, levels });
  const added = nextLevel(version, ladder);
  return (
    <section aria-labelledby="escalation-heading" className="editor-section">
      <h2 id="escalation-heading">Om samverkan inte fungerar</h2>
      {ladder ? (
        <>
          <DraftField
            label="Punkt i texten för eskaleringen"
            path="escalation.clause"
            clause={ladder.clause}
            value={ladder.clause}
            error={errors.get('escalation.clause')}
            onChange={(clause) => put({ ...ladder, clause })}
          />
          {errors.has('escalation.levels') ? (
            <p className="field-error" id="escalation-levels-error">
              <span className="visually-hidden">Fel: </span>
              {errors.get('escalation.levels')}
            </p>
          ) : null}
          <ol className="ladder">
            {ladder.levels.map((level, index) => {
              const path = `escalation.levels.${index}`;
              return (
                <li key={index}>
                  <fieldset className="fieldset">
                    <legend>Steg {index + 1}</legend>
                    <PickOne
                      label={`Organ i steg ${index + 1}`}
                      clause={ladder.clause}
                      options={bodies}
                      value={level.body}
                      // A body named twice is reported at its level, a body that is not at the level's body.
                      error={
                        [errors.get(path), errorsUnder(errors, `${path}.body`)].filter(Boolean).join('; ') || undefined
                      }
                      onChange={(body) => setLevels(replaceAt(ladder.levels, index, { ...level, body }))}
                    />
                    <DraftField
                      label={`Vad som sker i steg ${index + 1}`}
                      path={`${path}.description`}
                      clause={ladder.clause}
                      value={level.description ?? ''}
                      error={errors.get(`${path}.description`)}
                      onChange={(text) =>
                        setLevels(
                          replaceAt(ladder.levels, index, compact({ ...level, description: optionalText(text) })),
                        )
                      }
                    />
                    <div className="button-row">
                      {index > 0 ? (
                        <Button
                          className="button button--secondary"
                          onPress={() => setLevels(moveItem(ladder.levels, index, -1))}
                        >
                          Flytta steg {index + 1} uppåt
                        </Button>
                      ) : null}
                      {index < ladder.levels.length - 1 ? (
                        <Button
                          className="button button--secondary"
                          onPress={() => setLevels(moveItem(ladder.levels, index, 1))}
                        >
                          Flytta steg {index + 1} nedåt
                        </Button>
                      ) : null}
                      <Button
                        className="button button--secondary"
                        onPress={() => {
                          const levels = removeAt(ladder.levels, index);
                          // A ladder needs a level (the schema's min 1): the last one removed drops the ladder.
                          put(levels.length ? { ...ladder, levels } : undefined);
                        }}
                      >
                        Ta bort steg {index + 1}
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p>Överenskommelsen anger ingen eskalering.</p>
      )}
      <Button
        className="button button--secondary"
        isDisabled={added === null}
        onPress={() => {
          if (!added) return;
          put(ladder ? { ...ladder, levels: [...ladder.levels, added] } : { levels: [added], clause: '' });
        }}
      >
        Lägg till ett steg
      </Button>
      {added === null ? <p className="hint">Alla organ finns redan på stegen.</p> : null}
    </section>
  );
}
