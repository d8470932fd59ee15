import { againstParam, paths, versionParam, yearParam } from './paths';
import { formatLongDay, stockholmToday, timeOfDay } from './stockholm';

describe('paths', () => {
  it('builds the Swedish addresses, the agreement key encoded', () => {
    expect(paths.version('jamtland', 2)).toBe('/avtal/jamtland/version/2');
    expect(paths.calendar('a b', 1, 2027)).toBe('/avtal/a%20b/version/1/kalender/2027');
    expect(paths.calendar('k', 1)).toBe('/avtal/k/version/1/kalender');
    expect(paths.costSplit('k', 3, 2030)).toBe('/avtal/k/version/3/kostnader/2030');
    expect(paths.diff('k', 3)).toBe('/avtal/k/version/3/andringar/mall');
    expect(paths.diff('k', 3, 1)).toBe('/avtal/k/version/3/andringar/1');
    expect(paths.templateUpdate('a b')).toBe('/avtal/a%20b/mallens-andringar');
  });

  it('reads what a diff compares with: the template by default or by name, else a version number', () => {
    expect([undefined, 'mall', '2', '0', 'template'].map(againstParam)).toEqual([
      'template',
      'template',
      2,
      null,
      null,
    ]);
  });

  it('reads a version number and a year from the address, or says it is none', () => {
    expect(versionParam('12')).toBe(12);
    expect(['0', '01', '-1', '1.5', 'latest', '', undefined].map(versionParam)).toEqual(Array(7).fill(null));
    expect(yearParam(undefined, 2026)).toBe(2026);
    expect(yearParam('2199', 2026)).toBe(2199);
    expect(['1899', '2200', '27', '2027a'].map((y) => yearParam(y, 2026))).toEqual([null, null, null, null]);
  });
});

describe('Stockholm dates', () => {
  it('takes today in Stockholm, not in the browser’s zone', () => {
    expect(stockholmToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(stockholmToday(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    expect(stockholmToday(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });

  it('writes days and times in Swedish', () => {
    expect(formatLongDay('2027-02-02')).toBe('tisdag 2 februari 2027');
    expect(timeOfDay('2027-02-02T14:05:00+01:00')).toBe('14:05');
  });
});
