import { type TermInput, type TermStatus, termOn } from './term.js';

// Seed 002 (Jämtland) § 16: "Överenskommelsen gäller från och med 1 mars – 31 december 2023
// och förlängs därefter med ett år i taget om inte parterna kommit överens om annat."
const jamtland: TermInput = { start: '2023-03-01', end: '2023-12-31', renewal: 'P1Y' };

function statusOn(term: TermInput, date: string): TermStatus {
  const result = termOn(term, date);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('termOn under Jämtland § 16', () => {
  it('is not in force the day before 1 March 2023', () => {
    expect(statusOn(jamtland, '2023-02-28')).toMatchObject({
      inForce: false,
      reason: 'notStarted',
      startsOn: '2023-03-01',
    });
  });

  it('is in force from 1 March through 31 December 2023 in its first period', () => {
    for (const date of ['2023-03-01', '2023-12-31']) {
      expect(statusOn(jamtland, date)).toMatchObject({
        inForce: true,
        period: { index: 0, startsOn: '2023-03-01', endsOn: '2023-12-31' },
        inForceUntil: '2023-12-31',
        renewsAutomatically: true,
      });
    }
  });

  it('renews one calendar year at a time from 1 January 2024', () => {
    expect(statusOn(jamtland, '2024-01-01')).toMatchObject({
      inForce: true,
      period: { index: 1, startsOn: '2024-01-01', endsOn: '2024-12-31' },
    });
    expect(statusOn(jamtland, '2026-11-23')).toMatchObject({
      period: { index: 3, startsOn: '2026-01-01', endsOn: '2026-12-31' },
      inForceUntil: '2026-12-31',
    });
  });

  it('finds the right period decades on, on the first and last day of a year', () => {
    for (let year = 2024; year <= 2090; year += 11) {
      for (const date of [`${year}-01-01`, `${year}-12-31`]) {
        expect(statusOn(jamtland, date)).toMatchObject({
          period: { index: year - 2023, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` },
        });
      }
    }
  });
});

describe('termOn edges', () => {
  it('ends after the last day when there is no renewal', () => {
    const fixed: TermInput = { start: '2023-03-01', end: '2023-12-31', renewal: 'none' };
    expect(statusOn(fixed, '2023-12-31')).toMatchObject({ inForce: true, renewsAutomatically: false });
    expect(statusOn(fixed, '2024-01-01')).toMatchObject({
      inForce: false,
      reason: 'ended',
      endedOn: '2023-12-31',
    });
  });

  it('has no end when none is given', () => {
    expect(statusOn({ start: '2017-01-01' }, '2040-06-01')).toMatchObject({
      inForce: true,
      inForceUntil: null,
      period: { endsOn: null },
    });
  });

  it('renews monthly from the anchor without drifting at month ends', () => {
    const monthly: TermInput = { start: '2024-01-01', end: '2024-01-31', renewal: 'P1M' };
    expect(statusOn(monthly, '2024-02-15')).toMatchObject({
      period: { index: 1, startsOn: '2024-02-01', endsOn: '2024-02-29' },
    });
    expect(statusOn(monthly, '2024-03-31')).toMatchObject({
      period: { index: 2, startsOn: '2024-03-01', endsOn: '2024-03-31' },
    });
    expect(statusOn(monthly, '2025-02-28')).toMatchObject({
      period: { startsOn: '2025-02-01', endsOn: '2025-02-28' },
    });
  });

  it('renews a year from 1 March across leap days', () => {
    const fromMarch: TermInput = { start: '2023-03-01', end: '2024-02-29', renewal: 'P1Y' };
    expect(statusOn(fromMarch, '2024-02-29')).toMatchObject({ period: { index: 0 } });
    expect(statusOn(fromMarch, '2028-02-29')).toMatchObject({
      period: { index: 4, startsOn: '2027-03-01', endsOn: '2028-02-29' },
    });
    expect(statusOn(fromMarch, '2026-02-28')).toMatchObject({
      period: { startsOn: '2025-03-01', endsOn: '2026-02-28' },
    });
  });
});

describe('termOn on bad input', () => {
  it('refuses a renewal without an end, an end before the start, and a bad date at once', () => {
    const noEnd = termOn({ start: '2023-03-01', renewal: 'P1Y' }, '2024-01-01');
    expect(!noEnd.ok && noEnd.problems.map((p) => [p.code, p.path])).toEqual([['INVALID_RANGE', 'term.renewal']]);
    const backwards = termOn({ start: '2023-03-01', end: '2022-12-31' }, '2023-13-01');
    expect(!backwards.ok && backwards.problems.map((p) => p.code).sort()).toEqual(['INVALID_DATE', 'INVALID_RANGE']);
  });

  it.each(['yearly', 'P1Y6', 'PT24H', 'P0Y'])('refuses the renewal %s', (renewal) => {
    const result = termOn({ ...jamtland, renewal }, '2024-01-01');
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([['INVALID_DURATION', 'term.renewal']]);
  });
});
