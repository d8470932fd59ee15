import { type Problem } from '../problem.js';
import { aBody, aCommitment, aCostItem, aMunicipality, aParty, anAgreement } from '../testing/builders.js';
import { type RoutineBinding } from './routine-binding.js';
import { validateAgreementVersion } from './validate.js';

function problemsOf(input: unknown): Problem[] {
  const result = validateAgreementVersion(input);
  return result.ok ? [] : result.problems;
}

function codesAt(input: unknown): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const p of problemsOf(input)) (byPath[p.path] ??= []).push(p.code);
  return byPath;
}

describe('validateAgreementVersion', () => {
  it('accepts a small complete version and returns it typed', () => {
    const version = anAgreement()
      .withBodies(aBody({ cadence: { kind: 'countPerPeriod', min: 4, max: 4, per: 'year', clause: '9' } }))
      .with({
        term: {
          start: '2023-03-01',
          end: '2023-12-31',
          renewal: { kind: 'automatic', period: 'P1Y', clause: '16' },
          clause: '16',
        },
      })
      .build();
    const result = validateAgreementVersion(version);
    expect(result).toEqual({ ok: true, value: version });
  });

  it('refuses a draft with several errors and lists every offending path at once', () => {
    const draft = anAgreement()
      .withParties(aMunicipality('berg', '23X6'), aParty({ key: 'polisen', name: 'Polisen igen' }))
      .withBodies(aBody({ reportsTo: { body: 'ledningsgrupp', clause: '9' } }))
      .withCommitments(aCommitment({ by: ['kriminalvarden'] }), aCommitment({ key: 'plan', kind: 'dueByDate' }))
      .with({
        term: { start: '2023-03-01', renewal: { kind: 'automatic', period: 'P1Y', clause: '16' }, clause: '16' },
        withdrawal: { noticePeriod: 'sex månader', effectiveAt: 'yearEnd', inWriting: true, clause: '17' },
      })
      .build();
    const paths = problemsOf(draft).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'parties.2.municipalityCode',
        'parties.3.key',
        'bodies.0.reportsTo.body',
        'commitments.0.by.0',
        'commitments.1.due',
        'term.renewal',
        'withdrawal.noticePeriod',
      ]),
    );
    expect(paths).toHaveLength(7);
  });

  it('gives every problem a code and a message in Swedish and English', () => {
    const problems = problemsOf(
      anAgreement()
        .with({ kind: 'contract' as never })
        .build(),
    );
    expect(problems).toEqual([
      {
        path: 'kind',
        code: 'invalidValue',
        message: {
          sv: 'ska vara en av: "agreement", "proposal", "plan", "memo"',
          en: 'must be one of: "agreement", "proposal", "plan", "memo"',
        },
      },
    ]);
  });

  it('says a required field is missing, and names fields the schema does not have', () => {
    const withoutCounty: Record<string, unknown> = { ...anAgreement().build() };
    delete withoutCounty['county'];
    expect(codesAt({ ...withoutCounty, colour: 'blå' })).toEqual({ county: ['required'], colour: ['unknownField'] });
  });

  it('refuses input that is not an object', () => {
    expect(codesAt('avtal')).toEqual({ '': ['invalidType'] });
  });

  it('checks references even when other items are broken', () => {
    const draft = anAgreement()
      .withBodies(aBody({ key: 'samrad', kind: 'consultation', name: '' }))
      .withCommitments(
        aCommitment({ kind: 'recurring', recurrence: { kind: 'meetingsOf', body: 'samrad', clause: '12' } }),
      )
      .build();
    expect(codesAt(draft)).toEqual({ 'bodies.0.name': ['empty'] });
  });

  describe('keys', () => {
    it('refuses a role that reuses a party key', () => {
      const draft = anAgreement()
        .with({ roles: [{ key: 'polisen', name: 'Polisen', kind: 'function', clause: '11' }] })
        .build();
      expect(codesAt(draft)).toEqual({ 'roles.0.key': ['duplicateKey'] });
    });

    it('refuses a clause cited by a value but missing from the clauses', () => {
      expect(
        codesAt(
          anAgreement()
            .withParties(aParty({ key: 'aklagare', kind: 'prosecution', clause: '99' }))
            .build(),
        ),
      ).toEqual({
        'parties.2.clause': ['unknownClause'],
      });
    });

    it('refuses a malformed key', () => {
      expect(
        codesAt(
          anAgreement()
            .withParties(aParty({ key: 'Åklagare' }))
            .build(),
        ),
      ).toEqual({ 'parties.2.key': ['invalidKey'] });
    });
  });

  describe('parties', () => {
    it('requires a municipality code of a municipality, in the county', () => {
      const draft = anAgreement()
        .withParties(
          aMunicipality('berg', '2326', { municipalityCode: undefined }),
          aMunicipality('nacka', '0182'),
          aParty({ key: 'region', kind: 'region', municipalityCode: '2300' }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'parties.2.municipalityCode': ['municipalityCodeRequired'],
        'parties.3.municipalityCode': ['municipalityOutsideCounty'],
        'parties.4.municipalityCode': ['municipalityCodeNotApplicable'],
      });
    });

    it('requires a population to say which date or year it counts', () => {
      const draft = anAgreement()
        .withParties(aMunicipality('berg', '2326', { population: { count: 7108, source: 'SCB' } }))
        .build();
      expect(codesAt(draft)).toEqual({ 'parties.2.population': ['populationDateRequired'] });
    });
  });

  describe('bodies and cadences', () => {
    it('refuses a count per period whose minimum is above its maximum, or that has neither', () => {
      const draft = anAgreement()
        .withBodies(
          aBody({ cadence: { kind: 'countPerPeriod', min: 3, max: 2, per: 'term', clause: '9' } }),
          aBody({ key: 'arbetsgrupp', cadence: { kind: 'countPerPeriod', per: 'year', clause: '9' } }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'bodies.0.cadence.max': ['minAboveMax'],
        'bodies.1.cadence.min': ['countRequired'],
      });
    });

    it('reports every fault of an RRULE', () => {
      const draft = anAgreement()
        .withBodies(aBody({ cadence: { kind: 'recurrence', rrule: 'FREQ=HOURLY;BYDAY=XX;BYHOUR=9', clause: '12' } }))
        .build();
      expect(problemsOf(draft).map((p) => [p.path, p.code, p.message.sv])).toEqual([
        ['bodies.0.cadence.rrule', 'invalidRrule', 'FREQ: ska vara YEARLY, MONTHLY, WEEKLY eller DAILY'],
        ['bodies.0.cadence.rrule', 'invalidRrule', 'BYDAY: ska vara veckodagar (MO, TU, WE, TH, FR, SA, SU)'],
        ['bodies.0.cadence.rrule', 'invalidRrule', 'BYHOUR: klockslaget anges i timeOfDay, inte i regeln'],
      ]);
    });

    it('refuses a county choice of a part the rule does not have', () => {
      const draft = anAgreement()
        .withBodies(
          aBody({
            cadence: {
              kind: 'recurrence',
              rrule: 'FREQ=WEEKLY',
              timeOfDay: '09:00',
              clause: '12',
              countyChoice: { fields: ['BYDAY', 'timeOfDay'], note: 'Texten anger ingen veckodag.' },
            },
          }),
        )
        .build();
      expect(codesAt(draft)).toEqual({ 'bodies.0.cadence.countyChoice.fields.0': ['countyChoiceNotPresent'] });
    });

    it('refuses reporting in a circle and to a body that is a party', () => {
      const draft = anAgreement()
        .withBodies(
          aBody({ key: 'a', reportsTo: { body: 'b', clause: '9' } }),
          aBody({ key: 'b', reportsTo: { body: 'a', clause: '9' } }),
          aBody({ key: 'c', reportsTo: { body: 'polisen', clause: '9' } }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'bodies.0.reportsTo.body': ['reportingCycle'],
        'bodies.1.reportsTo.body': ['reportingCycle'],
        'bodies.2.reportsTo.body': ['wrongReferenceKind'],
      });
    });
  });

  describe('commitments', () => {
    it('requires a recurrence of a recurring commitment and nothing of a standing one', () => {
      const draft = anAgreement()
        .withCommitments(
          aCommitment({ kind: 'recurring' }),
          aCommitment({ key: 'b', kind: 'standing', due: '2023-06-30' }),
          aCommitment({ key: 'c', kind: 'dueByDate', due: '2023-06-30', reportsTo: ['ingen'] }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'commitments.0.recurrence': ['recurrenceRequired'],
        'commitments.1.due': ['notApplicable'],
        'commitments.2.reportsTo.0': ['unknownBody'],
      });
    });
  });

  describe('costs', () => {
    it('refuses totals that do not add up to the öre', () => {
      const draft = anAgreement()
        .withCostItems(aCostItem({ key: 'a', amount: 1_000_00 }), aCostItem({ key: 'b', amount: 2_000_00 }))
        .build();
      draft.costSplit = {
        clause: '13',
        items: draft.costSplit?.items,
        totals: [{ key: 'total', label: 'Totalt', amount: 3_000_01, items: ['a', 'b'], clause: '13' }],
      };
      const problems = problemsOf(draft);
      expect(problems.map((p) => [p.path, p.code])).toEqual([['costSplit.totals.0.amount', 'costTotalMismatch']]);
      expect(problems[0]?.message.sv).toBe('posterna summerar till 3 000 kr, inte 3 000,01 kr');
    });

    it('refuses fixed shares that do not make 100 % and payers that are not parties', () => {
      const draft = anAgreement()
        .withCostItems(
          aCostItem({
            method: {
              method: 'fixedShares',
              shares: [
                { party: 'polisen', percent: 60 },
                { party: 'ostersund', percent: 30 },
              ],
              clause: '13',
            },
          }),
          aCostItem({ key: 'b', method: { method: 'equal', payers: ['polisen', 'okand'], clause: '13' } }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'costSplit.items.0.method.shares': ['sharesNotHundred'],
        'costSplit.items.1.method.payers.1': ['unknownParty'],
      });
    });

    it('refuses a split by population where a payer has no figure or one of another date', () => {
      const draft = anAgreement()
        .withParties(
          aMunicipality('berg', '2326', { population: { count: 7108, date: '2024-12-31', source: 'SCB' } }),
          aMunicipalities('bracke', '2305', { population: { count: 6035, date: '2023-12-31', source: 'SCB' } }),
        )
        .withCostItems(
          aCostItem({
            method: {
              method: 'byPopulation',
              payers: ['berg', 'bracke', 'ostersund'],
              population: { date: '2024-12-31', source: 'SCB' },
              clause: '13',
            },
          }),
        )
        .build();
      expect(codesAt(draft)).toEqual({
        'costSplit.items.0.method.payers.1': ['populationDateMismatch'],
        'costSplit.items.0.method.payers.2': ['populationMissing'],
      });
    });
  });

  describe('funding that reduces the split (seed 003 § 6.1)', () => {
    const columns = () =>
      anAgreement()
        .withParties(aMunicipality('berg', '2326'))
        .withCostItems(
          aCostItem({
            key: 'a',
            amount: 1_000_00,
            method: { method: 'equal', payers: ['ostersund', 'berg'], clause: '13' },
          }),
          aCostItem({
            key: 'b',
            amount: 500_00,
            method: { method: 'equal', payers: ['ostersund', 'berg'], clause: '13' },
          }),
          aCostItem({ key: 'c', amount: 200_00, method: { method: 'equal', payers: ['polisen'], clause: '13' } }),
        )
        .build();
    const grant = (overrides: Record<string, unknown> = {}) => ({
      key: 'bidrag',
      funder: 'Socialstyrelsen',
      amount: 600_00,
      year: 2017,
      covers: ['a', 'b'],
      deduct: 'amount',
      clause: '13',
      ...overrides,
    });
    const withFunding = (funding: unknown[], projectPeriod?: unknown) => {
      const draft = columns() as unknown as { costSplit: Record<string, unknown> };
      draft.costSplit['funding'] = funding;
      if (projectPeriod) draft.costSplit['projectPeriod'] = projectPeriod;
      return draft;
    };
    const period = { start: { date: '2017-01-01', clause: '13' }, end: { date: '2019-12-31', clause: '13' } };

    it('accepts a grant deducted from items split alike, in the project period', () => {
      expect(problemsOf(withFunding([grant(), grant({ key: 'rest', amount: 900_00 })], period))).toEqual([]);
    });

    it('refuses funding larger than the cost it reduces', () => {
      expect(codesAt(withFunding([grant(), grant({ key: 'mer', amount: 900_01 })]))).toEqual({
        'costSplit.funding.1.amount': ['fundingExceedsCost'],
      });
    });

    it('refuses funding for a year outside the project period, or for an unknown item', () => {
      expect(codesAt(withFunding([grant({ year: 2020, covers: ['a', 'okand'] })], period))).toEqual({
        'costSplit.funding.0.covers.1': ['unknownCostItem'],
        'costSplit.funding.0.year': ['fundingYearOutsidePeriod'],
      });
    });

    it('requires the year, the items and the amount of funding that deducts', () => {
      const bare = { key: 'bidrag', funder: 'Socialstyrelsen', deduct: 'amount', clause: '13' };
      expect(codesAt(withFunding([bare]))).toEqual({
        'costSplit.funding.0.year': ['fundingYearRequired'],
        'costSplit.funding.0.covers': ['fundingCoversRequired'],
        'costSplit.funding.0.amount': ['fundingAmountRequired'],
      });
    });

    it('refuses pooling items split differently, and items that partly overlap another funding’s', () => {
      expect(
        codesAt(withFunding([grant({ covers: ['a', 'c'] }), grant({ key: 'annat', covers: ['b', 'c'] })])),
      ).toEqual({
        'costSplit.funding.0.covers': ['fundingSplitsDiffer'],
        'costSplit.funding.1.covers': ['fundingCoversOverlap'],
      });
    });

    it('refuses a deduction the schema does not know, with its path', () => {
      expect(codesAt(withFunding([grant({ deduct: 'half' })]))).toEqual({
        'costSplit.funding.0.deduct': ['invalidValue'],
      });
    });

    it('refuses a project period that ends before it starts or spans more than ten years', () => {
      expect(codesAt(withFunding([], { ...period, end: { date: '2016-12-31', clause: '13' } }))).toEqual({
        'costSplit.projectPeriod.end.date': ['periodEndsBeforeStart'],
      });
      expect(codesAt(withFunding([], { ...period, end: { date: '2027-01-01', clause: '13' } }))).toEqual({
        'costSplit.projectPeriod.end.date': ['projectPeriodTooLong'],
      });
    });
  });

  describe('organisations that take part without being parties', () => {
    it('never lets one sign', () => {
      const draft = anAgreement()
        .withParties(
          aParty({
            key: 'kommunforbundet',
            name: 'Kommunförbundet',
            kind: 'associationOfMunicipalities',
            participatesAs: { role: 'host', description: 'Huvudman för centrumet.', clause: '2' },
          }),
        )
        .with({ signing: { parties: ['polisen', 'kommunforbundet'], clause: '2' } })
        .build();
      expect(codesAt(draft)).toEqual({ 'signing.parties.1': ['participantCannotSign'] });
    });

    it('refuses a role the schema does not know, with its path', () => {
      const draft = anAgreement()
        .withParties(
          aParty({ key: 'lst', participatesAs: { role: 'sponsor', description: 'x', clause: '2' } as never }),
        )
        .build();
      expect(codesAt(draft)).toEqual({ 'parties.2.participatesAs.role': ['invalidValue'] });
    });
  });

  describe('term', () => {
    it('refuses an end before the start', () => {
      const draft = anAgreement()
        .with({ term: { start: '2024-01-01', end: '2023-12-31', clause: '16' } })
        .build();
      expect(codesAt(draft)).toEqual({ 'term.end': ['endBeforeStart'] });
    });

    it('refuses a date that is not in the calendar', () => {
      const draft = anAgreement()
        .with({ term: { start: '2023-02-29', clause: '16' } })
        .build();
      expect(codesAt(draft)).toEqual({ 'term.start': ['invalidDate'] });
    });
  });

  describe('routines', () => {
    it('refuses a malformed template reference and a home municipality that is not a municipality', () => {
      const draft = anAgreement()
        .with({
          routines: [
            {
              key: 'rvc',
              template: 'rvc-referral',
              source: 'template',
              roles: { supportCentre: { to: ['polisen', 'ostersund'], choose: 'homeMunicipality' } },
            },
            {
              key: 'rvc2',
              template: 'rvc-referral@1',
              source: 'template',
              roles: { supportCentre: { to: ['polisen'], choose: 'homeMunicipality' } },
            },
          ],
        })
        .build();
      expect(codesAt(draft)).toEqual({
        'routines.0.template': ['invalidTemplateRef'],
        'routines.1.roles.supportCentre.to.0': ['notAMunicipality'],
      });
    });

    // A duration beyond the date library's range gave the case no due time and failed its next
    // event with a 500 (found by the routine property in apps/api/src/property/).
    it('refuses parameter values a deadline cannot be counted with: over 100 years, over 10 000 working days', () => {
      const binding = (parameters: NonNullable<RoutineBinding['parameters']>) => ({
        key: 'rvc',
        template: 'rvc-referral@1',
        source: 'template' as const,
        roles: { police: { to: ['polisen'] } },
        parameters,
      });
      const draft = anAgreement()
        .with({
          routines: [
            binding({
              contactWithin: { type: 'duration', value: 'P99999999Y' },
              escalateAfter: { type: 'duration', value: 'PT0S' },
              followUpWithin: { type: 'duration', value: 'P100Y' },
            }),
            { ...binding({ assessWithin: { type: 'workingDays', value: 10_001 } }), key: 'samrad' },
          ],
        })
        .build();
      expect(codesAt(draft)).toEqual({
        'routines.0.parameters.contactWithin.value': ['durationTooLong'],
        'routines.1.parameters.assessWithin.value': ['tooManyWorkingDays'],
      });
    });
  });
});

function aMunicipalities(key: string, code: string, overrides: Parameters<typeof aMunicipality>[2]) {
  return aMunicipality(key, code, overrides);
}
