import { DateTime } from 'luxon';
import { type CalendarBodyInput, type CalendarCommitmentInput, type CalendarInput } from './calendar-input.js';
import { type CalendarEntry, calendarBetween, forBody, forParty } from './calendar.js';
import { stockholmVTimezone, toICalendar } from './icalendar.js';
import { RRule } from './recurrence.js';

// Seed 002 (Jämtland, Operation Norrsken), reduced to what the calendar reads. The weekday and
// hour of the weekly consultations (§ 12 "på fasta tider varje vecka") are the county's own
// choice, not the text's: Tuesdays 09:00 here.
const municipalities = ['berg', 'bracke', 'harjedalen', 'krokom', 'ragunda', 'stromsund', 'are', 'ostersund'];

function jamtland(): CalendarInput {
  const names: Record<string, string> = {
    polis: 'Polismyndigheten, Polisområde Jämtland',
    region: 'Region Jämtland Härjedalen',
    ostersund: 'Östersunds kommun',
  };
  const parties = ['polis', 'region', ...municipalities].map((key) => ({
    key,
    name: names[key] ?? `${key} kommun`,
  }));
  const everyone = parties.map((party) => party.key);
  const bodies: CalendarBodyInput[] = [
    { key: 'tmv', name: 'Ledningsgruppen Tillsammans mot våld', memberPartyKeys: everyone, clause: '9' },
    {
      key: 'styrgrupp',
      name: 'Styrgrupp Operation Norrsken',
      memberPartyKeys: everyone,
      cadence: { kind: 'countPerPeriod', per: 'year', min: 4, max: 4, clause: '9' },
    },
    {
      key: 'samrad',
      name: 'Samrådsmöte',
      memberPartyKeys: ['polis', 'region', 'ostersund'],
      cadence: {
        kind: 'recurrence',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        firstStart: '2023-03-07T09:00',
        durationMinutes: 90,
        clause: '12',
      },
    },
  ];
  const commitments: CalendarCommitmentInput[] = [
    {
      key: 'polis-lokal',
      kind: 'standing',
      title: 'Tillgodose möteslokal och teknik för samrådsmöten',
      partyKeys: ['polis'],
      clause: '10.1',
    },
    {
      key: 'ostersund-sysselsattning',
      kind: 'recurring',
      title: 'Ta ställning till samordnarens sysselsättningsgrad inför årlig rapportering',
      partyKeys: ['ostersund'],
      clause: '10.4',
      reportsToBodyKey: 'styrgrupp',
      rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30',
      firstOn: '2023-11-30',
    },
  ];
  return {
    agreementKey: 'jamtland-norrsken',
    parties,
    bodies,
    commitments,
    followUp: {
      plan: { dueOn: '2023-06-30', clause: '14.2' },
      annualReport: { toBodyKey: 'tmv', clause: '9' },
    },
    term: { start: '2023-03-01', end: '2023-12-31', renewal: 'P1Y', clause: '16' },
    withdrawal: { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' },
  };
}

function entriesOf(input: CalendarInput, from: string, to: string): CalendarEntry[] {
  const result = calendarBetween(input, from, to);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.value.truncated).toBe(false);
  return result.value.entries;
}

function weekly(rrule: string, firstStart: string): CalendarInput {
  return {
    agreementKey: 'test',
    parties: [{ key: 'a', name: 'A' }],
    bodies: [{ key: 'b', name: 'Gruppen', memberPartyKeys: ['a'], cadence: { kind: 'recurrence', rrule, firstStart } }],
  };
}

const hoursBetween = (a: string, b: string): number => DateTime.fromISO(b).diff(DateTime.fromISO(a), 'hours').hours;

