/** A party's notice of withdrawal from an agreement, as recorded. */
export interface WithdrawalNoticeView {
  party: string;
  partyName: string;
  /** The published version whose withdrawal rule gave the effective day. */
  version: number;
  givenOn: string;
  /** The last day the party is bound (inclusive): the withdrawal rule's `effectiveOn`. */
  effectiveOn: string;
  /** The first day the party is no longer bound. */
  freeFrom: string;
  signatoryFunction: string;
  recordedAt: string;
}

/** A notice just recorded, and the parties the `withdrawalReceived` notice was queued to. */
export interface RecordedWithdrawalView extends WithdrawalNoticeView {
  agreement: string;
  /** The clause of the withdrawal rule, and whether it asks for notice in writing. */
  clause: string;
  inWriting: boolean;
  /**
   * The parties told (`withdrawalReceived`): the other parties and the withdrawing one's own
   * contacts as a receipt. Empty when the version runs no lifecycle, on which notices hang.
   */
  notified: string[];
}

/** The notices of withdrawal given from an agreement, in the order they were given. */
export interface WithdrawalNoticesView {
  agreement: string;
  notices: WithdrawalNoticeView[];
}
