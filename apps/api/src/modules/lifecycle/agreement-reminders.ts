import {
  type AgreementVersion,
  type CalendarEntry,
  type DateNoticeKind,
  calendarBetween,
  calendarInputOf,
  earliestWithdrawalDate,
  reminderLeadOf,
} from '@samverkan/agreements';
import { DateTime } from 'luxon';

export type { DateNoticeKind } from '@samverkan/agreements';

const ZONE = 'Europe/Stockholm';

/** What a notice about the agreement's dates shows: its kind's own variables (notice-kinds.ts). */
export type NoticeValues = { [field: string]: string | NoticeValues };

/** A file an e-mail carries: a meeting's invitation its `.ics`. */
export interface NoticeFile {
  filename: string;
  contentType: string;
  content: string;
}

/** One reminder to arm: when, about which date, to whom, and what its notice says. */
export interface PlannedReminder {
  kind: DateNoticeKind;
  /** The date it is about (`YYYY-MM-DD`, Stockholm): the last day, the renewal day, the due day, the meeting's day. */
  about: string;
  remindAt: Date;
  partyKeys: string[];
  values: NoticeValues;
  /** The body whose meeting it is about (meeting notices). */
  bodyKey?: string;
  attachment?: NoticeFile;
}

/** How far ahead the calendar is read for the next date of each kind (a yearly date is found). */
const HORIZON_YEARS = 2;

/**
 * The next reminder of each kind about a date on or after `from`: the last day to give notice
 * before the coming year end (the calendar's, from the agreement's withdrawal rule), the next
 * automatic renewal (the term's), and the next annual report the agreement dates. Nothing where
 * the agreement gives no date (no withdrawal rule, no renewal, a report without a day): a date is
 * never invented. A reminder whose time has passed while its date has not goes out at `now`.
 */
export function nextReminders(
  content: AgreementVersion,
  from: string,
  now: Date,
  only?: Exclude<DateNoticeKind, 'meetingInvitation' | 'minutesDue' | 'meetingToSchedule'>,
): PlannedReminder[] {
  const to = DateTime.fromISO(from, { zone: ZONE }).plus({ years: HORIZON_YEARS }).toISODate() ?? from;
  const calendar = calendarBetween(calendarInputOf(content), from, to);
  if (!calendar.ok) return [];
  const entries = calendar.value.entries;
  const planned: PlannedReminder[] = [];
  const first = (kind: CalendarEntry['kind']) => entries.find((entry) => entry.kind === kind && entry.dated);

  const lastDay = first('withdrawalNoticeDeadline');
  if (lastDay && content.withdrawal && (!only || only === 'lastDayToGiveNotice')) {
    // Notice given on the last day takes effect at the year end it is the last day for.
    const effective = earliestWithdrawalDate(content.withdrawal, lastDay.date);
    if (effective.ok) {
      planned.push(
        plan(content, 'lastDayToGiveNotice', lastDay.date, lastDay.partyKeys, now, {
          notice: { lastDay: swedishDate(lastDay.date), termEnds: swedishDate(effective.value.effectiveOn) },
        }),
      );
    }
  }

  const renewal = content.term?.renewal;
  if (renewal?.kind === 'automatic' && (!only || only === 'renewalComing')) {
    const ends = entries.filter((entry) => entry.kind === 'periodEnds');
    const [end, next] = ends;
    if (end && next) {
      const on = plusDays(end.date, 1);
      planned.push(
        plan(content, 'renewalComing', on, end.partyKeys, now, {
          renewal: { on: swedishDate(on), until: swedishDate(next.date) },
        }),
      );
    }
  }

  const report = first('annualReport');
  if (report && (!only || only === 'followUpDue')) {
    planned.push(
      plan(content, 'followUpDue', report.date, report.partyKeys, now, {
        followUp: { duty: 'Den årliga verksamhetsrapporten', due: swedishDate(report.date) },
      }),
    );
  }
  return planned;
}

/**
 * The reminder of a date, its lead time before it (the county's, or the product's default) at the
 * lead's time of day; at once if that has passed.
 */
export function plan(
  content: Pick<AgreementVersion, 'reminderLeads'>,
  kind: DateNoticeKind,
  about: string,
  partyKeys: string[],
  now: Date,
  values: NoticeValues,
): PlannedReminder {
  const lead = reminderLeadOf(content, kind);
  const [hour, minute] = lead.at.split(':').map(Number);
  const at = DateTime.fromISO(about, { zone: ZONE })
    .minus({ days: lead.daysBefore })
    .set({ hour: hour ?? 8, minute: minute ?? 0 })
    .toJSDate();
  return { kind, about, remindAt: at < now ? now : at, partyKeys, values };
}

/** The day after a local date. */
export function plusDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate() ?? date;
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "tisdag 30 juni 2026": a local date as a Swedish reader expects it in a notice. */
export function swedishDate(date: string): string {
  return dateFormat.format(DateTime.fromISO(date, { zone: ZONE }).set({ hour: 12 }).toJSDate());
}