describe('calendarBetween: meetings across daylight saving time', () => {
  it('keeps a Tuesday 09:00 meeting at 09:00 local over the last Sunday of March 2026', () => {
    const starts = entriesOf(weekly('FREQ=WEEKLY;BYDAY=TU', '2026-01-06T09:00'), '2026-03-17', '2026-04-07').map(
      (entry) => entry.start,
    );
    expect(starts).toEqual([
      '2026-03-17T09:00:00+01:00',
      '2026-03-24T09:00:00+01:00',
      '2026-03-31T09:00:00+02:00',
      '2026-04-07T09:00:00+02:00',
    ]);
    // The week with the clock change is one hour short in elapsed time.
    expect(hoursBetween(starts[1] ?? '', starts[2] ?? '')).toBe(167);
  });

  it('keeps it at 09:00 over the last Sunday of October 2026', () => {
    const starts = entriesOf(weekly('FREQ=WEEKLY;BYDAY=TU', '2026-01-06T09:00'), '2026-10-20', '2026-10-27').map(
      (entry) => entry.start,
    );
    expect(starts).toEqual(['2026-10-20T09:00:00+02:00', '2026-10-27T09:00:00+01:00']);
    expect(hoursBetween(starts[0] ?? '', starts[1] ?? '')).toBe(169);
  });

  it('moves a 02:30 meeting on the spring-forward night to 03:30, and takes the first 02:30 in autumn', () => {
    const input = weekly('FREQ=WEEKLY;BYDAY=SU', '2026-03-22T02:30');
    expect(entriesOf(input, '2026-03-29', '2026-03-29').map((entry) => entry.start)).toEqual([
      '2026-03-29T03:30:00+02:00',
    ]);
    expect(entriesOf(input, '2026-10-25', '2026-10-25').map((entry) => entry.start)).toEqual([
      '2026-10-25T02:30:00+02:00',
    ]);
  });

  it('gives meetings their length in elapsed minutes', () => {
    const meeting = entriesOf(jamtland(), '2026-03-31', '2026-03-31').find((entry) => entry.kind === 'meeting');
    expect(meeting).toMatchObject({ start: '2026-03-31T09:00:00+02:00', end: '2026-03-31T10:30:00+02:00' });
  });

  it('expands monthly rules on the last weekday and on month ends that do not exist', () => {
    const lastFriday = entriesOf(weekly('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-30T13:00'), '2026-02-01', '2026-03-31');
    expect(lastFriday.map((entry) => entry.date)).toEqual(['2026-02-27', '2026-03-27']);
    const the31st = entriesOf(weekly('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-31T13:00'), '2026-01-01', '2026-05-31');
    expect(the31st.map((entry) => entry.date)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });
});

describe('calendarBetween on the Jämtland agreement', () => {
  const year2023 = entriesOf(jamtland(), '2023-01-01', '2023-12-31');

  it('puts the follow-up plan on 30 June 2023 for all ten parties (§ 14.2)', () => {
    const plan = year2023.filter((entry) => entry.kind === 'followUpPlanDue');
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ date: '2023-06-30', allDay: true, dated: true, clause: '14.2' });
    expect(plan[0]?.partyKeys).toHaveLength(10);
  });

  it('marks the end of the first period and its renewal through 2024 (§ 16)', () => {
    const ends = year2023.filter((entry) => entry.kind === 'periodEnds');
    expect(ends.map((entry) => [entry.date, entry.clause])).toEqual([['2023-12-31', '16']]);
    expect(ends[0]?.title).toContain('t.o.m. 2024-12-31');
  });

  it('marks 30 June as the last day to give written notice for the year end (§ 17)', () => {
    const notice = year2023.filter((entry) => entry.kind === 'withdrawalNoticeDeadline');
    expect(notice.map((entry) => entry.date)).toEqual(['2023-06-30']);
    expect(notice[0]?.title).toContain('skriftligen');
    expect(notice[0]?.title).toContain('2023-12-31');
  });

  it('lists a weekly consultation every Tuesday from the first one, and no other meeting dates', () => {
    const meetings = year2023.filter((entry) => entry.kind === 'meeting');
    expect(meetings[0]?.start).toBe('2023-03-07T09:00:00+01:00');
    expect(meetings.every((entry) => DateTime.fromISO(entry.start).weekday === 2)).toBe(true);
    expect(meetings.every((entry) => entry.start.slice(11, 16) === '09:00')).toBe(true);
    // 7 March to 26 December 2023: 43 Tuesdays.
    expect(meetings).toHaveLength(43);
    expect(meetings.every((entry) => entry.bodyKey === 'samrad')).toBe(true);
  });

  it('gives "4 gånger per år" one undated note per year and no invented dates (§ 9)', () => {
    const twoYears = entriesOf(jamtland(), '2025-07-01', '2026-12-31').filter(
      (entry) => entry.bodyKey === 'styrgrupp' && entry.kind === 'meetingsToSchedule',
    );
    expect(twoYears.map((entry) => [entry.date, entry.dated])).toEqual([
      ['2025-07-01', false],
      ['2026-01-01', false],
    ]);
    expect(twoYears[0]?.meetingsToSchedule).toEqual({
      min: 4,
      max: 4,
      periodStartsOn: '2025-01-01',
      periodEndsOn: '2025-12-31',
    });
    expect(twoYears[0]?.title).toContain('sammankallande');
  });

  it('dates the meetings the convener has set, and counts them in their period’s note', () => {
    const input = jamtland();
    const bodies = (input.bodies ?? []).map((body) =>
      body.key === 'styrgrupp'
        ? { ...body, scheduled: ['2026-05-12T09:00:00+02:00', '2026-11-10T08:00:00Z', '2027-02-02T09:00:00+01:00'] }
        : body,
    );
    const styrgrupp = entriesOf({ ...input, bodies }, '2026-01-01', '2026-12-31').filter(
      (entry) => entry.bodyKey === 'styrgrupp' && (entry.kind === 'meeting' || entry.kind === 'meetingsToSchedule'),
    );
    expect(styrgrupp.map((entry) => [entry.kind, entry.start, entry.end, entry.dated])).toEqual([
      ['meetingsToSchedule', '2026-01-01T00:00:00+01:00', undefined, false],
      ['meeting', '2026-05-12T09:00:00+02:00', '2026-05-12T10:00:00+02:00', true],
      ['meeting', '2026-11-10T09:00:00+01:00', '2026-11-10T10:00:00+01:00', true],
    ]);
    expect(styrgrupp[0]?.meetingsToSchedule?.scheduled).toBe(2);
    expect(styrgrupp[0]?.title).toContain('(2 satta)');
  });

  it('notes the annual report to TMV as undated, since § 9 names no day', () => {
    const reports = year2023.filter((entry) => entry.kind === 'annualReport');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ bodyKey: 'tmv', dated: false, clause: '9' });
  });

  it('sorts entries by time', () => {
    const instants = year2023.map((entry) => DateTime.fromISO(entry.start).toMillis());
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });

  it('says which parties and which clause each entry concerns, in Swedish', () => {
    const meeting = year2023.find((entry) => entry.kind === 'meeting');
    expect(meeting?.partyKeys).toEqual(['polis', 'region', 'ostersund']);
    expect(meeting?.description).toContain('punkt 12');
    expect(meeting?.description).toContain('Östersunds kommun');
  });
});

