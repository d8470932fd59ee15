import { type Problem } from '../problem.js';
import { aBody, aCommitment, anAgreement } from '../testing/builders.js';
import { type Cadence } from './cadence.js';
import { validateAgreementVersion } from './validate.js';

function problemsOf(input: unknown): Problem[] {
  const result = validateAgreementVersion(input);
  return result.ok ? [] : result.problems;
}

const term = {
  start: '2023-03-01',
  end: '2023-12-31',
  renewal: { kind: 'automatic' as const, period: 'P1Y', clause: '16' },
  clause: '16',
};

function meetingEvery(rrule: string): unknown {
  const cadence: Cadence = { kind: 'recurrence', rrule, timeOfDay: '09:00', clause: '12' };
  return anAgreement().with({ term }).withBodies(aBody({ cadence })).build();
}

describe('validation refuses what the calendar and obligations could not compute', () => {
  it.each([
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', 'noOccurrence'],
    ['FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31', 'noOccurrence'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30;BYMONTH=2', 'noOccurrence'],
    ['FREQ=WEEKLY;INTERVAL=99999', 'invalidRrule'],
    ['FREQ=WEEKLY;COUNT=100000', 'invalidRrule'],
    ['FREQ=WEEKLY;UNTIL=20230230', 'invalidRrule'],
    ['FREQ=WEEKLY;BYDAY=1TU', 'invalidRrule'],
  ])('refuses the meeting rule %s at its path (%s)', (rrule, code) => {
    const started = Date.now();
    expect(problemsOf(meetingEvery(rrule))).toEqual([
      expect.objectContaining({ path: 'bodies.0.cadence.rrule', code }),
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a recurring commitment that never falls due, at its path', () => {
    const draft = anAgreement()
      .with({ term })
      .withCommitments(
        aCommitment({
          kind: 'recurring',
          recurrence: { kind: 'recurrence', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', clause: '10' },
        }),
      )
      .build();
    expect(problemsOf(draft)).toEqual([
      expect.objectContaining({ path: 'commitments.0.recurrence.rrule', code: 'noOccurrence' }),
    ]);
  });

  it('accepts a rule whose first occurrence comes years after its start (29 February)', () => {
    expect(problemsOf(meetingEvery('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'))).toEqual([]);
  });

  it.each(['P0D', 'PT12H', 'PT24H', 'P1.5Y', 'P1000Y'])('refuses the renewal period %s', (period) => {
    const draft = anAgreement()
      .with({ term: { ...term, renewal: { kind: 'automatic', period, clause: '16' } } })
      .build();
    expect(problemsOf(draft)).toEqual([
      expect.objectContaining({ path: 'term.renewal.period', code: 'invalidDuration' }),
    ]);
  });

  it.each(['P0M', 'PT1H', 'P1000Y'])('refuses the notice period %s', (noticePeriod) => {
    const draft = anAgreement()
      .with({ withdrawal: { noticePeriod, effectiveAt: 'yearEnd', inWriting: true, clause: '17' } })
      .build();
    expect(problemsOf(draft)).toEqual([
      expect.objectContaining({ path: 'withdrawal.noticePeriod', code: 'invalidDuration' }),
    ]);
  });
});
