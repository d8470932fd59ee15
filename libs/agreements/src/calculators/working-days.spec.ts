import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addWorkingDays, isWorkingDay, swedishNonWorkingDays } from './working-days.js';

function add(start: string, n: number): string {
  const result = addWorkingDays(start, n);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('Swedish non-working days', () => {
  const days2026 = new Map(swedishNonWorkingDays(2026).map((day) => [day.date, day]));

  it('has the public holidays of 2026, Easter and Midsummer included', () => {
    for (const date of [
      '2026-01-01',
      '2026-01-06',
      '2026-04-03', // långfredagen
      '2026-04-06', // annandag påsk
      '2026-05-01',
      '2026-05-14', // Kristi himmelsfärdsdag
      '2026-06-06',
      '2026-12-25',
      '2026-12-26',
    ]) {
      expect([date, days2026.get(date)?.kind]).toEqual([date, 'publicHoliday']);
    }
  });

  it('counts midsommarafton, julafton and nyårsafton as non-working eves', () => {
    expect(days2026.get('2026-06-19')).toMatchObject({ name: 'midsommarafton', kind: 'eve' });
    expect(days2026.get('2026-12-24')).toMatchObject({ name: 'julafton', kind: 'eve' });
    expect(days2026.get('2026-12-31')).toMatchObject({ name: 'nyårsafton', kind: 'eve' });
    expect([...days2026.values()].filter((day) => day.kind === 'eve')).toHaveLength(3);
  });

  it('keeps other eves and annandag pingst as working days', () => {
    for (const date of ['2026-01-05', '2026-04-02', '2026-04-30', '2026-05-25', '2026-10-30']) {
      expect([date, isWorkingDay(date)]).toEqual([date, { ok: true, value: true }]);
    }
  });
});

describe('addWorkingDays', () => {
  it('skips Easter: from skärtorsdagen one working day is the Tuesday after', () => {
    expect(add('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('skips midsommarafton and the weekend', () => {
    expect(add('2026-06-18', 1)).toBe('2026-06-22');
  });

  it('skips julafton, Christmas and the year end into the next year', () => {
    expect(add('2026-12-23', 1)).toBe('2026-12-28');
    expect(add('2026-12-30', 1)).toBe('2027-01-04');
    expect(add('2026-12-22', 5)).toBe('2027-01-04');
  });

  it('counts back with a negative n, and leaves the start alone with 0', () => {
    expect(add('2026-01-07', -1)).toBe('2026-01-05');
    expect(add('2026-03-28', 0)).toBe('2026-03-28');
  });

  it('works across a leap day', () => {
    expect(add('2024-02-28', 1)).toBe('2024-02-29');
    expect(add('2028-02-25', 2)).toBe('2028-02-29');
  });

  it('lands n working days on: a working day, with n − 1 working days between', () => {
    const start = fc
      .integer({ min: 0, max: 365 * 6 })
      .map((offset) => DateTime.fromISO('2024-01-01').plus({ days: offset }).toISODate() ?? '');
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const to = add(from, n);
        expect(isWorkingDay(to)).toEqual({ ok: true, value: true });
        let between = 0;
        for (
          let day = DateTime.fromISO(from).plus({ days: 1 });
          day < DateTime.fromISO(to);
          day = day.plus({ days: 1 })
        ) {
          const working = isWorkingDay(day.toISODate() ?? '');
          if (working.ok && working.value) between += 1;
        }
        expect(between).toBe(n - 1);
        // Weekends are never working days, whatever the holiday data says.
        expect([6, 7]).not.toContain(DateTime.fromISO(to).weekday);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a malformed start or a fractional count, with both languages', () => {
    const result = addWorkingDays('tomorrow', 1.5);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_DATE', 'start'],
      ['INVALID_COUNT', 'n'],
    ]);
    expect(result.problems[1]?.message.sv).toContain('arbetsdagar');
    expect(result.problems[1]?.message.en).toContain('working days');
  });
});