describe('feeds per party and per body', () => {
  const entries = entriesOf(jamtland(), '2026-01-01', '2026-12-31');

  it('gives a party only what concerns it', () => {
    const berg = forParty(entries, 'berg');
    expect(berg.some((entry) => entry.kind === 'meeting')).toBe(false);
    expect(berg.some((entry) => entry.kind === 'commitmentRecurs')).toBe(false);
    expect(berg.some((entry) => entry.kind === 'withdrawalNoticeDeadline')).toBe(true);
    const ostersund = forParty(entries, 'ostersund');
    expect(ostersund.filter((entry) => entry.kind === 'commitmentRecurs').map((entry) => entry.date)).toEqual([
      '2026-11-30',
    ]);
    expect(ostersund.filter((entry) => entry.kind === 'meeting')).toHaveLength(52);
  });

  it('gives a body its meetings and what is reported to it', () => {
    const styrgrupp = forBody(entries, 'styrgrupp');
    expect(styrgrupp.map((entry) => entry.kind).sort()).toEqual(['commitmentRecurs', 'meetingsToSchedule']);
    expect(forBody(entries, 'samrad').every((entry) => entry.kind === 'meeting')).toBe(true);
  });
});

describe('UIDs', () => {
  it('are unique in a calendar and do not change with the range asked for', () => {
    const year = entriesOf(jamtland(), '2026-01-01', '2026-12-31');
    const autumn = entriesOf(jamtland(), '2026-09-15', '2027-02-01');
    expect(new Set(year.map((entry) => entry.uid)).size).toBe(year.length);
    const byUid = new Map(year.map((entry) => [entry.uid, entry]));
    const shared = autumn.filter((entry) => byUid.has(entry.uid));
    expect(shared.length).toBeGreaterThan(10);
    for (const entry of shared) expect(byUid.get(entry.uid)?.kind).toBe(entry.kind);
    // The 2026 steering-group note sits on 15 September in the second range, with the same UID.
    const note = (list: CalendarEntry[]): CalendarEntry | undefined =>
      list.find(
        (entry) => entry.kind === 'meetingsToSchedule' && entry.meetingsToSchedule?.periodStartsOn === '2026-01-01',
      );
    expect(note(autumn)?.date).toBe('2026-09-15');
    expect(note(autumn)?.uid).toBe(note(year)?.uid);
  });

  it('differ between two agreements with the same keys', () => {
    const other = { ...jamtland(), agreementKey: 'vasternorrland' };
    const a = entriesOf(jamtland(), '2026-03-31', '2026-03-31');
    const b = entriesOf(other, '2026-03-31', '2026-03-31');
    expect(a.map((entry) => entry.uid)).not.toEqual(b.map((entry) => entry.uid));
  });
});

