import {
  type AgreementVersion,
  calendarBetween,
  calendarInputOf,
  formatStockholmTime,
  toICalendar,
} from '@samverkan/agreements';
import { DateTime } from 'luxon';
import { convenerParty } from '../agreements/meeting-dates.service.js';
import { type PlannedReminder, plan, plusDays, swedishDate } from './agreement-reminders.js';

const ZONE = 'Europe/Stockholm';
/** The next meeting of a body is looked for within a year (a body meets at least yearly). */
const HORIZON_YEARS = 1;
/** Minutes are due this many days after the meeting: a product default (no text gives a time). */
const MINUTES_WITHIN_DAYS = 14;

export type MeetingNoticeKind = 'meetingInvitation' | 'minutesDue' | 'meetingToSchedule';

/**
 * For each body (or the one named) the next meeting after `now` that its cadence dates or its
 * convener has dated (`scheduled`), from `from` on: an invitation to the body's members with the
 * meeting as an `.ics`, and, where the agreement names the body's convener, a reminder to the
 * convener that the minutes are due. For a body that meets a count per period ("4 gånger per
 * år") and has a convener: a notice to the convener at the start of the next period still short
 * of dated meetings, to date them (`meetingToSchedule`).
 */
export function nextMeetingReminders(
  content: AgreementVersion,
  from: string,
  now: Date,
  scheduled: ReadonlyMap<string, readonly string[]>,
  only?: { kinds: readonly MeetingNoticeKind[]; bodyKey: string },
): PlannedReminder[] {
  const to = DateTime.fromISO(from, { zone: ZONE }).plus({ years: HORIZON_YEARS }).toISODate() ?? from;
  const input = calendarInputOf(content, scheduled);
  const planned: PlannedReminder[] = [];
  const wanted = (kind: MeetingNoticeKind) => !only || only.kinds.includes(kind);
  for (const body of content.bodies ?? []) {
    if (only && only.bodyKey !== body.key) continue;
    const scope = { kind: 'body', key: body.key } as const;
    const calendar = calendarBetween(input, from, to, { scope, maxEntries: 50 });
    if (!calendar.ok) continue;
    const convener = convenerParty(content, body.convener?.ref);
    const short = calendar.value.entries.find(
      (entry) =>
        entry.meetingsToSchedule !== undefined &&
        (entry.meetingsToSchedule.scheduled ?? 0) < entry.meetingsToSchedule.min,
    )?.meetingsToSchedule;
    if (short && convener && wanted('meetingToSchedule')) {
      const startsOn = short.periodStartsOn > from ? short.periodStartsOn : from;
      const reminder = plan(content, 'meetingToSchedule', startsOn, [convener], now, {
        meeting: {
          body: body.name,
          period: `${swedishDate(short.periodStartsOn)} – ${swedishDate(short.periodEndsOn)}`,
        },
      });
      // Chained by the period's end: the next one is the next period's.
      planned.push({ ...reminder, about: short.periodEndsOn, bodyKey: body.key });
    }
    const meeting = calendar.value.entries.find(
      (entry) => entry.kind === 'meeting' && entry.dated && new Date(entry.start) > now,
    );
    if (!meeting) continue;
    const startsAt = formatStockholmTime(new Date(meeting.start));
    if (wanted('meetingInvitation')) {
      const ics = toICalendar([meeting], {
        name: `${content.shortName ?? content.title} – ${body.name}`,
        scope,
        dtstamp: now.toISOString(),
      });
      const invitation = plan(content, 'meetingInvitation', meeting.date, meeting.partyKeys, now, {
        meeting: { body: body.name, startsAt, place: meeting.location ?? 'anges inte i överenskommelsen' },
      });
      planned.push({
        ...invitation,
        bodyKey: body.key,
        ...(ics.ok
          ? { attachment: { filename: 'mote.ics', contentType: 'text/calendar; charset=utf-8', content: ics.value } }
          : {}),
      });
    }
    if (convener && wanted('minutesDue')) {
      const due = plusDays(meeting.date, MINUTES_WITHIN_DAYS);
      const reminder = plan(content, 'minutesDue', due, [convener], now, {
        meeting: { body: body.name, heldAt: startsAt },
        due: swedishDate(due),
      });
      // Chained by the meeting's day, like the invitation: the next one is the next meeting's.
      planned.push({ ...reminder, about: meeting.date, bodyKey: body.key });
    }
  }
  return planned;
}
