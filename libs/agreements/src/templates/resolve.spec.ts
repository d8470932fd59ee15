import { type AgreementVersion } from '../schema/agreement-version.js';
import { aBody, aTemplate, anAgreement, clauses } from '../testing/builders.js';
import { resolveAgreement } from './resolve.js';

const template = aTemplate({
  kind: 'agreement',
  bodies: [
    aBody({
      key: 'ledningsgrupp',
      kind: 'leadership',
      name: 'Ledningsgruppen',
    }),
    aBody({
      cadence: { kind: 'countPerPeriod', min: 4, per: 'year', clause: '9' },
      reportsTo: { body: 'ledningsgrupp', clause: '9' },
    }),
    aBody({
      key: 'arbetsgrupp',
      kind: 'working',
      name: 'Arbetsgruppen',
      reportsTo: { body: 'styrgrupp', clause: '9' },
    }),
  ],
  withdrawal: { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' },
  escalation: { levels: [{ body: 'styrgrupp' }, { body: 'ledningsgrupp' }], clause: '18' },
  clauses: clauses('9', '17', '18'),
});

/** A county's own part: what the template lacks (county, parties, sources) and its overrides. */
function countyOverlay(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const own: Record<string, unknown> = { ...anAgreement().build(), extends: 'samverkan-base@1' };
  delete own['bodies'];
  return { ...own, ...overrides };
}

function resolve(overlay: unknown, lookup = () => template as unknown): AgreementVersion {
  const result = resolveAgreement(overlay, lookup);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('resolveAgreement', () => {
  it('returns a version without extends as it is, validated', () => {
    const version = anAgreement().build();
    expect(resolveAgreement(version, () => undefined)).toEqual({ ok: true, value: version });
  });

  it('takes from the template what the county does not state, and keeps the reference', () => {
    const version = resolve(countyOverlay());
    expect(version.extends).toBe('samverkan-base@1');
    expect(version.withdrawal?.noticePeriod).toBe('P6M');
    expect(version.bodies?.map((b) => b.key)).toEqual(['ledningsgrupp', 'styrgrupp', 'arbetsgrupp']);
    expect(version.clauses.map((c) => c.number)).toEqual([
      '1',
      '2',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14.2',
      '15',
      '16',
      '17',
      '18',
    ]);
  });

  it('merges an overriding item into the template’s item by key, field by field', () => {
    const version = resolve(countyOverlay({ bodies: [{ key: 'styrgrupp', name: 'Styrgrupp Operation Norrsken' }] }));
    expect(version.bodies?.[1]).toEqual({
      key: 'styrgrupp',
      kind: 'steering',
      name: 'Styrgrupp Operation Norrsken',
      clause: '9',
      cadence: { kind: 'countPerPeriod', min: 4, per: 'year', clause: '9' },
      reportsTo: { body: 'ledningsgrupp', clause: '9' },
    });
  });

  it('merges objects of one kind and replaces objects of another kind', () => {
    const sameKind = resolve(countyOverlay({ bodies: [{ key: 'styrgrupp', cadence: { max: 4 } }] }));
    expect(sameKind.bodies?.[1]?.cadence).toEqual({ kind: 'countPerPeriod', min: 4, max: 4, per: 'year', clause: '9' });
    const otherKind = resolve(
      countyOverlay({
        bodies: [{ key: 'styrgrupp', cadence: { kind: 'recurrence', rrule: 'FREQ=MONTHLY;INTERVAL=3', clause: '9' } }],
      }),
    );
    expect(otherKind.bodies?.[1]?.cadence).toEqual({
      kind: 'recurrence',
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
      clause: '9',
    });
  });

  it('removes a field with null and an item with $remove', () => {
    const version = resolve(
      countyOverlay({
        withdrawal: null,
        bodies: [
          { key: 'styrgrupp', reportsTo: null },
          { key: 'arbetsgrupp', $remove: true },
        ],
        escalation: { levels: [{ body: 'styrgrupp' }] },
      }),
    );
    expect(version.withdrawal).toBeUndefined();
    expect(version.bodies?.map((b) => b.key)).toEqual(['ledningsgrupp', 'styrgrupp']);
    expect(version.bodies?.[1]?.reportsTo).toBeUndefined();
    expect(version.escalation?.levels).toEqual([{ body: 'styrgrupp' }]);
  });

  it('keeps the county’s order, and the template’s items it does not list after their predecessors', () => {
    const version = resolve(
      countyOverlay({
        bodies: [
          aBody({ key: 'samradsgrupp', kind: 'consultation', name: 'Samråd', clause: '9' }),
          { key: 'arbetsgrupp' },
        ],
      }),
    );
    expect(version.bodies?.map((b) => b.key)).toEqual(['ledningsgrupp', 'styrgrupp', 'samradsgrupp', 'arbetsgrupp']);
  });

  it('puts numbered clauses in the order of their numbers', () => {
    const version = resolve(
      countyOverlay({
        clauses: [...clauses('1', '2', '10', '10.1', '11', '12', '13', '14.2', '15', '16'), { title: 'Underskrifter' }],
      }),
    );
    expect(version.clauses.map((c) => c.number ?? c.title)).toEqual([
      '1',
      '2',
      '9',
      '10',
      '10.1',
      '11',
      '12',
      '13',
      '14.2',
      '15',
      '16',
      '17',
      '18',
      'Underskrifter',
    ]);
  });

  it('reports a removal of something the template lacks, with the rest of the problems', () => {
    const result = resolveAgreement(
      countyOverlay({ bodies: [{ key: 'samradsgrupp', $remove: true }], escalation: { levels: [{ body: 'saknas' }] } }),
      () => template,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['bodies.0', 'removeUnknown'],
      ['escalation.levels.0.body', 'unknownBody'],
    ]);
  });

  it('refuses an unknown template, a malformed reference and a template that is not valid', () => {
    const codes = (overlay: unknown, lookup: () => unknown) => {
      const result = resolveAgreement(overlay, lookup);
      return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
    };
    expect(codes(countyOverlay(), () => undefined)).toEqual([['extends', 'unknownTemplate']]);
    expect(codes(countyOverlay({ extends: 'samverkan-base' }), () => template)).toEqual([
      ['extends', 'invalidTemplateRef'],
    ]);
    expect(codes(countyOverlay(), () => ({ ...template, version: 'ett' }))).toEqual([['extends', 'invalidTemplate']]);
    expect(codes(countyOverlay(), () => ({ ...template, version: 2 }))).toEqual([['extends', 'unknownTemplate']]);
  });
});
