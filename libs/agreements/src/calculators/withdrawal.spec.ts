import { DateTime } from 'luxon';
import { type WithdrawalRuleInput, earliestWithdrawalDate } from './withdrawal.js';

// Seed 002 (Jämtland, Operation Norrsken) § 17: "Part som inte längre önskar delta i denna
// samverkan får lämna tidigast nästkommande årsskifte och måste skriftligen meddela övriga
// parter detta senast sex månader i förväg."
const jamtland: WithdrawalRuleInput = { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true };
const monthly = (noticePeriod: string): WithdrawalRuleInput => ({
  noticePeriod,
  effectiveAt: 'anyMonthEnd',
  inWriting: false,
});

function effectiveOn(rule: WithdrawalRuleInput, noticeGivenOn: string): string {
  const result = earliestWithdrawalDate(rule, noticeGivenOn);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.effectiveOn;
}

describe('earliestWithdrawalDate under Jämtland § 17', () => {
  it('lets notice on 30 June leave at the coming year end', () => {
    const result = earliestWithdrawalDate(jamtland, '2025-06-30');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      noticePeriodEndsOn: '2025-12-30',
      effectiveOn: '2025-12-31',
      freeFrom: '2026-01-01',
      latestNoticeDateForSameEffect: '2025-06-30',
      inWriting: true,
    });
    expect(result.value.explanation.sv).toContain('skriftligen');
  });

  it('sends notice on 1 July to the year end after next', () => {
    expect(effectiveOn(jamtland, '2025-07-01')).toBe('2026-12-31');
  });

  it('moves the exit date exactly after 30 June, for every day of a year', () => {
    let day = DateTime.fromISO('2025-01-01');
    while (day.year === 2025) {
      const expected = day <= DateTime.fromISO('2025-06-30') ? '2025-12-31' : '2026-12-31';
      expect([day.toISODate(), effectiveOn(jamtland, day.toISODate() ?? '')]).toEqual([day.toISODate(), expected]);
      day = day.plus({ days: 1 });
    }
  });

  it('counts from 29 February in a leap year', () => {
    // 2024-02-29 + 6 months = 2024-08-29, before the 2024 year end.
    expect(effectiveOn(jamtland, '2024-02-29')).toBe('2024-12-31');
    // + 12 months has no 29 February: 2025-02-28, so the 2025 year end.
    const year = earliestWithdrawalDate({ ...jamtland, noticePeriod: 'P1Y' }, '2024-02-29');
    expect(year.ok && [year.value.noticePeriodEndsOn, year.value.effectiveOn]).toEqual(['2025-02-28', '2025-12-31']);
  });
});

describe('earliestWithdrawalDate at any month end', () => {
  it('ends a month from 31 January on the last day of February, leap year or not', () => {
    expect(effectiveOn(monthly('P1M'), '2024-01-31')).toBe('2024-02-29');
    expect(effectiveOn(monthly('P1M'), '2023-01-31')).toBe('2023-02-28');
  });

  it('goes to the next month end when the period ends inside a month', () => {
    expect(effectiveOn(monthly('P1M'), '2024-02-29')).toBe('2024-03-31');
    expect(effectiveOn(monthly('P1M'), '2024-02-01')).toBe('2024-03-31');
    expect(effectiveOn(monthly('P30D'), '2024-02-01')).toBe('2024-03-31');
    expect(effectiveOn(monthly('P4W'), '2024-02-01')).toBe('2024-02-29');
  });

  it('finds the last notice day for a month end even when month lengths clamp', () => {
    // 28, 29, 30 and 31 January all reach 28 February 2023 with one month's notice.
    const result = earliestWithdrawalDate(monthly('P1M'), '2023-01-28');
    expect(result.ok && result.value.latestNoticeDateForSameEffect).toBe('2023-01-31');
    expect(effectiveOn(monthly('P1M'), '2023-02-01')).toBe('2023-03-31');
  });
});

describe('earliestWithdrawalDate on bad input', () => {
  it.each([
    ['sex månader', 'prose'],
    ['PT48H', 'hours'],
    ['P0M', 'zero'],
    ['P-1M', 'negative'],
    ['P1.5M', 'a fraction'],
    ['P', 'nothing'],
  ])('refuses the notice period %s (%s)', (noticePeriod) => {
    const result = earliestWithdrawalDate({ ...jamtland, noticePeriod }, '2025-06-30');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([['INVALID_DURATION', 'rule.noticePeriod']]);
    expect(result.problems[0]?.message.sv).toContain(noticePeriod);
  });

  it('reports a date that does not exist and a bad rule together', () => {
    const result = earliestWithdrawalDate({ ...jamtland, noticePeriod: 'six months' }, '2025-02-29');
    expect(!result.ok && result.problems.map((p) => p.code).sort()).toEqual(['INVALID_DATE', 'INVALID_DURATION']);
  });
});
