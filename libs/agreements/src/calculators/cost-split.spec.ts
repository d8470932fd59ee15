import fc from 'fast-check';
import {
  type CostShare,
  type CostSplitInput,
  type CostSplitMethodInput,
  type CostSplitPartyInput,
  splitCost,
} from './cost-split.js';

// Seed 003 (Västernorrland 2016), § 6 Budget, the column "Kommun", in kronor; § 6.1: the
// municipalities' costs "föreslås fördelas mellan kommunerna utifrån invånarantal". The seed
// gives no populations (only "ca 10 kr/länsinvånare"), so the split uses the register's figures
// for 31 December 2023 (shared/data/municipalities.csv, SCB).
const municipalColumnKr: [string, string, number][] = [
  ['samordnare', 'Samordnare 3,0 åa', 1_710_000],
  ['information', 'Information/kommunikation', 200_000],
  ['lokaler', 'Lokaler', 50_000],
  ['resor', 'Resor samordnare', 100_000],
  ['kompetens', 'Intern kompetensutveckling', 30_000],
  ['ovrigt', 'Övriga kostnader', 40_000],
  ['material', 'Informationsmaterial', 20_000],
];
const source = 'SCB, folkmängd 31 december 2023';
const vasternorrland2023: [string, number][] = [
  ['ange', 9109],
  ['timra', 17540],
  ['harnosand', 24654],
  ['sundsvall', 99213],
  ['kramfors', 17631],
  ['solleftea', 18523],
  ['ornskoldsvik', 55478],
];

function byPopulation(parties: [string, number][]): CostSplitPartyInput[] {
  return parties.map(([key, count]) => ({ key, population: { count, year: 2023, source } }));
}

function aSplit(overrides: Partial<CostSplitInput> = {}): CostSplitInput {
  return {
    year: 2017,
    items: municipalColumnKr.map(([key, label, kr]) => ({ key, label, amountOre: kr * 100 })),
    method: { kind: 'byPopulation' },
    parties: byPopulation(vasternorrland2023),
    ...overrides,
  };
}

