import type { CostSplitView } from '@samverkan/agreements';
import { renderToStaticMarkup } from 'react-dom/server';
import { textOf } from '../testing/render-page';
import { CostSplitItems, partyNames } from './CostSplitPage';

const view: CostSplitView = {
  year: 2027,
  specified: true,
  projectPeriod: null,
  funded: [],
  payers: [
    { partyKey: 'a', grossOre: 75_000_01, netOre: 75_000_01 },
    { partyKey: 'b', grossOre: 25_000_00, netOre: 25_000_00 },
  ],
  payersComplete: false,
  fundingBeside: [],
  items: [
    {
      key: 'samordnare',
      name: 'Samordnare',
      clause: '6.1',
      status: 'computed',
      outcome: {
        kind: 'computed',
        year: 2027,
        method: 'byPopulation',
        grossOre: 100_000_01,
        funding: [],
        totalOre: 100_000_01,
        items: [],
        leftoverOre: 1,
        shares: [
          {
            partyKey: 'a',
            amountOre: 75_000_01,
            basis: { kind: 'population', count: 30_000, year: 2023, source: 'SCB' },
            fraction: { numerator: 3, denominator: 4 },
            flooredOre: 75_000_00,
            remainder: { numerator: 3, denominator: 4 },
            roundingOre: 1,
          },
          {
            partyKey: 'b',
            amountOre: 25_000_00,
            basis: { kind: 'population', count: 10_000, year: 2023, source: 'SCB' },
            fraction: { numerator: 1, denominator: 4 },
            flooredOre: 25_000_00,
            remainder: { numerator: 1, denominator: 4 },
            roundingOre: 0,
          },
        ],
      },
    },
    { key: 'lokal', name: 'Lokal', clause: '§ 7', status: 'amountNotSpecified' },
  ],
};

describe('CostSplitItems', () => {
  it('shows each party’s share in kronor with its basis and the total, names from the version', () => {
    const html = renderToStaticMarkup(<CostSplitItems view={view} names={new Map([['a', 'Kommun A']])} />);
    const text = textOf(html);
    expect(text).toContain('Samordnare 2027: fördelat efter folkmängd');
    expect(text).toContain('Kommun A 30 000 invånare (2023) 75 000,01 kr');
    // A party without a name in the version is shown by its key, never dropped.
    expect(text).toContain('b 10 000 invånare (2023) 25 000 kr');
    expect(text).toContain('Totalt 100 000,01 kr');
    expect(text).toContain('Lokal (§ 7)');
    expect(text).toContain('Avtalet anger inget belopp för 2027.');
    expect(text).toContain('Varje parts kostnad 2027 Part Före bidrag Att betala Kommun A 75 000,01 kr 75 000,01 kr');
    expect(text).toContain('Summorna saknar de poster');
  });

  it('says so when the agreement splits no cost', () => {
    const html = renderToStaticMarkup(
      <CostSplitItems
        view={{
          year: 2027,
          specified: false,
          items: [],
          projectPeriod: null,
          funded: [],
          payers: [],
          payersComplete: true,
          fundingBeside: [],
        }}
        names={new Map()}
      />,
    );
    expect(html).toBe('<p>Avtalet anger ingen kostnadsfördelning.</p>');
  });
});

describe('partyNames', () => {
  it('maps keys to names and ignores what is not a party', () => {
    const names = partyNames({ parties: [{ key: 'a', name: 'A' }, { key: 3 }, null, { key: 'b', name: 'B' }] });
    expect([...names]).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    expect(partyNames(undefined).size).toBe(0);
    expect(partyNames({ extends: 'x@1' }).size).toBe(0);
  });
});
