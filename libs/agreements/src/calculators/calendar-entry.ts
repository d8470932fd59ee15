import { type PartPeriodReading } from './meeting-periods.js';

/** One thing in an agreement's calendar: a meeting, a deadline, a renewal date. */
export type CalendarEntryKind =
  | 'meeting'
  | 'meetingsToSchedule'
  | 'commitmentDue'
  | 'commitmentRecurs'
  | 'followUpPlanDue'
  | 'annualReport'
  | 'periodEnds'
  | 'withdrawalNoticeDeadline';

export interface CalendarEntry {
  /** Stable across exports: from the agreement, the kind, the source and the local start. */
  uid: string;
  kind: CalendarEntryKind;
  /**
   * False for a note standing for a period, when the agreement sets no day: meetings "4 gånger
   * per år" whose dates the convener sets, an annual report without a day. Such an entry sits
   * on the first day of its period that lies in the range.
   */
  dated: boolean;
  /** Local date in Stockholm, `YYYY-MM-DD`. */
  date: string;
  /** ISO 8601 with the Stockholm offset; 00:00 of `date` for all-day entries. */
  start: string;
  /** Only for meetings: start plus their length in elapsed minutes. */
  end?: string;
  allDay: boolean;
  /** Swedish. */
  title: string;
  /** Swedish: the clause and who it concerns. */
  description: string;
  partyKeys: string[];
  bodyKey?: string;
  clause?: string;
  /**
   * Where a body meets, when its text names a place (Jämtland § 12: "Samrådsmöten hålls i
   * Östersund"); left out where the text names none. The `.ics` LOCATION.
   */
  location?: string;
  /**
   * For `meetingsToSchedule`: how many meetings the convener must set in the period. For a
   * period the agreement is in force only part of (its first, when it starts within a year),
   * the count is the product's reading of the text's, and `reading` says how it was counted.
   */
  meetingsToSchedule?: {
    min: number;
    max?: number;
    /** How many of the period's meetings the convener has dated (each a `meeting` entry of its own); left out for none. */
    scheduled?: number;
    periodStartsOn: string;
    periodEndsOn: string;
    reading?: PartPeriodReading;
  };
}
