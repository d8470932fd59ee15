import { RoutineError } from '../errors/routine-error.js';
import { ordinaryTexts, personalDataCorpus } from './personal-data.corpus.js';
import { MAX_PERSONAL_DATA_PROBLEMS, assertNoPersonalData, findPersonalData, personalDataIn } from './personal-data.js';

describe('personalDataIn', () => {
  it.each(personalDataCorpus.map((sample) => [sample.kind, sample.form, sample]))(
    'refuses %s written as %s',
    (_kind, _form, sample) => {
      expect({ text: sample.text, kind: personalDataIn(sample.text) }).toEqual({
        text: sample.text,
        kind: sample.kind,
      });
    },
  );

  it.each(ordinaryTexts.map((sample) => [sample.form, sample.text]))('lets through %s: %s', (_form, text) => {
    expect(personalDataIn(text)).toBeUndefined();
  });

  it('reads hostile long texts in linear time', () => {
    const size = 100_000;
    const texts = [
      'a'.repeat(size),
      ' '.repeat(size),
      '1 '.repeat(size / 2),
      '1-'.repeat(size / 2),
      '0'.repeat(size),
      'a@'.repeat(size / 2),
      'a at '.repeat(size / 5),
      'gatan'.repeat(size / 5),
      '(at'.repeat(size / 3),
      '12.'.repeat(size / 3),
      '0 '.repeat(size / 2),
      '01.01 '.repeat(size / 6),
      '123 45 '.repeat(size / 7),
      '\u0661'.repeat(size),
    ];
    const started = Date.now();
    for (const text of texts) personalDataIn(text);
    // A generous bound: quadratic work on these texts takes minutes, linear work milliseconds.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('assertNoPersonalData', () => {
  it('says where and what, with the code the API returns', () => {
    try {
      assertNoPersonalData({ actions: [{ key: 'a1', role: 'Kontakta 070-6935463' }] });
      throw new Error('expected a RoutineError');
    } catch (error) {
      expect(error).toBeInstanceOf(RoutineError);
      if (!(error instanceof RoutineError)) return;
      expect(error.code).toBe('PERSONAL_DATA_REJECTED');
      expect(error.problems).toEqual([expect.objectContaining({ path: 'actions.0.role', code: 'personalData' })]);
    }
  });

  it.each([
    ['party keys and enum values', { party: 'ostersunds-kommun', offered: ['crisisTalk'], consentBasis: 'consent' }],
    ['dates and instants', { noticeGivenOn: '2026-06-30', slotAt: '2026-03-31T09:00:00+02:00' }],
    [
      'assigned actions with durations and working days',
      {
        actions: [
          { key: 'a1', role: 'police', kind: 'riskAssessment', within: { workingDays: 5 } },
          { key: 'a2', role: 'socialServices', kind: 'supportTalk', within: { duration: 'P2W' } },
        ],
      },
    ],
  ])('lets through %s', (_kind, payload) => {
    expect(() => assertNoPersonalData(payload)).not.toThrow();
  });
});

describe('findPersonalData', () => {
  it('finds strings at any depth, object keys too, in the order of the value', () => {
    expect(
      findPersonalData({ nested: { deep: ['a', 'b@c.se'] }, 'ring 070-693 54 63': true }).map((p) => p.path),
    ).toEqual(['nested.deep.1', 'ring 070-693 54 63']);
  });

  it('walks a value nested far deeper than the call stack allows, and finds what is at the bottom', () => {
    let value: unknown = ['070-693 54 63'];
    for (let depth = 0; depth < 200_000; depth++) value = [value];
    const problems = findPersonalData(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path.split('.')).toHaveLength(200_001);
  });

  it(`reports at most ${MAX_PERSONAL_DATA_PROBLEMS} problems`, () => {
    const value = Array.from({ length: 5_000 }, () => '811218-9876');
    expect(findPersonalData(value)).toHaveLength(MAX_PERSONAL_DATA_PROBLEMS);
  });

  it('stops at a value it has already walked (a cycle in a value built in code)', () => {
    const looped: Record<string, unknown> = { mail: 'anna@example.se' };
    looped['self'] = looped;
    expect(findPersonalData(looped).map((p) => p.path)).toEqual(['mail']);
  });
});
