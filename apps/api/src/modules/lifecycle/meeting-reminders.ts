import {
  type AgreementVersion,
  calendarBetween,
  calendarInputOf,
  formatStockholmTime,
  toICalendar,
} from '@samverkan/agreements';
import { DateTime } from 'luxon';
import { type PlannedReminder, plan, plusDays, swedishDate } from './agreement-reminders.js';

const ZONE = 'Europe/Stockholm';
/** The next meeting of a body is looked for within a year (a body meets at least yearly). */
const HORIZON_YEARS = 1;
/** Minutes are due this many days after the meeting: a product default (no text gives a time). */
const MINUTES_WITHIN_DAYS = 14;

/**
 * For each body (or the one named) the next meeting its cadence dates after `now`, from `from`
 * on: an invitation to the body's members with the meeting as an `.ics`, and, where the
 * agreement names the body's convener, a reminder to the convener that the minutes are due.
 * A body whose meetings the convener dates ("4 gånger per år") has no dated meeting here.
 */
export function nextMeetingReminders(
  content: AgreementVersion,
  from: string,
  now: Date,
  only?: { kind: 'meetingInvitation' | 'minutesDue'; bodyKey: string },
): PlannedReminder[] {
  const to = DateTime.fromISO(from, { zone: ZONE }).plus({ years: HORIZON_YEARS }).toISODate() ?? from;
  const input = calendarInputOf(content);
  const planned: PlannedReminder[] = [];
  for (const body of content.bodies ?? []) {
    if (only && only.bodyKey !== body.key) continue;
    const scope = { kind: 'body', key: body.key } as const;
    const calendar = calendarBetween(input, from, to, { scope, maxEntries: 50 });
    if (!calendar.ok) continue;
    const meeting = calendar.value.entries.find(
      (entry) => entry.kind === 'meeting' && entry.dated && new Date(entry.start) > now,
    );
    if (!meeting) continue;
    const startsAt = formatStockholmTime(new Date(meeting.start));
    if (!only || only.kind === 'meetingInvitation') {
      const ics = toICalendar([meeting], {
        name: `${content.shortName ?? content.title} – ${body.name}`,
        scope,
        dtstamp: now.toISOString(),
      });
      const invitation = plan('meetingInvitation', meeting.date, meeting.partyKeys, now, {
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
    const convener = convenerParty(content, body.convener?.ref);
    if (convener && (!only || only.kind === 'minutesDue')) {
      const due = plusDays(meeting.date, MINUTES_WITHIN_DAYS);
      const reminder = plan('minutesDue', due, [convener], now, {
        meeting: { body: body.name, heldAt: startsAt },
        due: swedishDate(due),
      });
      // Chained by the meeting's day, like the invitation: the next one is the next meeting's.
      planned.push({ ...reminder, about: meeting.date, bodyKey: body.key });
    }
  }
  return planned;
}

/** The party that convenes: named, or the party that provides the convening role; none if unnamed. */
function convenerParty(content: AgreementVersion, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (content.parties.some((party) => party.key === ref)) return ref;
  return content.roles?.find((role) => role.key === ref)?.providedBy?.party;
}
