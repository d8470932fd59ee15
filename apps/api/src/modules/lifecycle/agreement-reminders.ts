import {
  type AgreementVersion,
  type CalendarEntry,
  calendarBetween,
  calendarInputOf,
  earliestWithdrawalDate,
} from '@samverkan/agreements';
import { DateTime, Duration } from 'luxon';

const ZONE = 'Europe/Stockholm';

/** The notices about the agreement's own dates that are not reminders of a routine's task. */
export type DateNoticeKind =
  'lastDayToGiveNotice' | 'renewalComing' | 'followUpDue' | 'meetingInvitation' | 'minutesDue' | 'meetingToSchedule';

/** How long before a date its reminder goes out: product defaults, shown as such. */
export interface ReminderLead {
  kind: DateNoticeKind;
  /** ISO 8601 duration before the date. */
  before: string;
  /** Local time in Stockholm the reminder is written on its day. */
  at: string;
  source: { kind: 'product'; note: string };
}

export const REMINDER_LEADS: Record<DateNoticeKind, ReminderLead> = {
  lastDayToGiveNotice: {
    kind: 'lastDayToGiveNotice',
    before: 'P30D',
    at: '08:00',
    source: {
      kind: 'product',
      note: 'Produktens förval: 30 dagar före sista dagen att säga upp inför nästa årsskifte (dagen följer av överenskommelsens regel om utträde).',
    },
  },
  renewalComing: {
    kind: 'renewalComing',
    before: 'P30D',
    at: '08:00',
    source: { kind: 'product', note: 'Produktens förval: 30 dagar innan överenskommelsen förlängs av sig själv.' },
  },
  meetingInvitation: {
    kind: 'meetingInvitation',
    before: 'P7D',
    at: '08:00',
    source: {
      kind: 'product',
      note: 'Produktens förval: kallelse med kalenderfil (.ics) 7 dagar före varje möte som överenskommelsen daterar.',
    },
  },
  minutesDue: {
    kind: 'minutesDue',
    before: 'P13D',
    at: '08:00',
    source: {
      kind: 'product',
      note: 'Produktens förval: protokollet ska vara klart 14 dagar efter mötet; sammankallande påminns dagen efter mötet (13 dagar före).',
    },
  },
  meetingToSchedule: {
    kind: 'meetingToSchedule',
    before: 'P0D',
    at: '08:00',
    source: {
      kind: 'product',
      note: 'Produktens förval: när en period börjar (eller när överenskommelsen publiceras) för ett organ som möts ett antal gånger per period och vars sammankallande är namngiven, så länge perioden har för få daterade möten.',
    },
  },
  followUpDue: {
    kind: 'followUpDue',
    before: 'P14D',
    at: '08:00',
    source: {
      kind: 'product',
      note: 'Produktens förval: 14 dagar före en årlig rapport som överenskommelsen daterar (samma som livscykelns påminnelse om uppföljningsplanen).',
    },
  },
};

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
        plan('lastDayToGiveNotice', lastDay.date, lastDay.partyKeys, now, {
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
        plan('renewalComing', on, end.partyKeys, now, {
          renewal: { on: swedishDate(on), until: swedishDate(next.date) },
        }),
      );
    }
  }

  const report = first('annualReport');
  if (report && (!only || only === 'followUpDue')) {
    planned.push(
      plan('followUpDue', report.date, report.partyKeys, now, {
        followUp: { duty: 'Den årliga verksamhetsrapporten', due: swedishDate(report.date) },
      }),
    );
  }
  return planned;
}

/** The reminder of a date, `lead` before it at the lead's time of day (at once if that has passed). */
export function plan(
  kind: DateNoticeKind,
  about: string,
  partyKeys: string[],
  now: Date,
  values: NoticeValues,
): PlannedReminder {
  const lead = REMINDER_LEADS[kind];
  const [hour, minute] = lead.at.split(':').map(Number);
  const at = DateTime.fromISO(about, { zone: ZONE })
    .minus(Duration.fromISO(lead.before))
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
