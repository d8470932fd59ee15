import { type CalendarBodyInput, type CalendarInput } from './calendar-input.js';
import { CALENDAR_MAX_ENTRIES, type CalendarEntry, type CalendarView, calendarBetween } from './calendar.js';
import { toICalendar } from './icalendar.js';
import { obligationsOf } from './obligations.js';

// Validation refuses a rule that never occurs (schema/validate-computable.spec.ts); here the
// calculators get one directly, as a draft stored before that check, or a bug, would give them.
const never = 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31';

function body(key: string, rrule: string, members = ['a']): CalendarBodyInput {
  return {
    key,
    name: `Grupp ${key}`,
    memberPartyKeys: members,
    cadence: { kind: 'recurrence', rrule, firstStart: '2026-01-01T09:00' },
  };
}

function agreement(bodies: CalendarBodyInput[]): CalendarInput {
  return {
    agreementKey: 'limits',
    parties: [
      { key: 'a', name: 'A' },
      { key: 'b', name: 'B' },
    ],
    bodies,
  };
}

function view(input: CalendarInput, from: string, to: string, options = {}): CalendarView {
  const result = calendarBetween(input, from, to, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const dailyBodies = (count: number): CalendarBodyInput[] =>
  Array.from({ length: count }, (_, index) => body(`daglig-${index}`, 'FREQ=DAILY'));

describe('a calendar with a rule that never occurs', () => {
  it('answers quickly with the other bodies’ meetings and says which rule it could not expand', () => {
    const input = agreement([body('aldrig', never), body('tisdagar', 'FREQ=WEEKLY;BYDAY=TU')]);
    const { value, ms } = timed(() => view(input, '2026-01-01', '2026-12-31'));
    expect(ms).toBeLessThan(2000);
    expect(value.entries.filter((entry) => entry.bodyKey === 'tisdagar')).toHaveLength(52);
    expect(value.truncated).toBe(true);
    expect(value.truncation).toEqual([
      expect.objectContaining({ reason: 'expansionBudget', path: 'bodies.0.cadence.rrule', completeThrough: null }),
    ]);
  });

  it('lists obligations quickly, the rule’s next meeting unknown and said to be so', () => {
    const input = agreement([body('aldrig', never), body('tisdagar', 'FREQ=WEEKLY;BYDAY=TU')]);
    const { value: result, ms } = timed(() => obligationsOf(input, 'a', '2026-03-25'));
    expect(ms).toBeLessThan(2000);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const meetings = result.value.meetings;
    expect(meetings.find((m) => m.bodyKey === 'aldrig')).toMatchObject({ next: null, note: expect.any(String) });
    expect(meetings.find((m) => m.bodyKey === 'tisdagar')?.next?.date).toBe('2026-03-31');
    expect(result.value).toMatchObject({ truncated: true, unknown: ['bodies.0.cadence.rrule'] });
  });
});

describe('a calendar with many daily bodies over ten years', () => {
  it(`holds at most ${CALENDAR_MAX_ENTRIES} entries, cut at a whole day, and says through which day`, () => {
    const { value, ms } = timed(() => view(agreement(dailyBodies(100)), '2026-01-01', '2035-12-31'));
    expect(ms).toBeLessThan(5000);
    // 100 meetings a day: 20 whole days fit.
    expect(value.entries).toHaveLength(CALENDAR_MAX_ENTRIES);
    expect(value.entries.at(-1)?.date).toBe('2026-01-20');
    expect(value.truncated).toBe(true);
    expect(value.truncation).toEqual([
      expect.objectContaining({ reason: 'entryLimit', limit: CALENDAR_MAX_ENTRIES, completeThrough: '2026-01-20' }),
    ]);
  });

  it('gives an .ics of the capped entries that says it is cut', () => {
    const calendar = view(agreement(dailyBodies(100)), '2026-01-01', '2035-12-31');
    const { value: ics, ms } = timed(() =>
      toICalendar(calendar.entries, {
        name: 'Gränser',
        scope: { kind: 'agreement' },
        dtstamp: '2026-01-01T00:00:00Z',
        truncation: calendar.truncation,
      }),
    );
    expect(ms).toBeLessThan(5000);
    if (!ics.ok) throw new Error(JSON.stringify(ics.problems));
    expect(ics.value.match(/BEGIN:VEVENT/g)).toHaveLength(CALENDAR_MAX_ENTRIES);
    expect(ics.value).toContain('X-SAMVERKAN-TRUNCATED:TRUE');
    expect(ics.value).toMatch(/X-WR-CALDESC:Avkortad: /);
    expect(ics.value.length).toBeLessThan(2_000_000);
  });

  it('continues from the day after, without gaps or repeats', () => {
    const input = agreement([...dailyBodies(3), body('tisdagar', 'FREQ=WEEKLY;BYDAY=TU', ['b'])]);
    const whole = view(input, '2026-01-01', '2026-06-30');
    expect(whole.truncated).toBe(false);
    const pages: CalendarEntry[] = [];
    let from = '2026-01-01';
    for (let page = 0; page < 100; page += 1) {
      const part = view(input, from, '2026-06-30', { maxEntries: 50 });
      pages.push(...part.entries);
      const cut = part.truncation.find((reason) => reason.reason === 'entryLimit');
      if (cut?.completeThrough === undefined || cut.completeThrough === null) break;
      from = nextDay(cut.completeThrough);
    }
    expect(pages.map((entry) => entry.uid)).toEqual(whole.entries.map((entry) => entry.uid));
  });

  it('counts only the entries of the scope asked for', () => {
    const input = agreement([...dailyBodies(100), body('tisdagar', 'FREQ=WEEKLY;BYDAY=TU', ['b'])]);
    const forB = view(input, '2026-01-01', '2035-12-31', { scope: { kind: 'party', key: 'b' } });
    expect(forB.truncated).toBe(false);
    expect(forB.entries).toHaveLength(521);
    expect(forB.entries.every((entry) => entry.bodyKey === 'tisdagar')).toBe(true);
  });
});

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
