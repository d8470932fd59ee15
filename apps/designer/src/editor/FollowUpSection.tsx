import { useState } from 'react';
import { Button } from 'react-aria-components';
import { DraftField } from './DraftField';
import { clauseLabel, errorsUnder } from './draft';
import { compact, optionalText, putSection, refOptions, sectionAsTyped } from './governance';
import { PickMany, PickOne } from './Pick';
import type { SectionProps } from './section-props';

interface Plan {
  due: string;
  by: string[];
  contents?: string;
  clause: string;
}
interface Report {
  recipients: { body: string; clause: string }[];
  by?: { ref: string; clause: string };
  clause: string;
}
interface FollowUp {
  plan?: Plan;
  annualReport?: Report;
}

/**
 * Follow-up duties (uppföljning): the follow-up plan the parties owe by a date, and the yearly
 * report with the bodies it goes to and who prepares it, each with its clause.
 */
export function FollowUpSection({ version, content, change, errors, template }: SectionProps) {
  const followUp = sectionAsTyped<FollowUp>(content, 'followUp', template) ?? {};
  const put = (next: FollowUp) =>
    change((c) => putSection(c, 'followUp', next.plan || next.annualReport ? compact(next) : undefined, template));
  const owners = refOptions(version, ['party', 'role', 'body']);
  const bodies = refOptions(version, ['body']);
  const { plan, annualReport: report } = followUp;
  // The button that adds a duty is replaced by its fields: focus goes to the first of them.
  const [added, setAdded] = useState<keyof FollowUp | null>(null);
  // With a template under it, a duty left out is `null` (the merge drops the template's), else absent.
  const without = (duty: keyof FollowUp): FollowUp => ({ ...followUp, [duty]: template ? null : undefined });
  return (
    <section aria-labelledby="follow-up-heading" className="editor-section">
      <h2 id="follow-up-heading">Uppföljning</h2>
      {plan ? (
        <fieldset className="fieldset">
          <legend>
            Uppföljningsplan
            {clauseLabel(plan.clause) ? <span className="clause-ref"> ({clauseLabel(plan.clause)})</span> : null}
          </legend>
          <DraftField
            label="Punkt i texten för uppföljningsplanen"
            path="followUp.plan.clause"
            autoFocus={added === 'plan'}
            clause={plan.clause}
            value={plan.clause}
            error={errors.get('followUp.plan.clause')}
            onChange={(clause) => put({ ...followUp, plan: { ...plan, clause } })}
          />
          <DraftField
            label="Klar senast"
            path="followUp.plan.due"
            clause={plan.clause}
            value={plan.due}
            error={errors.get('followUp.plan.due')}
            description="Skriv datumet som ÅÅÅÅ-MM-DD."
            onChange={(due) => put({ ...followUp, plan: { ...plan, due } })}
          />
          <PickMany
            label="Vem som tar fram planen"
            clause={plan.clause}
            options={owners}
            value={plan.by}
            error={errorsUnder(errors, 'followUp.plan.by')}
            onChange={(by) => put({ ...followUp, plan: { ...plan, by } })}
          />
          <DraftField
            label="Vad planen ska innehålla"
            path="followUp.plan.contents"
            clause={plan.clause}
            value={plan.contents ?? ''}
            error={errors.get('followUp.plan.contents')}
            onChange={(text) => put({ ...followUp, plan: compact({ ...plan, contents: optionalText(text) }) })}
          />
          <Button className="button button--secondary" onPress={() => put(without('plan'))}>
            Ta bort uppföljningsplanen
          </Button>
        </fieldset>
      ) : (
        <Button
          className="button button--secondary"
          onPress={() => {
            setAdded('plan');
            put({ ...followUp, plan: { due: '', by: [], clause: '' } });
          }}
        >
          Lägg till en uppföljningsplan
        </Button>
      )}
      {report ? (
        <fieldset className="fieldset">
          <legend>
            Årlig verksamhetsrapport
            {clauseLabel(report.clause) ? <span className="clause-ref"> ({clauseLabel(report.clause)})</span> : null}
          </legend>
          <DraftField
            label="Punkt i texten för rapporten"
            path="followUp.annualReport.clause"
            autoFocus={added === 'annualReport'}
            clause={report.clause}
            value={report.clause}
            error={errors.get('followUp.annualReport.clause')}
            onChange={(clause) => put({ ...followUp, annualReport: { ...report, clause } })}
          />
          <PickMany
            label="Rapporten går till"
            clause={report.recipients[0]?.clause ?? report.clause}
            options={bodies}
            value={report.recipients.map((r) => r.body)}
            error={errorsUnder(errors, 'followUp.annualReport.recipients')}
            onChange={(keys) =>
              put({
                ...followUp,
                annualReport: {
                  ...report,
                  // A recipient keeps its own clause; a new one cites the report's.
                  recipients: keys.map(
                    (body) => report.recipients.find((r) => r.body === body) ?? { body, clause: report.clause },
                  ),
                },
              })
            }
          />
          <PickOne
            label="Vem som tar fram rapporten"
            clause={report.by?.clause ?? report.clause}
            options={owners}
            value={report.by?.ref ?? null}
            error={errorsUnder(errors, 'followUp.annualReport.by')}
            description="En part, roll eller grupp."
            onChange={(ref) =>
              put({ ...followUp, annualReport: { ...report, by: { ref, clause: report.by?.clause ?? report.clause } } })
            }
          />
          <Button className="button button--secondary" onPress={() => put(without('annualReport'))}>
            Ta bort den årliga rapporten
          </Button>
        </fieldset>
      ) : (
        <Button
          className="button button--secondary"
          onPress={() => {
            setAdded('annualReport');
            put({ ...followUp, annualReport: { recipients: [], clause: '' } });
          }}
        >
          Lägg till en årlig verksamhetsrapport
        </Button>
      )}
    </section>
  );
}
