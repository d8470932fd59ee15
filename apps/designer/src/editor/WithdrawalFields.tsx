import type { AgreementTemplate } from '@samverkan/agreements';
import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { DraftField } from './DraftField';
import { clauseLabel, type DraftContent } from './draft';
import { compact, putSection, sectionAsTyped } from './governance';
import { removeKeepingFocus } from './keep-focus';
import { noticePeriodAsTyped, noticePeriodOf, noticeUnits } from './notice-period';
import { PickOne } from './Pick';
import type { SectionProps } from './section-props';

/** The withdrawal rule as typed: any field may be missing or wrong while the strategist types. */
interface Rule {
  noticePeriod?: string | null;
  effectiveAt?: string;
  inWriting?: boolean;
  clause?: string;
}

const EFFECTIVE_AT = [
  { key: 'yearEnd', name: 'Närmast följande årsskifte' },
  { key: 'anyMonthEnd', name: 'Närmast följande månadsskifte' },
];
const UNITS = noticeUnits.map(({ unit, name }) => ({ key: unit, name }));

function templateRule(template: AgreementTemplate | undefined): Rule | undefined {
  return (template?.content as Record<string, unknown> | undefined)?.['withdrawal'] as Rule | undefined;
}

/**
 * Writes the rule whole. A field left empty over the template's rule is `null` (the merge's way
 * to drop it, so that the template's value does not come back and the library's error shows).
 */
function putRule(content: DraftContent, rule: Rule | undefined, template: AgreementTemplate | undefined) {
  if (rule === undefined) return putSection(content, 'withdrawal', undefined, template);
  const overTemplate = templateRule(template) !== undefined;
  const period = rule.noticePeriod ?? (overTemplate ? null : undefined);
  return putSection(content, 'withdrawal', compact({ ...rule, noticePeriod: period }), template);
}

/**
 * The withdrawal rule (uppsägning, Jämtland § 17): the notice period, the period end it takes
 * effect at, whether notice is in writing, and its clause; each field with the rule's clause
 * beside it and the library's error under it. Added and removed (a county whose text has none).
 */
export function WithdrawalFields({ content, change, errors, template }: SectionProps) {
  const rule = sectionAsTyped<Rule>(content, 'withdrawal', template);
  const put = (next: Rule | undefined) => change((c) => putRule(c, next, template));
  // The button that adds the rule is replaced by its fields: focus goes to the first of them.
  const [added, setAdded] = useState(false);
  const period = noticePeriodAsTyped(rule?.noticePeriod ?? undefined);
  const clause = rule?.clause;
  return (
    <div data-focus-list="withdrawal">
      {rule ? (
        <fieldset className="fieldset" data-focus-item>
          <legend>
            Uppsägning
            {clauseLabel(clause) ? <span className="clause-ref"> ({clauseLabel(clause)})</span> : null}
          </legend>
          <DraftField
            label="Uppsägningstid"
            path="withdrawal.noticePeriod"
            clause={clause}
            inputMode="numeric"
            autoFocus={added}
            description="Ett heltal, i den enhet som väljs nedan."
            value={period.amount}
            error={errors.get('withdrawal.noticePeriod') ?? errors.get('withdrawal')}
            onChange={(amount) => put({ ...rule, noticePeriod: noticePeriodOf({ ...period, amount }) })}
          />
          <PickOne
            label="Uppsägningstiden räknas i"
            clause={clause}
            options={UNITS}
            value={period.unit}
            onChange={(unit) =>
              put({ ...rule, noticePeriod: noticePeriodOf({ ...period, unit: unit as typeof period.unit }) })
            }
          />
          <PickOne
            label="Utträdet gäller vid"
            clause={clause}
            options={EFFECTIVE_AT}
            value={rule.effectiveAt ?? null}
            error={errors.get('withdrawal.effectiveAt')}
            onChange={(effectiveAt) => put({ ...rule, effectiveAt })}
          />
          <Checkbox
            className="checkbox"
            isSelected={rule.inWriting === true}
            onChange={(inWriting) => put({ ...rule, inWriting })}
          >
            Uppsägningen ska vara skriftlig
            {clauseLabel(clause) ? <span className="clause-ref"> ({clauseLabel(clause)})</span> : null}
          </Checkbox>
          <DraftField
            label="Punkt i texten för uppsägningen"
            path="withdrawal.clause"
            clause={clause}
            value={clause ?? ''}
            error={errors.get('withdrawal.clause')}
            onChange={(text) => put({ ...rule, clause: text })}
          />
          <Button
            className="button button--secondary"
            onPress={(press) => removeKeepingFocus(press.target, () => put(undefined))}
          >
            Ta bort uppsägningsregeln
          </Button>
        </fieldset>
      ) : (
        <Button
          className="button button--secondary"
          data-focus-add="withdrawal"
          onPress={() => {
            setAdded(true);
            // Nothing is invented: the period, when it takes effect and the clause are the county's to give.
            put({ inWriting: false, clause: '' });
          }}
        >
          Lägg till en uppsägningsregel
        </Button>
      )}
    </div>
  );
}
