import ical, { ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { type CalendarScope, type CalendarTruncation } from './calendar-collector.js';
import { type CalendarEntry } from './calendar-entry.js';
import { forBody, forParty } from './calendar.js';
import { STOCKHOLM } from './dates.js';
import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';

/** Whose feed: one per party, one per body, or the whole agreement. */
export type ICalendarScope = CalendarScope;

export interface ICalendarOptions {
  /** The feed's name as calendar programs show it: "Operation Norrsken – Östersunds kommun". */
  name: string;
  scope: ICalendarScope;
  /** DTSTAMP of every event: when the feed was made, an ISO instant with Z or an offset. */
  dtstamp: string;
  /**
   * Why the entries are fewer than the range holds (CalendarView.truncation): said in the feed's
   * description (X-WR-CALDESC), which calendar programs show, and marked X-SAMVERKAN-TRUNCATED.
   */
  truncation?: readonly CalendarTruncation[];
}

/**
 * Europe/Stockholm as a VTIMEZONE (RFC 5545 §3.6.5): CET/CEST with the EU rule in force since
 * 1996 (summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00).
 * Written out so the library needs no time-zone database; calendar.spec checks it against
 * luxon's.
 */
export const stockholmVTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An RFC 5545 feed of the entries in scope (a party's or a body's entries only, picked with
 * forParty or forBody), with times as Europe/Stockholm wall-clock times (TZID plus its
 * VTIMEZONE), all-day entries as dates, and each entry's UID, so that a subscriber who
 * re-fetches the feed updates events instead of adding copies. No clock is read: DTSTAMP is
 * passed in.
 */
export function toICalendar(entries: readonly CalendarEntry[], options: ICalendarOptions): CalculatorResult<string> {
  const problems: CalculatorProblem[] = [];
  const stamp = instantPattern.test(options.dtstamp) ? DateTime.fromISO(options.dtstamp, { setZone: true }) : undefined;
  if (stamp === undefined || !stamp.isValid) {
    problems.push(
      problem(
        'INVALID_DATE_TIME',
        ['dtstamp'],
        `Ogiltig tidsstämpel ${JSON.stringify(options.dtstamp)}: ange en tidpunkt med tidszon, t.ex. 2026-11-23T12:00:00Z.`,
        `Invalid timestamp ${JSON.stringify(options.dtstamp)}: give an instant with an offset, e.g. 2026-11-23T12:00:00Z.`,
      ),
    );
    return failed(problems);
  }

  const truncation = options.truncation ?? [];
  const calendar = ical({
    name: options.name,
    prodId: { company: 'samverkan', product: 'agreements', language: 'SV' },
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as local time
    // without "Z". Each event carries TZID=Europe/Stockholm and the generator adds the VTIMEZONE.
    timezone: { name: null, generator: (zone) => (zone === STOCKHOLM ? stockholmVTimezone : null) },
    x: {
      'X-WR-TIMEZONE': STOCKHOLM,
      ...(truncation.length > 0 ? { 'X-SAMVERKAN-TRUNCATED': 'TRUE' } : {}),
    },
    ...(truncation.length > 0 ? { description: `Avkortad: ${truncation.map((cut) => cut.message.sv).join(' ')}` } : {}),
  });
  for (const entry of inScope(entries, options.scope)) {
    const start = DateTime.fromISO(entry.start, { setZone: true }).setZone(STOCKHOLM);
    calendar.createEvent({
      id: entry.uid,
      stamp: stamp.toUTC(),
      start,
      ...(entry.end === undefined ? {} : { end: DateTime.fromISO(entry.end, { setZone: true }).setZone(STOCKHOLM) }),
      allDay: entry.allDay,
      timezone: STOCKHOLM,
      summary: entry.title,
      description: entry.description,
      // RFC 5545 §3.8.7.1 LOCATION, escaped as TEXT (§3.3.11) by the generator; none where the
      // text names no place.
      ...(entry.location === undefined ? {} : { location: entry.location }),
      transparency: entry.allDay ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  return ok(calendar.toString());
}

function inScope(entries: readonly CalendarEntry[], scope: ICalendarScope): readonly CalendarEntry[] {
  switch (scope.kind) {
    case 'party':
      return forParty(entries, scope.key);
    case 'body':
      return forBody(entries, scope.key);
    case 'agreement':
      return entries;
  }
}
