/**
 * The contract between the notices module (who hears a notification and what it says) and the
 * delivery worker (how it leaves the system). The worker asks the composer for the messages a
 * `notification` row becomes and sends each one; the composer never sends anything itself.
 */

/** Where one composed message goes. A webhook entry is per party; the delivery side decides
 * whether that party has a webhook configured and drops the entry if not. */
export type NoticeRecipient =
  { channel: 'email'; address: string; partyKey: string; userId?: string } | { channel: 'webhook'; partyKey: string };

/** A file an e-mail carries (a meeting invitation's `.ics`); webhooks and the inbox leave it out. */
export interface NoticeAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface ComposedNotice {
  notificationId: string;
  /** The notice kind, e.g. 'overdue', 'escalation' (see notice-kinds.ts). */
  kind: string;
  recipient: NoticeRecipient;
  subject: string;
  text: string;
  html: string;
  /** Acute consultation, overdue escalation: sent outside working hours too. */
  urgent: boolean;
  /** E-mail only. */
  attachments?: NoticeAttachment[];
}

export const NOTICE_COMPOSER = Symbol('NOTICE_COMPOSER');

export interface NoticeComposer {
  /** The messages one notification becomes: one per immediate e-mail contact of each recipient
   * party, plus one webhook entry per recipient party. Empty when nothing is to be sent now
   * (e.g. the rendered notice tripped the PII guard, or nobody wants immediate e-mail). */
  compose(notificationId: string): Promise<ComposedNotice[]>;
}

/** A user who chose the daily digest: their work address and their party. */
export interface DigestSubscriber {
  userId: string;
  partyKey: string;
  address: string;
}

/** What one digest covers: the Stockholm day it is for, and what arrived after `since` up to `until`. */
export interface DigestWindow {
  /** The day in Europe/Stockholm, YYYY-MM-DD. */
  day: string;
  since: Date;
  until: Date;
}

/** A digest as composed: how many items it lists, and the rendered e-mail (none when there is nothing to tell or the PII guard refused it). */
export interface ComposedDigest {
  items: number;
  rendered?: { subject: string; text: string; html: string };
}

export const DIGEST_COMPOSER = Symbol('DIGEST_COMPOSER');

/** The notices module's side of the daily digest, for the delivery worker, which sends it. */
export interface DigestComposer {
  /** The users who chose the digest and work in cases, each with their address. */
  subscribers(): Promise<DigestSubscriber[]>;
  composeDigest(subscriber: DigestSubscriber, window: DigestWindow): Promise<ComposedDigest>;
}
