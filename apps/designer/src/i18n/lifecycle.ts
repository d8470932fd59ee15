import { isNoticeKind, noticeKindInfo } from '@samverkan/agreements';
import type { ReminderLead } from '../api/types';

/**
 * A date reminder's kind in Swedish: the notice kind's own title (notice-kinds.ts), so that the
 * designer, the inbox and the e-mails name it alike. An unknown kind is shown as it is.
 */
export const dateReminderTitle = (kind: string): string => (isNoticeKind(kind) ? noticeKindInfo[kind].title : kind);

/** "30 dagar före, kl. 08:00", "1 dag före, kl. 09:30", "Samma dag, kl. 08:00". */
export function leadTimeLabel(lead: Pick<ReminderLead, 'daysBefore' | 'at'>): string {
  const days =
    lead.daysBefore === 0 ? 'Samma dag' : `${lead.daysBefore} ${lead.daysBefore === 1 ? 'dag' : 'dagar'} före`;
  return `${days}, kl. ${lead.at}`;
}

/** Who chose a lead time: the county in its agreement, or the product (a default, marked). */
export const leadSourceLabel = (source: ReminderLead['source']): string =>
  source.kind === 'county' ? 'Länets val' : 'Produktens förval';

/**
 * A product default's note without its leading "Produktens förval:", which the label beside it
 * says already; a note worded otherwise is kept whole.
 */
export function productNoteText(note: string): string {
  const rest = note.replace(/^Produktens förval:\s*/, '');
  return rest === note ? note : rest.charAt(0).toUpperCase() + rest.slice(1);
}
