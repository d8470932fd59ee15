import { type ObligationsInput } from './calendar-input.js';
import { type PartyObligations, obligationsOf } from './obligations.js';

// Seed 002 (Jämtland), the parts that concern Östersund and the police: § 10.1, § 10.4, § 9,
// § 12, § 14.2. The yearly stand on the coordinator's working time (§ 10.4) is given a day
// here (30 November) for the test; the text ties it only to the annual report.
function jamtland(): ObligationsInput {
  return {
    parties: [
      { key: 'polis', name: 'Polismyndigheten, Polisområde Jämtland' },
      { key: 'ostersund', name: 'Östersunds kommun' },
      { key: 'berg', name: 'Bergs kommun' },
    ],
    bodies: [
      { key: 'tmv', name: 'Ledningsgruppen Tillsammans mot våld', memberPartyKeys: ['polis', 'ostersund', 'berg'] },
      {
        key: 'styrgrupp',
        name: 'Styrgrupp Operation Norrsken',
        memberPartyKeys: ['polis', 'ostersund', 'berg'],
        cadence: { kind: 'countPerPeriod', per: 'year', min: 4, max: 4, clause: '9' },
      },
      {
        key: 'samrad',
        name: 'Samrådsmöte',
        memberPartyKeys: ['polis', 'ostersund'],
        cadence: { kind: 'recurrence', rrule: 'FREQ=WEEKLY;BYDAY=TU', firstStart: '2023-03-07T09:00', clause: '12' },
      },
    ],
    commitments: [
      {
        key: 'ostersund-samordnare',
        kind: 'standing',
        title: 'Tillhandahålla en samordnare och ha arbetsgivaransvaret',
        partyKeys: ['ostersund'],
        clause: '10.4',
      },
      {
        key: 'delta-samrad',
        kind: 'standing',
        title: 'Delta i samrådsmöten',
        partyKeys: ['polis', 'ostersund'],
        clause: '10.1',
      },
      {
        key: 'ostersund-sysselsattning',
        kind: 'recurring',
        title: 'Ta ställning till samordnarens sysselsättningsgrad',
        partyKeys: ['ostersund'],
        clause: '10.4',
        reportsToBodyKey: 'styrgrupp',
        rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30',
        firstOn: '2023-11-30',
      },
      {
        key: 'polis-statistik',
        kind: 'dueBy',
        title: 'Lämna statistikunderlag för årsredovisningen',
        partyKeys: ['polis'],
        clause: '10.1',
        dueOn: '2026-03-30',
      },
    ],
    followUp: {
      plan: { dueOn: '2023-06-30', clause: '14.2' },
      annualReport: { toBodyKey: 'tmv', byPartyKeys: ['ostersund'], dueEachYearOn: '02-29', clause: '9' },
    },
  };
}

function of(partyKey: string, today: string, input = jamtland()): PartyObligations {
  const result = obligationsOf(input, partyKey, today);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('obligationsOf', () => {
  it('lists a party’s standing commitments and only its own', () => {
    expect(of('ostersund', '2026-03-25').standing.map((item) => item.key)).toEqual([
      'ostersund-samordnare',
      'delta-samrad',
    ]);
    expect(of('polis', '2026-03-25').standing.map((item) => item.key)).toEqual(['delta-samrad']);
    expect(of('berg', '2026-03-25').standing).toEqual([]);
  });

  it('gives recurring commitments their next occurrence on or after today', () => {
    const recurring = of('ostersund', '2026-03-25').recurring;
    expect(recurring.find((item) => item.key === 'ostersund-sysselsattning')?.next?.date).toBe('2026-11-30');
    expect(of('ostersund', '2026-11-30').recurring[0]?.next?.date).toBe('2026-11-30');
    expect(of('ostersund', '2026-12-01').recurring[0]?.next?.date).toBe('2027-11-30');
  });

  it('puts an annual report due on 29 February on the 28th in other years', () => {
    const report = (today: string): string | undefined =>
      of('ostersund', today).recurring.find((item) => item.key === 'annual-report')?.next?.date;
    expect(report('2027-01-10')).toBe('2027-02-28');
    expect(report('2027-03-01')).toBe('2028-02-29');
  });

  it('says whether a deadline has passed: due on a day is due by its end', () => {
    const due = (today: string) => of('polis', today).dueBy.find((item) => item.key === 'polis-statistik');
    // 28 → 30 March 2026 spans the clock change: still two calendar days.
    expect(due('2026-03-28')).toMatchObject({ overdue: false, daysLeft: 2 });
    expect(due('2026-03-30')).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(due('2026-03-31')).toMatchObject({ overdue: true, daysLeft: -1 });
  });

  it('keeps the follow-up plan of 30 June 2023 as an overdue deadline of every party', () => {
    for (const party of ['polis', 'ostersund', 'berg']) {
      const plan = of(party, '2026-03-25').dueBy.find((item) => item.key === 'follow-up-plan');
      expect(plan).toMatchObject({ dueOn: '2023-06-30', overdue: true, clause: '14.2' });
    }
  });

  it('gives the next meeting of each body the party sits in, at 09:00 local after the clock change', () => {
    const meetings = of('polis', '2026-03-25').meetings;
    expect(meetings.map((item) => item.bodyKey)).toEqual(['tmv', 'styrgrupp', 'samrad']);
    expect(meetings.find((item) => item.bodyKey === 'samrad')?.next).toEqual({
      date: '2026-03-31',
      start: '2026-03-31T09:00:00+02:00',
      end: '2026-03-31T10:00:00+02:00',
    });
    expect(meetings.find((item) => item.bodyKey === 'styrgrupp')).toMatchObject({
      next: null,
      toSchedule: { min: 4, max: 4, per: 'year' },
    });
  });

  it('names the soonest thing owed', () => {
    expect(of('polis', '2026-03-25').next).toMatchObject({ key: 'polis-statistik', date: '2026-03-30' });
    expect(of('polis', '2026-03-31').next).toMatchObject({ key: 'samrad', start: '2026-03-31T09:00:00+02:00' });
    expect(of('berg', '2026-03-25').next).toBeNull();
  });

  it('refuses an unknown party and a bad day together', () => {
    const result = obligationsOf(jamtland(), 'kriminalvarden', '2026-13-01');
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_DATE', 'today'],
      ['UNKNOWN_PARTY', 'partyKey'],
    ]);
  });

  it('refuses commitments of unknown parties and malformed recurrences', () => {
    const input = jamtland();
    const broken: ObligationsInput = {
      ...input,
      commitments: [
        {
          key: 'x',
          kind: 'recurring',
          title: 'X',
          partyKeys: ['socialtjansten'],
          clause: '10.3',
          rrule: 'every year',
          firstOn: '2026-01-01',
        },
      ],
    };
    const result = obligationsOf(broken, 'polis', '2026-03-25');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_PARTY', 'commitments.0.partyKeys.0'],
      ['INVALID_RRULE', 'commitments.0.rrule'],
      ['INVALID_RRULE', 'commitments.0.rrule'],
    ]);
    expect(result.problems[1]?.message.en).toContain('"every year"');
    expect(result.problems[2]?.message.sv).toContain('FREQ saknas');
  });
});
