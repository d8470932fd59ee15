import type { ReminderLead } from '@samverkan/agreements';

/** One party's place in a version's signature round. */
export interface SignatureView {
  party: string;
  partyName: string;
  /** Null while the party has not signed. */
  signedOn: string | null;
  signatoryFunction: string | null;
  recordedAt: string | null;
}

/** A published version's signature round: each party that signs, and whether it has. */
export interface SignatureRoundView {
  agreement: string;
  version: number;
  /** The version's lifecycle (the routine `agreement-lifecycle`), null when the version binds none. */
  lifecycle: { id: string; caseRef: string; state: unknown; status: string } | null;
  signatures: SignatureView[];
  /** Parties that have not signed yet: the ones the signature reminders go to. */
  pending: string[];
  complete: boolean;
}

/** A reminder armed about one of the agreement's own dates. */
export interface UpcomingReminderView {
  kind: string;
  /** The date it is about: the last day to give notice, the renewal day, the report's due day. */
  about: string;
  remindAt: string;
  parties: string[];
}

/** The agreement's own dates and their reminders: the lead times (the county's or the product's defaults, marked) and what is armed. */
export interface AgreementRemindersView {
  agreement: string;
  version: number;
  leads: ReminderLead[];
  upcoming: UpcomingReminderView[];
}