function computedShares(input: CostSplitInput): CostShare[] {
  const result = splitCost(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (result.value.kind !== 'computed') throw new Error(result.value.kind);
  return result.value.shares;
}

function amounts(shares: CostShare[]): Map<string, number> {
  return new Map(shares.map((share) => [share.partyKey, share.amountOre]));
}

describe('splitCost on the Västernorrland budget (seed 003, § 6)', () => {
  const result = splitCost(aSplit());
  const shares = result.ok && result.value.kind === 'computed' ? result.value.shares : [];

  it('splits the table total of 2 150 000 kr exactly', () => {
    expect(result.ok && result.value.totalOre).toBe(215_000_000);
    expect(shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(215_000_000);
  });

  it('gives each municipality its population share, rounded by less than one öre', () => {
    const people = vasternorrland2023.reduce((sum, [, count]) => sum + count, 0);
    expect(people).toBe(242_148);
    for (const [key, count] of vasternorrland2023) {
      // 215e6 × 99 213 < 2^53: exact in floating point before the division.
      const exact = (215_000_000 * count) / people;
      const amount = amounts(shares).get(key) ?? -1;
      expect(Math.abs(amount - exact)).toBeLessThan(1);
    }
    // Sundsvall: 215 000 000 × 99 213 / 242 148 = 88 089 907.82… öre, rounded up.
    expect(amounts(shares).get('sundsvall')).toBe(88_089_908);
    // Ånge: 8 087 760.38… öre, rounded down.
    expect(amounts(shares).get('ange')).toBe(8_087_760);
  });

  it('hands the leftover öre to the largest remainders', () => {
    const leftover = result.ok && result.value.kind === 'computed' ? result.value.leftoverOre : 0;
    const up = shares.filter((share) => share.roundingOre === 1);
    const down = shares.filter((share) => share.roundingOre === 0);
    expect(up).toHaveLength(leftover);
    const fraction = (share: CostShare): number => share.remainder.numerator / share.remainder.denominator;
    const smallestUp = Math.min(...up.map(fraction));
    for (const share of down) expect(fraction(share)).toBeLessThanOrEqual(smallestUp);
    expect(up.map((share) => share.partyKey).sort()).toEqual(['harnosand', 'ornskoldsvik', 'sundsvall', 'timra']);
  });

  it('says how each share was computed', () => {
    const sundsvall = shares.find((share) => share.partyKey === 'sundsvall');
    expect(sundsvall?.basis).toEqual({ kind: 'population', count: 99_213, year: 2023, source });
    // Reduced: 99 213 / 242 148 = 33 071 / 80 716.
    expect(sundsvall?.fraction).toEqual({ numerator: 33_071, denominator: 80_716 });
    expect(sundsvall?.flooredOre).toBe(88_089_907);
    expect(sundsvall?.remainder.numerator).toBeLessThan(sundsvall?.remainder.denominator ?? 0);
  });

  it('comes to about 9 kr per inhabitant, in line with the seed’s "ca 10 kr/länsinvånare"', () => {
    for (const [key, count] of vasternorrland2023) {
      const krPerInhabitant = (amounts(shares).get(key) ?? 0) / 100 / count;
      expect(krPerInhabitant).toBeGreaterThan(8);
      expect(krPerInhabitant).toBeLessThan(10);
    }
  });
});

describe('splitCost less the state grant (seed 003, § 6.1)', () => {
  // "Kostnaderna utöver finansiering via socialstyrelsens utvecklingsmedel föreslås fördelas
  // mellan kommunerna utifrån invånarantal": 2 150 000 kr less 1 231 868 kr leaves 918 132 kr.
  const grant = { key: 'socialstyrelsen', label: 'Socialstyrelsen', amountOre: 1_231_868_00 };
  const result = splitCost(aSplit({ funding: [grant] }));
  const outcome = result.ok && result.value.kind === 'computed' ? result.value : undefined;

  it('deducts the grant from the gross before the split', () => {
    expect(outcome?.grossOre).toBe(215_000_000);
    expect(outcome?.funding).toEqual([grant]);
    expect(outcome?.totalOre).toBe(91_813_200);
  });

  it('gives each municipality its population share of the net, within one öre, summing exactly', () => {
    const shares = outcome?.shares ?? [];
    expect(shares).toHaveLength(7);
    expect(shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(91_813_200);
    const people = 242_148;
    for (const [key, count] of vasternorrland2023) {
      const exact = (91_813_200 * count) / people;
      expect(Math.abs((amounts(shares).get(key) ?? -1) - exact)).toBeLessThan(1);
    }
    // Sundsvall: 91 813 200 × 99 213 / 242 148 = 37 617 750.35 öre, rounded down;
    // Örnsköldsvik: 21 035 121.95 öre, rounded up.
    expect(amounts(shares).get('sundsvall')).toBe(37_617_750);
    expect(amounts(shares).get('ornskoldsvik')).toBe(21_035_122);
  });

  it('splits nothing when the funding pays it all, and refuses funding larger than the cost', () => {
    const whole = computedShares(aSplit({ funding: [{ ...grant, amountOre: 215_000_000 }] }));
    expect(whole.every((share) => share.amountOre === 0)).toBe(true);
    const over = splitCost(aSplit({ funding: [grant, { key: 'lan', label: 'Länsstyrelsen', amountOre: 918_132_01 }] }));
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.problems.map((p) => [p.code, p.path])).toEqual([['FUNDING_EXCEEDS_COST', 'funding']]);
  });

  it('refuses a funding amount that is not a whole öre ≥ 0, and a funding key given twice', () => {
    const bad = splitCost(
      aSplit({
        funding: [
          { ...grant, amountOre: 12.5 },
          { ...grant, amountOre: -1 },
        ],
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_AMOUNT', 'funding.0.amountOre'],
      ['DUPLICATE_KEY', 'funding.1.key'],
      ['INVALID_AMOUNT', 'funding.1.amountOre'],
    ]);
  });

  it('leaves a split without funding as it was: gross and net the same', () => {
    const plain = splitCost(aSplit());
    expect(plain.ok && plain.value.kind === 'computed' && [plain.value.grossOre, plain.value.totalOre]).toEqual([
      215_000_000, 215_000_000,
    ]);
  });
});

describe('splitCost methods', () => {
  const three = [{ key: 'c' }, { key: 'a' }, { key: 'b' }];
  const oneKrona = [{ key: 'x', label: 'X', amountOre: 100 }];

  it('splits equally, the odd öre going to the first key in code-point order', () => {
    const shares = computedShares(aSplit({ items: oneKrona, method: { kind: 'equal' }, parties: three }));
    expect(Object.fromEntries(amounts(shares))).toEqual({ a: 34, b: 33, c: 33 });
    expect(shares.map((share) => share.partyKey)).toEqual(['c', 'a', 'b']);
  });

  it('splits by fixed decimal shares that sum to exactly 1 though their floats do not', () => {
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    const method: CostSplitMethodInput = {
      kind: 'fixedShares',
      shares: [
        { partyKey: 'c', share: 0.7 },
        { partyKey: 'b', share: 0.2 },
        { partyKey: 'a', share: 0.1 },
      ],
    };
    const shares = computedShares(aSplit({ items: oneKrona, method, parties: three }));
    expect(Object.fromEntries(amounts(shares))).toEqual({ a: 10, b: 20, c: 70 });
  });

  it('splits by percentages and by thirds with a stated denominator', () => {
    const percent = computedShares(
      aSplit({
        items: [{ key: 'x', label: 'X', amountOre: 1001 }],
        method: {
          kind: 'fixedShares',
          denominator: 100,
          shares: [
            { partyKey: 'a', share: 50 },
            { partyKey: 'b', share: 30 },
            { partyKey: 'c', share: 20 },
          ],
        },
        parties: three,
      }),
    );
    // 500.5, 300.3, 200.2: the one leftover öre goes to a (remainder .5).
    expect(Object.fromEntries(amounts(percent))).toEqual({ a: 501, b: 300, c: 200 });

    const thirds = computedShares(
      aSplit({
        items: oneKrona,
        method: {
          kind: 'fixedShares',
          denominator: 3,
          shares: three.map((party) => ({ partyKey: party.key, share: 1 })),
        },
        parties: three,
      }),
    );
    expect(thirds.find((share) => share.partyKey === 'a')?.fraction).toEqual({ numerator: 1, denominator: 3 });
  });

  it('defers to the agreement that sets the split (Jämtland § 10.3, § 13)', () => {
    const result = splitCost({
      year: 2025,
      items: [],
      method: { kind: 'asSetInAgreement', agreement: 'Centrum mot vålds samverkansavtal', clause: '10.3' },
      parties: [{ key: 'berg' }, { key: 'ostersund' }],
    });
    expect(result.ok && result.value.kind).toBe('setInAnotherAgreement');
    if (result.ok && result.value.kind === 'setInAnotherAgreement') {
      expect(result.value.agreement).toBe('Centrum mot vålds samverkansavtal');
      expect(result.value.partyKeys).toEqual(['berg', 'ostersund']);
      expect(result.value.note.sv).toContain('Centrum mot vålds samverkansavtal');
    }
  });
});

describe('splitCost on bad input', () => {
  it('names every party without a population, and never takes it as zero', () => {
    const parties = byPopulation(vasternorrland2023).map((party) =>
      party.key === 'ange' || party.key === 'kramfors' ? { key: party.key } : party,
    );
    const result = splitCost(aSplit({ parties }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['MISSING_POPULATION', 'parties.0.population'],
      ['MISSING_POPULATION', 'parties.4.population'],
    ]);
    expect(result.problems[0]?.message.sv).toContain('"ange"');
    expect(result.problems[1]?.message.en).toContain('"kramfors"');
  });

  it('reports every problem at once: negative and fractional amounts, duplicates, a bad year', () => {
    const result = splitCost(
      aSplit({
        year: 20.5,
        items: [
          { key: 'a', label: 'Lokaler', amountOre: -5000 },
          { key: 'a', label: 'Resor', amountOre: 12.5 },
        ],
        parties: [...byPopulation([['ange', 9109]]), ...byPopulation([['ange', 9109]])],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      'DUPLICATE_KEY',
      'DUPLICATE_KEY',
      'INVALID_AMOUNT',
      'INVALID_AMOUNT',
      'INVALID_YEAR',
    ]);
    for (const found of result.problems) {
      expect(found.message.sv).toMatch(/\S/);
      expect(found.message.en).toMatch(/\S/);
    }
  });

  it('refuses shares for unknown parties, missing shares, and shares that do not sum', () => {
    const three = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    const unknown = splitCost(
      aSplit({
        parties: three,
        method: {
          kind: 'fixedShares',
          shares: [
            { partyKey: 'a', share: 0.5 },
            { partyKey: 'b', share: 0.5 },
            { partyKey: 'zz', share: 0 },
          ],
        },
      }),
    );
    expect(!unknown.ok && unknown.problems.map((p) => p.code).sort()).toEqual(['MISSING_SHARE', 'UNKNOWN_PARTY']);

    const short = splitCost(
      aSplit({
        parties: three,
        method: {
          kind: 'fixedShares',
          shares: three.map((party) => ({ partyKey: party.key, share: 0.3 })),
        },
      }),
    );
    expect(!short.ok && short.problems.map((p) => p.code)).toEqual(['SHARES_DO_NOT_SUM']);
  });

  it('refuses a split by population when everyone counts zero, or with no parties', () => {
    const zero = splitCost(
      aSplit({
        parties: byPopulation([
          ['a', 0],
          ['b', 0],
        ]),
      }),
    );
    expect(!zero.ok && zero.problems.map((p) => p.code)).toEqual(['NOTHING_TO_SPLIT_BY']);
    const none = splitCost(aSplit({ parties: [] }));
    expect(!none.ok && none.problems.map((p) => p.code)).toContain('NO_PARTIES');
  });
});

describe('splitCost properties', () => {
  const keys = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 12 });
  const amountsArb = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 0, maxLength: 6 });
  const scenario = keys.chain((partyKeys) =>
    fc.record({
      partyKeys: fc.constant(partyKeys),
      weights: fc
        .array(fc.integer({ min: 0, max: 2_000_000 }), {
          minLength: partyKeys.length,
          maxLength: partyKeys.length,
        })
        .filter((weights) => weights.some((weight) => weight > 0)),
      amounts: amountsArb,
      method: fc.constantFrom('byPopulation', 'equal', 'fixedShares'),
      seed: fc.integer(),
    }),
  );

  function inputOf(s: { partyKeys: string[]; weights: number[]; amounts: number[]; method: string }): CostSplitInput {
    const parties = s.partyKeys.map((key, index) => ({
      key,
      population: { count: s.weights[index] ?? 0, year: 2023, source: 'test' },
    }));
    const denominator = s.weights.reduce((sum, weight) => sum + weight, 0);
    const method: CostSplitMethodInput =
      s.method === 'byPopulation'
        ? { kind: 'byPopulation' }
        : s.method === 'equal'
          ? { kind: 'equal' }
          : {
              kind: 'fixedShares',
              denominator,
              shares: s.partyKeys.map((key, index) => ({ partyKey: key, share: s.weights[index] ?? 0 })),
            };
    return {
      year: 2026,
      items: s.amounts.map((amountOre, index) => ({ key: `i${index}`, label: 'Post', amountOre })),
      method,
      parties,
    };
  }

  it('always sums exactly to the total, with no negative share, each within one öre of exact', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const shares = computedShares(inputOf(s));
        const total = s.amounts.reduce((sum, amount) => sum + amount, 0);
        expect(shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(total);
        for (const share of shares) {
          expect(share.amountOre).toBeGreaterThanOrEqual(0);
          expect(share.amountOre - share.flooredOre).toBe(share.roundingOre);
          expect(share.remainder.numerator).toBeLessThan(share.remainder.denominator);
        }
      }),
    );
  });

  it('never rounds a smaller remainder up while a larger one is rounded down', () => {
    // a/b ≥ c/d ⇔ a·d ≥ c·b, in BigInt so that close remainders compare exactly.
    const atLeast = (x: CostShare, y: CostShare): boolean =>
      BigInt(x.remainder.numerator) * BigInt(y.remainder.denominator) >=
      BigInt(y.remainder.numerator) * BigInt(x.remainder.denominator);
    fc.assert(
      fc.property(scenario, (s) => {
        const shares = computedShares(inputOf(s));
        for (const up of shares.filter((share) => share.roundingOre === 1)) {
          for (const down of shares.filter((share) => share.roundingOre === 0)) {
            expect(atLeast(up, down)).toBe(true);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the parties or the shares', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const reversed: CostSplitInput = {
          ...input,
          parties: [...input.parties].reverse(),
          method:
            input.method.kind === 'fixedShares'
              ? { ...input.method, shares: [...input.method.shares].reverse() }
              : input.method,
        };
        expect(amounts(computedShares(reversed))).toEqual(amounts(computedShares(input)));
      }),
    );
  });
});

