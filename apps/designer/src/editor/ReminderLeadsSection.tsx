import { type DateNoticeKind, dateNoticeKinds, noticeKindInfo } from '@samverkan/agreements';
import { Button } from 'react-aria-components';
import { leadTimeLabel, productNoteText } from '../i18n/lifecycle';
import { DraftField } from './DraftField';
import { removeKeepingFocus } from './keep-focus';
import {
  type LeadAsTyped,
  type LeadField,
  clearLead,
  leadAsTyped,
  leadFieldErrors,
  productLead,
  setLeadField,
} from './reminder-leads';
import type { SectionProps } from './section-props';

const LABELS: Record<LeadField, string> = { daysBefore: 'Dagar före', at: 'Klockan' };

/**
 * The county's lead times for the reminders of the agreement's dates (`reminderLeads`). No
 * agreement text gives them: each kind shows the product's default and why, until the county
 * chooses its own, and can go back to the default. The section holds no state of its own (the
 * fields keep their text), so that what it writes into the draft can be tested by calling it.
 */
export function ReminderLeadsSection({ content, change, errors, template }: SectionProps) {
  const leads = dateNoticeKinds.map((kind) => {
    const lead = leadAsTyped(content, kind, template);
    return { kind, lead, own: leadFieldErrors(lead) };
  });
  // What the editor's own checks find, said once in a live region as the user types (the
  // messages are also at their fields, tied to them).
  const announced = leads.flatMap(({ kind, own }) =>
    (Object.keys(own) as LeadField[]).map((field) => `${noticeKindInfo[kind].title}, ${LABELS[field]}: ${own[field]}`),
  );
  return (
    <section aria-labelledby="reminder-leads-heading" className="editor-section">
      <h2 id="reminder-leads-heading" tabIndex={-1}>
        Påminnelser om avtalets datum
      </h2>
      <p>
        Hur lång tid före ett datum i överenskommelsen påminnelsen skickas. Avtalstexten anger inte detta: utan ett eget
        val gäller produktens förval. Valet gäller när versionen publiceras.
      </p>
      {errors.get('reminderLeads') ? <p className="field-error">{errors.get('reminderLeads')}</p> : null}
      <div data-focus-list="reminder-leads">
        {leads.map(({ kind, lead, own }) => leadFields(kind, lead, own, { change, errors, template }))}
      </div>
      <div aria-live="polite" className="visually-hidden">
        {announced.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </section>
  );
}

/** One kind: its title, "Dagar före" and "Klockan", and the way back to the product's default. */
function leadFields(
  kind: DateNoticeKind,
  lead: LeadAsTyped | undefined,
  own: Partial<Record<LeadField, string>>,
  { change, errors, template }: Pick<SectionProps, 'change' | 'errors' | 'template'>,
) {
  const path = `reminderLeads.${kind}`;
  const fallback = productLead(kind);
  // As the version page says it (leadTimeLabel), lower-case mid-sentence; the note without the
  // "Produktens förval:" the summary says already.
  const label = leadTimeLabel(fallback);
  const summary = `Produktens förval: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
  const why = productNoteText(fallback.source.note);
  const set = (field: LeadField, text: string) => change((c) => setLeadField(c, kind, field, text, template));
  return (
    <fieldset key={kind} className="fieldset" data-focus-item>
      <legend>{noticeKindInfo[kind].title}</legend>
      <DraftField
        label={LABELS.daysBefore}
        path={`${path}.daysBefore`}
        inputMode="numeric"
        value={lead?.daysBefore === undefined ? '' : String(lead.daysBefore)}
        description={lead ? `Länets val. ${summary}` : `${summary} ${why}`}
        error={own.daysBefore ?? errors.get(`${path}.daysBefore`) ?? errors.get(path)}
        onChange={(text) => set('daysBefore', text)}
      />
      <DraftField
        label={LABELS.at}
        path={`${path}.at`}
        value={lead?.at ?? ''}
        description={`TT:MM, svensk tid. Tomt: kl. ${fallback.at} (produktens förval).`}
        error={own.at ?? errors.get(`${path}.at`)}
        onChange={(text) => set('at', text)}
      />
      {lead ? (
        <Button
          className="button button--secondary"
          // The button goes with the choice: focus goes to the kind's first field.
          onPress={(event) =>
            removeKeepingFocus(event.target as Element, () => change((c) => clearLead(c, kind, template)))
          }
        >
          Använd produktens förval för {noticeKindInfo[kind].title.toLowerCase()}
        </Button>
      ) : null}
    </fieldset>
  );
}
