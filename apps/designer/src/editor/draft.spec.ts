import { newCommitment } from './CommitmentsSection';
import { addItem, freeKey, itemAsTyped, patchItem, removeItem, resolveDraft } from './draft';
import { aCommitment, base, draftOf, template } from '../testing/draft-fixture';

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
