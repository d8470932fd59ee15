import { durationInWords, formatDateSv, formatPercent, listSv } from './swedish-words.js';

describe('Swedish words for the document', () => {
  it('writes dates as an agreement does', () => {
    expect(formatDateSv('2023-03-01')).toBe('1 mars 2023');
    expect(formatDateSv('2024-12-31')).toBe('31 december 2024');
    expect(formatDateSv('not a date')).toBe('not a date');
  });

  it('spells out small numbers in durations, with the right gender', () => {
    expect(durationInWords('P6M')).toBe('sex månader');
    expect(durationInWords('P1Y')).toBe('ett år');
    expect(durationInWords('P1M')).toBe('en månad');
    expect(durationInWords('PT48H')).toBe('48 timmar');
  });

  it('lists with "och" or "eller", and writes percent with a decimal comma', () => {
    expect(listSv(['a', 'b', 'c'])).toBe('a, b och c');
    expect(listSv(['med samtycke', 'avidentifierat'], 'eller')).toBe('med samtycke eller avidentifierat');
    expect(formatPercent(33.5)).toBe('33,5\u00a0%');
  });
});