describe('splitCost on very large amounts (issue 9, defect 10)', () => {
  // Money is integer öre and a split always adds up exactly: the arithmetic is in BigInt, and
  // the amounts a version may state are bounded to safe integers, so every share is exact too.
  const large = fc.oneof(
    fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 53 - 3, 10 ** 15 + 1),
  );

  it('splits equally to the öre: the shares add up to the total, each within one öre of total / n', () => {
    fc.assert(
      fc.property(large, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 3 }), (total, n, pieces) => {
        // The total given as up to three items that add up to it.
        const items = Array.from({ length: pieces }, (_, index) => {
          const share = Math.floor(total / pieces);
          const amountOre = index === pieces - 1 ? total - share * (pieces - 1) : share;
          return { key: `i${index}`, label: 'Post', amountOre };
        });
        const parties = Array.from({ length: n }, (_, index) => ({ key: `p${String(index).padStart(3, '0')}` }));
        const shares = computedShares({ year: 2026, items, method: { kind: 'equal' }, parties });
        const sum = shares.reduce((acc, share) => acc + BigInt(share.amountOre), 0n);
        expect(sum).toBe(BigInt(total));
        for (const share of shares) {
          expect(Number.isSafeInteger(share.amountOre)).toBe(true);
          const off = BigInt(share.amountOre) * BigInt(n) - BigInt(total);
          expect(off > -BigInt(n) && off < BigInt(n)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('states each share exactly in integers (whole öre and a fraction), never as a floating-point value', () => {
    const total = Number.MAX_SAFE_INTEGER;
    for (const n of [2, 3, 7, 60]) {
      const parties = Array.from({ length: n }, (_, index) => ({ key: `p${String(index).padStart(3, '0')}` }));
      const items = [{ key: 'all', label: 'Post', amountOre: total }];
      for (const share of computedShares({ year: 2026, items, method: { kind: 'equal' }, parties })) {
        const numbers = Object.values(share).flatMap((value) =>
          typeof value === 'number' ? [value] : typeof value === 'object' && value !== null ? Object.values(value) : [],
        );
        for (const value of numbers.filter((v): v is number => typeof v === 'number')) {
          expect({ n, value, safe: Number.isSafeInteger(value) }).toEqual({ n, value, safe: true });
        }
        // floored + remainder is exactly total / n.
        const { numerator, denominator } = share.remainder;
        expect((BigInt(share.flooredOre) * BigInt(denominator) + BigInt(numerator)) * BigInt(n)).toBe(
          BigInt(total) * BigInt(denominator),
        );
      }
    }
  });

  it('refuses items whose sum is beyond exact counting instead of rounding it', () => {
    const result = splitCost({
      year: 2026,
      items: [
        { key: 'a', label: 'A', amountOre: Number.MAX_SAFE_INTEGER },
        { key: 'b', label: 'B', amountOre: 2 },
      ],
      method: { kind: 'equal' },
      parties: [{ key: 'x' }, { key: 'y' }],
    });
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['TOO_LARGE']);
  });
});
