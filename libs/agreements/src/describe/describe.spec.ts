import { describeCadence } from './cadence.js';
import { describeDuration } from './duration.js';
import { formatKronor } from './money.js';

describe('describeCadence', () => {
  it.each([
    [{ min: 4, max: 4, per: 'year' }, '4 gånger per år'],
    [{ min: 4, per: 'year' }, 'minst 4 gånger per år'],
    [{ max: 1, per: 'year' }, 'högst 1 gång per år'],
    [{ min: 2, max: 3, per: 'term' }, '2–3 gånger per termin'],
  ] as const)('counts %j as "%s"', (count, words) => {
    expect(describeCadence({ kind: 'countPerPeriod', clause: '9', ...count })).toBe(words);
  });

  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', '09:00', 'varje vecka på tisdagar kl. 09:00'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', undefined, 'varannan vecka på måndagar och torsdagar'],
    ['FREQ=MONTHLY;BYDAY=1WE', '13:30', 'varje månad på den första onsdagen kl. 13:30'],
    ['FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15', undefined, 'varje år i mars och september den 15'],
    ['FREQ=MONTHLY;INTERVAL=3;COUNT=4', undefined, 'var 3:e månad 4 gånger i allt'],
  ])('reads %s at %s as "%s"', (rrule, timeOfDay, words) => {
    expect(describeCadence({ kind: 'recurrence', rrule, clause: '12', ...(timeOfDay ? { timeOfDay } : {}) })).toBe(
      words,
    );
  });
});

describe('describeDuration', () => {
  it.each([
    ['P6M', '6 månader'],
    ['P1Y', '1 år'],
    ['PT48H', '48 timmar'],
    ['P1W', '1 vecka'],
    ['P1Y6M', '1 år och 6 månader'],
    ['P1DT12H', '1 dag och 12 timmar'],
  ])('reads %s as "%s"', (duration, words) => {
    expect(describeDuration(duration)).toBe(words);
  });
});

describe('formatKronor', () => {
  it.each([
    [1_710_000_00, '1 710 000 kr'],
    [123_186_800, '1 231 868 kr'],
    [1250, '12,50 kr'],
    [5, '0,05 kr'],
  ])('writes %d öre as "%s"', (ore, words) => {
    expect(formatKronor(ore)).toBe(words);
  });
});