describe('toICalendar', () => {
  const entries = entriesOf(jamtland(), '2026-03-20', '2026-04-10');
  const stamp = '2026-11-23T12:00:00Z';

  function feed(scope: Parameters<typeof toICalendar>[1]['scope']): string {
    const result = toICalendar(entries, { name: 'Operation Norrsken', scope, dtstamp: stamp });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  }

  it('writes wall-clock times with TZID=Europe/Stockholm and the VTIMEZONE they refer to', () => {
    const ics = feed({ kind: 'party', key: 'ostersund' });
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260324T090000');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260331T090000');
    expect(ics).toContain('DTEND;TZID=Europe/Stockholm:20260331T103000');
  });

  it('stamps every event with the DTSTAMP given, in UTC', () => {
    const ics = feed({ kind: 'agreement' });
    const events = ics.split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(entries.length);
    expect(ics.split('DTSTAMP:20261123T120000Z').length - 1).toBe(events);
  });

  it('puts only a party’s entries in its feed, each with its UID', () => {
    const ics = feed({ kind: 'party', key: 'berg' });
    const uids = [...ics.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]?.trim());
    expect(uids).toEqual(forParty(entries, 'berg').map((entry) => entry.uid));
    expect(ics).not.toContain('Samrådsmöte');
  });

  it('writes all-day entries as dates and the same text for the same input', () => {
    const ics = feed({ kind: 'body', key: 'styrgrupp' });
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260320/);
    expect(feed({ kind: 'body', key: 'styrgrupp' })).toBe(ics);
  });

  it('keeps to RFC 5545 lines: CRLF, at most 75 octets', () => {
    const ics = feed({ kind: 'agreement' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('refuses a DTSTAMP without an offset', () => {
    const result = toICalendar(entries, { name: 'x', scope: { kind: 'agreement' }, dtstamp: '2026-11-23 12:00' });
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([['INVALID_DATE_TIME', 'dtstamp']]);
  });

  it('has a VTIMEZONE whose rules give the same clock changes as the tz database', () => {
    const rule = (section: string): InstanceType<typeof RRule> => {
      const block = stockholmVTimezone.split(`BEGIN:${section}`)[1] ?? '';
      const rrule = /RRULE:(.*)/.exec(block)?.[1] ?? '';
      const start = /DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})/.exec(block) ?? [];
      const dtstart = new Date(Date.UTC(Number(start[1]), Number(start[2]) - 1, Number(start[3]), Number(start[4])));
      return new RRule({ ...RRule.parseString(rrule), dtstart });
    };
    const changes = (section: string): string[] =>
      rule(section)
        .between(new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2035, 11, 31)))
        .map((date) => date.toISOString().slice(0, 10));
    const fromTz = (month: number): string[] => {
      const found: string[] = [];
      for (let year = 2020; year <= 2035; year += 1) {
        let day = DateTime.fromObject({ year, month, day: 1 }, { zone: 'Europe/Stockholm' });
        while (day.offset === day.plus({ days: 1 }).offset) day = day.plus({ days: 1 });
        found.push(day.toISODate() ?? '');
      }
      return found;
    };
    expect(changes('DAYLIGHT')).toEqual(fromTz(3));
    expect(changes('STANDARD')).toEqual(fromTz(10));
  });
});

