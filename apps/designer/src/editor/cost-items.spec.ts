import { costSplitOf } from '@samverkan/agreements';
import { draftOf, template } from '../testing/draft-fixture';
import { problemsByPath, resolveDraft } from './draft';
import { costSplitAsTyped, kronorToOre, percentValue, switchMethod, withItems, withShare } from './cost-items';

const item = (key: string, method: Record<string, unknown>, amount = 90_000_000) => ({
  key,
  name: `Post ${key}`,
  amount,
  method: { ...method, clause: '10' },
  clause: '10',
});
const parties = ['polisen', 'ostersund', 'region'];

describe('the cost split’s items', () => {
  it('splits two items, in equal and in fixed shares, with each party’s total from the library', () => {
    const equal = item('lika', switchMethod({ payers: parties }, 'equal', '10', undefined));
    const fixed = item('fast', {
      method: 'fixedShares',
      shares: withShare(withShare([], 'region', '25', parties), 'ostersund', '75', parties),
    });
    const draft = withItems(draftOf(), template, [equal, fixed], '10');
    const resolved = resolveDraft(draft, template);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const view = costSplitOf(resolved.value, 2026);
    expect(view.items.map((i) => i.status)).toEqual(['computed', 'computed']);
    // 300 000 kr in three, then 225 000 and 75 000 kr: Östersund 300 000 + 675 000 kr.
    expect(view.payers.find((p) => p.partyKey === 'ostersund')?.netOre).toBe(30_000_000 + 67_500_000);
    expect(view.payers.find((p) => p.partyKey === 'polisen')?.netOre).toBe(30_000_000);
  });

  it('names fixed shares that do not make 100 percent, and an empty list of payers, at their fields', () => {
    const fixed = item('fast', { method: 'fixedShares', shares: withShare([], 'region', '30', parties) });
    const short = resolveDraft(withItems(draftOf(), template, [fixed], '10'), template);
    if (short.ok) throw new Error('30 percent must not validate');
    expect(problemsByPath(short.problems).get('costSplit.items.0.method.shares')).toMatch(/30 %, inte 100 %/);
    const equal = item('lika', { method: 'equal', payers: [] });
    const unpaid = resolveDraft(withItems(draftOf(), template, [equal], '10'), template);
    if (unpaid.ok) throw new Error('an item nobody pays must not validate');
    expect(problemsByPath(unpaid.problems).has('costSplit.items.0.method.payers')).toBe(true);
  });

  it('switches methods keeping the payers, and leaves fixed shares for the county to type', () => {
    const byPopulation = switchMethod({ method: 'equal', payers: ['ostersund'] }, 'byPopulation', '13', '2024-12-31');
    expect(byPopulation).toEqual({
      method: 'byPopulation',
      payers: ['ostersund'],
      population: { date: '2024-12-31', source: 'Kommunregistret (SCB)' },
      clause: '13',
    });
    expect(switchMethod(byPopulation, 'fixedShares', '13', undefined)).toEqual({
      method: 'fixedShares',
      shares: [],
      clause: '13',
    });
    expect(switchMethod(byPopulation, 'asSetInAgreement', '13', undefined)).toMatchObject({ payers: ['ostersund'] });
  });

  it('reads kronor and percent as typed, and keeps other text for validation to name', () => {
    expect(kronorToOre('1 200 000')).toBe(120_000_000);
    expect(kronorToOre('en miljon')).toBe('en miljon');
    expect(percentValue('33,5')).toBe(33.5);
    expect(withShare([{ party: 'region', percent: 50 }], 'region', '', parties)).toEqual([]);
  });

  it('leaves a template’s item out with $remove and shows the rest as typed', () => {
    const withTemplateItem = {
      ...template,
      content: {
        ...template.content,
        costSplit: { clause: '10', items: [item('mallens', { method: 'equal', payers: parties })] },
      },
    } as typeof template;
    const draft = withItems(draftOf(), withTemplateItem, [item('egen', { method: 'equal', payers: parties })], '10');
    expect(costSplitAsTyped(draft, withTemplateItem).items.map((i) => i.key)).toEqual(['egen']);
    const resolved = resolveDraft(draft, withTemplateItem);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    expect(resolved.value.costSplit?.items?.map((i) => i.key)).toEqual(['egen']);
  });
});
