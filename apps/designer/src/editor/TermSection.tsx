import { isParty, withdrawalOf } from '@samverkan/agreements';
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { formatLongDay, stockholmToday } from '../app/stockholm';
import { DraftField } from './DraftField';
import { setSection } from './draft';
import { WithdrawalFields } from './WithdrawalFields';
import type { SectionProps } from './section-props';

const CLAUSE = '16';

/**
 * Dates are typed as text, ÅÅÅÅ-MM-DD: a native date field orders its parts by the browser's own
 * language, not the page's (month first in an English browser), which a Swedish form cannot
 * explain; the library validates the date as typed.
 */
const DATE_HINT = 'Skriv datumet som ÅÅÅÅ-MM-DD.';

/** Term and renewal (§ 16), the withdrawal rule (§ 17) and what it means for a sample notice date. */
export function TermSection(props: SectionProps) {
  const { version, current, content, change, errors } = props;
  const [notice, setNotice] = useState(stockholmToday());
  const term = (content['term'] ?? version.term) as Record<string, unknown> | undefined;
  const set = (name: string, value: unknown) =>
    change((c) => setSection(c, 'term', { clause: CLAUSE, ...(term ?? {}), [name]: value === '' ? undefined : value }));
  const party = current?.parties.find(isParty);
  const withdrawal = current && party ? withdrawalOf(current, party.key, notice) : null;
  return (
    <section aria-labelledby="term-heading" className="editor-section">
      <h2 id="term-heading" tabIndex={-1}>
        Giltighet och uppsägning
      </h2>
      <DraftField
        label="Gäller från"
        path="term.start"
        clause={(term?.['clause'] as string | undefined) ?? CLAUSE}
        description={DATE_HINT}
        value={(term?.['start'] as string | undefined) ?? ''}
        error={errors.get('term.start') ?? errors.get('term')}
        onChange={(text) => set('start', text)}
      />
      <DraftField
        label="Gäller till och med"
        path="term.end"
        description={DATE_HINT}
        value={(term?.['end'] as string | undefined) ?? ''}
        error={errors.get('term.end')}
        onChange={(text) => set('end', text)}
      />
      <Checkbox
        className="checkbox"
        isSelected={(term?.['renewal'] as { kind?: string } | undefined)?.kind === 'automatic'}
        onChange={(on) => set('renewal', on ? { kind: 'automatic', period: 'P1Y', clause: CLAUSE } : undefined)}
      >
        Förlängs automatiskt ett år i taget
      </Checkbox>
      <WithdrawalFields {...props} />
      <DraftField
        label="Exempel: uppsägning given"
        path="preview.noticeDate"
        value={notice}
        onChange={(text) => /^\d{4}-\d\d-\d\d$/.test(text) && setNotice(text)}
        description={DATE_HINT}
      />
      <p aria-live="polite" className="withdrawal-preview">
        {withdrawal?.status === 'computed'
          ? `En part som säger upp ${formatLongDay(notice)} är bunden till och med ${formatLongDay(withdrawal.date.effectiveOn)}` +
            ` (uppsägningstiden löper ut ${formatLongDay(withdrawal.date.noticePeriodEndsOn)}).` +
            ` Sista dag att säga upp för samma utträde: ${formatLongDay(withdrawal.date.latestNoticeDateForSameEffect)}.`
          : current
            ? 'Överenskommelsen anger ingen uppsägningsregel.'
            : 'Datumet visas när utkastet inte har några fel.'}
      </p>
    </section>
  );
}