describe('calendarBetween on bad input', () => {
  it.each([
    ['FREQ=SOMETIMES', 'an unknown frequency'],
    ['FREQ=WEEKLY;BYDAY=XX', 'an unknown weekday'],
    ['FREQ=WEEKLY;BYHOUR=9', 'a time of day in the rule'],
    ['FREQ=HOURLY', 'a sub-daily frequency'],
    ['BYDAY=TU', 'no FREQ'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'FREQ twice'],
    ['FREQ=WEEKLY;BYDAY=1TU', 'a numbered weekday in a weekly rule'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'COUNT and UNTIL'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'day 32'],
    ['FREQ=WEEKLY;UNTIL=20260230', 'an UNTIL that does not exist'],
    ['DTSTART:20260101T090000Z\nRRULE:FREQ=WEEKLY', 'a DTSTART'],
    ['', 'nothing'],
  ])('refuses the RRULE %j (%s)', (rrule) => {
    const result = calendarBetween(weekly(rrule, '2026-01-06T09:00'), '2026-01-01', '2026-12-31');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const found of result.problems) {
      expect([found.code, found.path]).toEqual(['INVALID_RRULE', 'bodies.0.cadence.rrule']);
      expect(found.message.sv).toMatch(/\S/);
      expect(found.message.en).toMatch(/\S/);
    }
  });

  it('reports unknown parties and bodies, bad dates and a bad range all at once', () => {
    const input = jamtland();
    const broken: CalendarInput = {
      ...input,
      bodies: [
        ...(input.bodies ?? []),
        {
          key: 'ny',
          name: 'Ny grupp',
          memberPartyKeys: ['polis', 'kriminalvarden'],
          cadence: { kind: 'recurrence', rrule: 'FREQ=WEEKLY', firstStart: '2026-01-06 09:00' },
        },
      ],
      commitments: [
        {
          key: 'x',
          kind: 'dueBy',
          title: 'X',
          partyKeys: ['polis'],
          clause: '10.1',
          dueOn: '2026-02-30',
          reportsToBodyKey: 'arbetsgrupp',
        },
      ],
    };
    const result = calendarBetween(broken, '2026-12-31', '2026-01-01');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['UNKNOWN_PARTY', 'bodies.3.memberPartyKeys.1'],
        ['INVALID_DATE_TIME', 'bodies.3.cadence.firstStart'],
        ['INVALID_DATE', 'commitments.0.dueOn'],
        ['UNKNOWN_BODY', 'commitments.0.reportsToBodyKey'],
        ['INVALID_RANGE', 'to'],
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('refuses a range longer than ten years and counts that are not whole', () => {
    expect(calendarBetween(jamtland(), '2026-01-01', '2036-01-02').ok).toBe(false);
    const input = jamtland();
    const counts: CalendarInput = {
      ...input,
      bodies: [
        ...(input.bodies ?? []),
        {
          key: 'n',
          name: 'Nätverk',
          memberPartyKeys: ['berg'],
          cadence: { kind: 'countPerPeriod', per: 'term', min: 3, max: 2 },
        },
      ],
    };
    const result = calendarBetween(counts, '2026-01-01', '2026-12-31');
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['INVALID_COUNT']);
  });
});

describe('count-per-term cadences (seed 004, Nacka: "två till tre gånger per termin")', () => {
  it('gives one note per term and no dated meetings', () => {
    const input: CalendarInput = {
      agreementKey: 'nacka',
      parties: [{ key: 'nacka', name: 'Nacka kommun' }],
      bodies: [
        {
          key: 'natverk',
          name: 'Nätverk med andra kommuner',
          memberPartyKeys: ['nacka'],
          cadence: { kind: 'countPerPeriod', per: 'term', min: 2, max: 3 },
        },
      ],
    };
    const entries = entriesOf(input, '2026-01-01', '2026-12-31');
    expect(entries.map((entry) => [entry.kind, entry.date, entry.dated])).toEqual([
      ['meetingsToSchedule', '2026-01-01', false],
      ['meetingsToSchedule', '2026-08-01', false],
    ]);
    expect(entries[0]?.title).toContain('2–3 möten under vårterminen 2026');
    expect(entries[1]?.meetingsToSchedule).toEqual({
      min: 2,
      max: 3,
      periodStartsOn: '2026-08-01',
      periodEndsOn: '2026-12-31',
    });
  });
});

