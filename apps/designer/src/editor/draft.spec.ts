import type { AgreementTemplate, AgreementVersion, Commitment } from '@samverkan/agreements';
import { formatTemplateRef } from '@samverkan/agreements';
import { newCommitment } from './CommitmentsSection';
import { addItem, freeKey, itemAsTyped, patchItem, removeItem, resolveDraft } from './draft';

// A small template of the kind the editor drafts from: three parties, one commitment, the clauses.
const aCommitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  key: 'delta',
  by: ['polisen'],
  text: 'Delta i samrådsmöten.',
  kind: 'standing',
  clause: '10',
  ...overrides,
});
const base: AgreementVersion = {
  key: 'mall',
  title: 'Överenskommelse om samverkan',
  kind: 'agreement',
  county: { code: '23', name: 'Jämtlands län' },
  sources: [{ key: 'avtalet', kind: 'agreement', title: 'Överenskommelsen' }],
  parties: [
    { key: 'polisen', name: 'Polismyndigheten', kind: 'police', clause: '2' },
    { key: 'ostersund', name: 'Östersunds kommun', kind: 'municipality', municipalityCode: '2380', clause: '2' },
    { key: 'region', name: 'Regionen', kind: 'region', clause: '2' },
  ],
  commitments: [aCommitment()],
  clauses: ['1', '2', '10'].map((number) => ({ number, title: `Punkt ${number}`, text: 'Text.' })),
} as AgreementVersion;
const content = Object.fromEntries(Object.entries(base).filter(([name]) => name !== 'key'));
const template: AgreementTemplate = {
  key: 'samverkan-base',
  version: 1,
  name: 'Grundmall',
  description: 'En mall för tester.',
  content,
} as AgreementTemplate;
const draftOf = (extra: Record<string, unknown> = {}) => ({
  extends: formatTemplateRef(template),
  key: 'ett-lan',
  ...extra,
});

describe('the editor’s draft helpers', () => {
  it('leaves a template’s commitment out with $remove, and drops the county’s own', () => {
    const own = addItem(draftOf(), 'commitments', { ...aCommitment({ key: 'egen' }) });
    const withoutOwn = removeItem(own, 'commitments', 'egen', false);
    expect(withoutOwn['commitments']).toEqual([]);
    const withoutTemplates = removeItem(own, 'commitments', 'delta', true);
    const resolved = resolveDraft(withoutTemplates, template);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    expect(resolved.value.commitments?.map((c) => c.key)).toEqual(['egen']);
  });

  it('shows a commitment as typed while the draft does not validate', () => {
    const typed = patchItem(draftOf(), 'commitments', 'delta', { by: [] });
    const result = resolveDraft(typed, template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain('commitments.0.by');
    const shown = itemAsTyped(typed, 'commitments', aCommitment({ key: 'delta' }));
    expect(shown.by).toEqual([]);
    expect(shown.text).toBe(aCommitment().text);
  });

  it('adds a commitment of every party that the library accepts, under a free key', () => {
    const added = newCommitment(' Utse en kontaktperson. ', '10', base);
    expect(added).toEqual({
      key: 'atagande',
      by: ['polisen', 'ostersund', 'region'],
      text: 'Utse en kontaktperson.',
      kind: 'standing',
      clause: '10',
    });
    const resolved = resolveDraft(addItem(draftOf(), 'commitments', added), template);
    expect(resolved.ok).toBe(true);
    expect(freeKey('atagande', [{ key: 'atagande' }, { key: 'atagande-2' }])).toBe('atagande-3');
  });
});
