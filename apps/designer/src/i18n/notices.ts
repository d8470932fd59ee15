import { noticeKindInfo } from '@samverkan/agreements';
import type { EmailPreference, InboxItem } from '../api/types';

/** A notice's kind in Swedish, as docs/notifications.md names it ("Ny uppgift", "Eskalering"). */
export const noticeKindTitle = (kind: InboxItem['kind']): string => noticeKindInfo[kind]?.title ?? kind;

/** Whether the notice is about a case (its link opens the case) or about the agreement itself. */
export const isCaseNotice = (kind: InboxItem['kind']): boolean => noticeKindInfo[kind]?.audience === 'case';

/** "oläst" for one, "olästa" for more. */
export const unreadWord = (count: number): string => (count === 1 ? 'oläst' : 'olästa');
/** "1 oläst", "3 olästa". */
export const unreadLabel = (count: number): string => `${count} ${unreadWord(count)}`;

/** The e-mail choices, in the order the form offers them (docs/notifications.md, "Preferences"). */
export const emailPreferenceLabels: Record<EmailPreference, { label: string; hint: string }> = {
  immediate: { label: 'Direkt', hint: 'Ett e-postmeddelande för varje meddelande, när det skickas.' },
  digest: {
    label: 'Daglig sammanfattning',
    hint: 'Ett e-postmeddelande om dagen, på morgonen arbetsdagar, med det som ska vara klart och det som kommit.',
  },
  off: { label: 'Ingen e-post', hint: 'Du får inga meddelanden med e-post.' },
};