describe('a period the agreement is in force only part of', () => {
  const steering = (term: CalendarInput['term'], per: 'year' | 'term' = 'year'): CalendarInput => ({
    agreementKey: 'prov',
    parties: [{ key: 'a', name: 'A kommun' }],
    bodies: [
      {
        key: 'styrgrupp',
        name: 'Styrgruppen',
        memberPartyKeys: ['a'],
        cadence: { kind: 'countPerPeriod', per, min: 4, max: 4, clause: '9' },
      },
    ],
    ...(term === undefined ? {} : { term }),
  });

  const notes = (input: CalendarInput, from: string, to: string) =>
    entriesOf(input, from, to).filter((entry) => entry.kind === 'meetingsToSchedule');

  it('counts in proportion to the days in force, rounded up: two months of "4 per år" are one meeting', () => {
    const [first, second] = notes(
      steering({ start: '2023-11-01', end: '2023-12-31', renewal: 'P1Y' }),
      '2023-01-01',
      '2024-12-31',
    );
    expect(first).toMatchObject({
      date: '2023-11-01',
      meetingsToSchedule: {
        min: 1,
        max: 1,
        periodStartsOn: '2023-01-01',
        reading: { daysInForce: 61, daysInPeriod: 365, fullMin: 4, fullMax: 4 },
      },
    });
    expect(first?.description).toContain('4 × 61/365 = 0,7 → 1');
    expect(second?.meetingsToSchedule).toEqual({
      min: 4,
      max: 4,
      periodStartsOn: '2024-01-01',
      periodEndsOn: '2024-12-31',
    });
  });

  it('ends with a term that is not renewed, and reads its last part the same way', () => {
    const entries = notes(
      steering({ start: '2023-01-01', end: '2024-06-30', renewal: 'none' }),
      '2023-01-01',
      '2025-12-31',
    );
    expect(entries.map((entry) => [entry.date, entry.meetingsToSchedule?.min])).toEqual([
      ['2023-01-01', 4],
      ['2024-01-01', 2],
    ]);
    expect(entries[1]?.meetingsToSchedule?.reading).toMatchObject({ inForceThrough: '2024-06-30', daysInForce: 182 });
  });

  it('counts nothing before the agreement starts, and whole periods when there is no term', () => {
    expect(
      entriesOf(steering({ start: '2023-03-01', end: '2023-12-31', renewal: 'P1Y' }), '2022-01-01', '2022-12-31'),
    ).toEqual([]);
    expect(entriesOf(steering(undefined), '2022-01-01', '2022-12-31').map((e) => e.meetingsToSchedule?.min)).toEqual([
      4,
    ]);
  });
});

describe('where a body meets', () => {
  const withPlace = (name: string): CalendarInput => ({
    ...jamtland(),
    bodies: (jamtland().bodies ?? []).map((body) =>
      body.key === 'samrad' ? { ...body, place: { name, clause: '12' } } : body,
    ),
  });

  it('puts the place of the text on the body’s meetings, and none on others', () => {
    const entries = entriesOf(withPlace('Östersund'), '2023-03-01', '2023-03-31');
    expect(new Set(entries.filter((e) => e.kind === 'meeting').map((e) => e.location))).toEqual(new Set(['Östersund']));
    expect(entries.filter((e) => e.kind !== 'meeting').every((e) => e.location === undefined)).toBe(true);
  });

  it('writes it as the LOCATION of the .ics, escaped as RFC 5545 TEXT', () => {
    const entries = entriesOf(withPlace('Rådhuset, sal 3; Östersund'), '2023-03-07', '2023-03-07');
    const feed = toICalendar(entries, { name: 'Prov', scope: { kind: 'agreement' }, dtstamp: '2023-01-01T00:00:00Z' });
    if (!feed.ok) throw new Error('no feed');
    const unfolded = feed.value.replace(/\r\n[ \t]/g, '');
    expect(unfolded.match(/^LOCATION:.*$/gm)).toEqual(['LOCATION:Rådhuset\\, sal 3\\; Östersund']);
    const plain = toICalendar(entriesOf(jamtland(), '2023-03-07', '2023-03-07'), {
      name: 'Prov',
      scope: { kind: 'agreement' },
      dtstamp: '2023-01-01T00:00:00Z',
    });
    expect(plain.ok && /^LOCATION:/m.test(plain.value)).toBe(false);
  });
});
