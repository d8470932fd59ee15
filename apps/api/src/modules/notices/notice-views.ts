import type { NoticeAudience, NoticeKind } from '@samverkan/agreements';
import type { EmailPreference } from './notice-preference.entity.js';

/** One place a party hears its notices. */
export interface ContactView {
  id: string;
  /** `mailbox`: the organisation's functional mailbox; `user`: one of its users' work address. */
  kind: 'mailbox' | 'user';
  address: string;
  /** What a mailbox is for ("Jourmailbox"); null for a user's address. */
  label: string | null;
  user: { id: string; username: string; displayName: string } | null;
  /** How this address gets notices: a mailbox always `immediate`; a user's as they chose. */
  email: EmailPreference;
}

/** A party's contacts. */
export interface PartyContactsView {
  party: string;
  contacts: ContactView[];
}

/** A user's channels. `productDefault`: the user has not chosen, so the product default applies. */
export interface NoticePreferencesView {
  email: EmailPreference;
  inApp: boolean;
  productDefault: boolean;
  /** The address the user's notices go to, if their party has entered one for them. */
  address: string | null;
}

/** A kind of notice: what it is, its variables and the product's template. */
export interface NoticeKindView {
  kind: NoticeKind;
  title: string;
  audience: NoticeAudience;
  /** Every variable a template of this kind may use, as dotted paths (`case.ref`, `tasks.title`). */
  variables: string[];
  template: { subject: string; text: string; html: string };
}

/** A template rendered with sample variables. */
export interface NoticePreview {
  kind: NoticeKind;
  subject: string;
  text: string;
  html: string;
}

/** A notice in a user's inbox. */
export interface InboxItem {
  id: string;
  kind: NoticeKind;
  /** The notice's subject as its e-mail has it (the kind's name if the notice could not be shown). */
  title: string;
  /** The notice's plain text as its e-mail has it; null if the notice could not be shown (PII guard). */
  text: string | null;
  instanceId: string;
  caseRef: string;
  link: string;
  tasks: { key: string; title: string; dueAt: string | null }[];
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
}

/** A page of the inbox, newest first. */
export interface InboxPage {
  items: InboxItem[];
  page: number;
  pageSize: number;
  total: number;
  unread: number;
  /** The user's in-app choice: false, the inbox shows nothing (they chose e-mail or nothing). */
  inApp: boolean;
}

/** What marking the whole inbox read did: how many notices it marked, and what is left unread (0). */
export interface InboxReadAll {
  marked: number;
  unread: number;
}
