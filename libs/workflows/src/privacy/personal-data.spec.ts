import { RoutineError } from '../errors/routine-error.js';
import { assertNoPersonalData, findPersonalData, personalDataIn } from './personal-data.js';

describe('assertNoPersonalData', () => {
  it.each([
    ['a personal identity number', { title: 'Ring 850312-1234' }],
    ['a twelve-digit identity number', { title: '198503121234' }],
    ['a co-ordination number', { title: '850372-1234' }],
    ['an e-mail address', { title: 'skicka till anna.andersson@example.se' }],
    ['a mobile number', { title: 'Ring 070-693 54 63' }],
    ['a number in international form', { title: '+46 70 693 54 63' }],
    ['a landline number', { title: '08-123 456 78' }],
  ])('rejects a payload holding %s', (_kind, payload) => {
    expect(() => assertNoPersonalData(payload)).toThrow(RoutineError);
  });

  it('says where and what, with the code the API returns', () => {
    try {
      assertNoPersonalData({ actions: [{ key: 'a1', title: 'Kontakta 070-6935463' }] });
      throw new Error('expected a RoutineError');
    } catch (error) {
      expect(error).toBeInstanceOf(RoutineError);
      if (!(error instanceof RoutineError)) return;
      expect(error.code).toBe('PERSONAL_DATA_REJECTED');
      expect(error.problems).toEqual([expect.objectContaining({ path: 'actions.0.title', code: 'personalData' })]);
    }
  });

  it.each([
    ['party keys and enum values', { party: 'ostersunds-kommun', offered: ['crisisTalk'], consentBasis: 'consent' }],
    ['dates and instants', { noticeGivenOn: '2026-06-30', slotAt: '2026-03-31T09:00:00+02:00' }],
    [
      'a short Swedish title with a number in it',
      { actions: [{ key: 'a1', title: 'Riskbedömning enligt Patriark inom 2 veckor' }] },
    ],
    [
      'working days and durations',
      {
        actions: [
          { key: 'a2', within: { workingDays: 5 } },
          { key: 'a3', within: { duration: 'P2W' } },
        ],
      },
    ],
  ])('lets through %s', (_kind, payload) => {
    expect(() => assertNoPersonalData(payload)).not.toThrow();
  });

  it('tells which kind of personal data a text looks like', () => {
    expect(personalDataIn('19850312-1234')).toBe('identityNumber');
    expect(personalDataIn('x@y.se')).toBe('email');
    expect(personalDataIn('0706935463')).toBe('phone');
    expect(personalDataIn('2026-03-28T10:00:00+01:00')).toBeUndefined();
    expect(findPersonalData({ nested: { deep: ['a', 'b@c.se'] } }).map((problem) => problem.path)).toEqual([
      'nested.deep.1',
    ]);
  });
});
