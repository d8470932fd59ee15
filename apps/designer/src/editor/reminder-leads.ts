import { type AgreementTemplate, type DateNoticeKind, type ReminderLead, reminderLeadOf } from '@samverkan/agreements';
import { type DraftContent, numberOrText, setSection } from './draft';
import { compact, sectionAsTyped } from './governance';

/** A county's lead time for one kind as typed: a number, or the text that does not validate yet. */
export interface LeadAsTyped {
  daysBefore?: number | string;
  at?: string;
}
export type LeadField = keyof LeadAsTyped;

/**
 * The county's lead time of a kind as typed: the draft's own over the template's (a template may
 * set lead times too; `null` in the draft drops the template's, as the merge does).
 */
export function leadAsTyped(
  content: DraftContent,
  kind: DateNoticeKind,
  template: AgreementTemplate | undefined,
): LeadAsTyped | undefined {
  const leads = sectionAsTyped<Record<string, LeadAsTyped | null>>(content, 'reminderLeads', template);
  return leads?.[kind] ?? undefined;
}

/** The product's default of a kind: what applies while the county has chosen nothing. */
export function productLead(kind: DateNoticeKind): ReminderLead & { source: { kind: 'product' } } {
  return reminderLeadOf({}, kind) as ReminderLead & { source: { kind: 'product' } };
}

/**
 * Sets one field of a kind's lead time from the text typed. A field emptied is left out; both
 * emptied is the same as going back to the product's default.
 */
export function setLeadField(
  content: DraftContent,
  kind: DateNoticeKind,
  field: LeadField,
  text: string,
  template: AgreementTemplate | undefined,
): DraftContent {
  const value = field === 'daysBefore' ? numberOrText(text) : text.trim() === '' ? undefined : text.trim();
  const next = compact({ ...leadAsTyped(content, kind, template), [field]: value });
  if (next.daysBefore === undefined && next.at === undefined) return clearLead(content, kind, template);
  return { ...content, reminderLeads: { ...ownLeads(content), [kind]: next } };
}

/**
 * Goes back to the product's default for a kind: the kind is removed from `reminderLeads` (set
 * to `null` where the template sets it, so that the template's is dropped), and an empty
 * `reminderLeads` is removed from the draft.
 */
export function clearLead(
  content: DraftContent,
  kind: DateNoticeKind,
  template: AgreementTemplate | undefined,
): DraftContent {
  const own = ownLeads(content);
  const inTemplate =
    (
      (template?.content as Record<string, unknown> | undefined)?.['reminderLeads'] as
        Record<string, unknown> | undefined
    )?.[kind] !== undefined;
  if (inTemplate) own[kind] = null;
  else delete own[kind];
  return setSection(content, 'reminderLeads', Object.keys(own).length ? own : undefined);
}

function ownLeads(content: DraftContent): Record<string, unknown> {
  const own = content['reminderLeads'];
  return typeof own === 'object' && own !== null ? { ...(own as Record<string, unknown>) } : {};
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * The editor's own checks of a kind's fields, as the schema has them (whole days 0–365, `HH:MM`),
 * with messages that say what to type. The library's and the API's problems at the same path are
 * shown where these find nothing.
 */
export function leadFieldErrors(lead: LeadAsTyped | undefined): Partial<Record<LeadField, string>> {
  if (!lead) return {};
  const errors: Partial<Record<LeadField, string>> = {};
  const days = lead.daysBefore;
  if (days === undefined) {
    errors.daysBefore = 'Ange antal dagar före (0–365), eller gå tillbaka till produktens förval.';
  } else if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 365) {
    errors.daysBefore = 'Ange ett helt antal dagar från 0 till 365.';
  }
  if (lead.at !== undefined && !TIME.test(lead.at)) {
    errors.at = 'Ange klockslaget som TT:MM, till exempel 09:30.';
  }
  return errors;
}
