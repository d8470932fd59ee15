import { nextWorkingMoment } from './working-hours.js';

const hours = { from: '08:00', to: '17:00' };
const at = (iso: string) => nextWorkingMoment(new Date(iso), hours).toISOString();

describe('the next working moment in Europe/Stockholm', () => {
  it('is now within working hours on a weekday', () => {
    expect(at('2026-03-10T09:30:00Z')).toBe('2026-03-10T09:30:00.000Z'); // Tuesday 10:30 CET
  });

  it('is 08:00 the same day before working hours', () => {
    expect(at('2026-03-10T05:00:00Z')).toBe('2026-03-10T07:00:00.000Z'); // 06:00 CET → 08:00 CET
  });

  it('is Monday 08:00 after Friday 17:00', () => {
    expect(at('2026-03-13T16:00:00Z')).toBe('2026-03-16T07:00:00.000Z'); // Fri 17:00 CET
  });

  it('skips Easter (långfredagen to annandag påsk) and keeps 08:00 local across the change to summer time', () => {
    // Thursday 2 April 2026 18:00 CEST → Tuesday 7 April 08:00 CEST (UTC+2)
    expect(at('2026-04-02T16:00:00Z')).toBe('2026-04-07T06:00:00.000Z');
    // Saturday 28 March (CET) → Monday 30 March 08:00 CEST, after the change on the 29th
    expect(at('2026-03-28T12:00:00Z')).toBe('2026-03-30T06:00:00.000Z');
  });

  it('skips julafton, juldagen and annandag jul', () => {
    expect(at('2026-12-23T17:00:00Z')).toBe('2026-12-28T07:00:00.000Z');
  });

  it('follows configured hours', () => {
    expect(nextWorkingMoment(new Date('2026-03-10T15:30:00Z'), { from: '07:00', to: '18:00' }).toISOString()).toBe(
      '2026-03-10T15:30:00.000Z',
    );
  });
});
