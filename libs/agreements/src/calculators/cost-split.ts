import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';

export interface CostSplitItemInput {
  key: string;
  /** Swedish, as in the budget table: "Samordnare 3,0 åa". */
  label: string;
  /** Integer öre; 1 kr = 100 öre. */
  amountOre: number;
}

export interface PopulationFigureInput {
  count: number;
  /** The year the figure refers to (folkmängd 31 December of that year). */
  year: number;
  source: string;
}

export interface CostSplitPartyInput {
  key: string;
  population?: PopulationFigureInput;
}

export type CostSplitMethodInput =
  | { kind: 'byPopulation' }
  | { kind: 'equal' }
  | {
      kind: 'fixedShares';
      /**
       * Read as the decimal numbers they are written as (0.1 is exactly one tenth), with at
       * most six decimals. Thirds need a denominator: shares 1, 1, 1 of denominator 3.
       */
      shares: readonly { partyKey: string; share: number }[];
      /** What the shares must sum to exactly; 1 when left out (100 for percentages). */
      denominator?: number;
    }
  | {
      kind: 'asSetInAgreement';
      /** The agreement that decides the split, as the clause names it. */
      agreement: string;
      clause?: string;
    };

/** Money that pays part of the items before the parties split the rest (a state grant). */
export interface CostSplitFundingInput {
  key: string;
  /** Swedish: "Socialstyrelsen, utvecklingsmedel till kommunerna". */
  label: string;
  /** Integer öre. */
  amountOre: number;
}

/**
 * The paying parties, what they share, and how: one split over the sum of the items, less the
 * funding that pays part of it ("Kostnaderna utöver finansiering via …", seed 003 § 6.1).
 */
export interface CostSplitInput {
  year: number;
  items: readonly CostSplitItemInput[];
  /** Deducted from the sum of the items before the split; none when left out. */
  funding?: readonly CostSplitFundingInput[];
  method: CostSplitMethodInput;
  parties: readonly CostSplitPartyInput[];
}

export type CostShareBasis =
  | { kind: 'population'; count: number; year: number; source: string }
  | { kind: 'equal'; partyCount: number }
  | { kind: 'fixedShare'; share: number; denominator: number };

/** One party's share and every step of how it was computed. */
export interface CostShare {
  partyKey: string;
  amountOre: number;
  basis: CostShareBasis;
  /** The party's part of the total, exact and reduced: its weight over the sum of weights. */
  fraction: { numerator: number; denominator: number };
  /**
   * The whole öre of total × fraction. With `remainder` it states the exact share in integers:
   * a floating-point value would be off by an öre at large amounts.
   */
  flooredOre: number;
  /** The öre fraction flooring dropped, exactly: numerator / denominator, in [0, 1). */
  remainder: { numerator: number; denominator: number };
  /** 1 when largest-remainder rounding gave this party one of the leftover öre. */
  roundingOre: 0 | 1;
}

export type CostSplitOutcome =
  | {
      kind: 'computed';
      year: number;
      method: 'byPopulation' | 'equal' | 'fixedShares';
      /** The sum of the items. */
      grossOre: number;
      /** What was deducted from it, in the order given. */
      funding: CostSplitFundingInput[];
      /** What the parties split: the gross less the funding. */
      totalOre: number;
      items: CostSplitItemInput[];
      /** In the order the parties were given. */
      shares: CostShare[];
      /** Öre left after flooring every share, handed out one each by largest remainder. */
      leftoverOre: number;
    }
  | {
      kind: 'setInAnotherAgreement';
      year: number;
      grossOre: number;
      funding: CostSplitFundingInput[];
      totalOre: number;
      items: CostSplitItemInput[];
      agreement: string;
      clause?: string;
      partyKeys: string[];
      note: { sv: string; en: string };
    };

/** Decimals a fixed share may have (0.125 %, 33.333333 %): read exactly, as millionths. */
export const MAX_SHARE_DECIMALS = 6;
const maxShareDecimals = MAX_SHARE_DECIMALS;

/** Whether a share is a number ≥ 0 with at most MAX_SHARE_DECIMALS decimals, as splitCost reads it. */
export function isExactShare(value: number): boolean {
  return scaledDecimal(value) !== undefined;
}

/**
 * Splits the sum of the items, less the funding that pays part of it, between the parties for a
 * year, in whole öre that always add up to that net total: each party first gets the whole öre of its exact share, and the öre left over
 * go one each to the parties whose dropped fractions are largest (Hamilton's method). Ties go to
 * the larger weight (population or share), then to the party key in code-point order, so the
 * result depends neither on the order of the parties nor on the machine.
 *
 * A party without a population figure in a split by population is a problem naming it, never
 * a zero.
 */
export function splitCost(input: CostSplitInput): CalculatorResult<CostSplitOutcome> {
  const problems: CalculatorProblem[] = [];
  checkYear(input.year, problems);
  const grossOre = checkItems(input.items, problems);
  const funding = (input.funding ?? []).map((entry) => ({ ...entry }));
  const totalOre = grossOre - checkFunding(funding, grossOre, problems);
  const partyKeys = checkParties(input.parties, input.method.kind !== 'asSetInAgreement', problems);
  const items = input.items.map((item) => ({ ...item }));

  const method = input.method;
  if (method.kind === 'asSetInAgreement') {
    if (problems.length > 0) return failed(problems);
    const where = method.clause ? ` (${method.clause})` : '';
    return ok({
      kind: 'setInAnotherAgreement',
      year: input.year,
      grossOre,
      funding,
      totalOre,
      items,
      agreement: method.agreement,
      ...(method.clause === undefined ? {} : { clause: method.clause }),
      partyKeys,
      note: {
        sv: `Fördelningen bestäms i ${method.agreement}${where} och kan inte beräknas här.`,
        en: `The split is set in ${method.agreement}${where} and cannot be computed here.`,
      },
    });
  }

  const weights = weighParties(input.parties, method, problems);
  if (problems.length > 0 || weights === undefined) return failed(problems);
  const shares = largestRemainder(totalOre, weights);
  return ok({
    kind: 'computed',
    year: input.year,
    method: method.kind,
    grossOre,
    funding,
    totalOre,
    items,
    shares,
    leftoverOre: shares.reduce((sum, share) => sum + share.roundingOre, 0),
  });
}

interface Weighted {
  partyKey: string;
  weight: bigint;
  basis: CostShareBasis;
}

function weighParties(
  parties: readonly CostSplitPartyInput[],
  method: Exclude<CostSplitMethodInput, { kind: 'asSetInAgreement' }>,
  problems: CalculatorProblem[],
): Weighted[] | undefined {
  switch (method.kind) {
    case 'equal':
      return parties.map((party) => ({
        partyKey: party.key,
        weight: 1n,
        basis: { kind: 'equal', partyCount: parties.length },
      }));
    case 'byPopulation':
      return weighByPopulation(parties, problems);
    case 'fixedShares':
      return weighByShares(parties, method.shares, method.denominator, problems);
  }
}

function weighByPopulation(
  parties: readonly CostSplitPartyInput[],
  problems: CalculatorProblem[],
): Weighted[] | undefined {
  const weighted: Weighted[] = [];
  parties.forEach((party, index) => {
    const population = party.population;
    if (population === undefined) {
      problems.push(
        problem(
          'MISSING_POPULATION',
          ['parties', index, 'population'],
          `Invånarantal saknas för parten "${party.key}"; det räknas inte som noll.`,
          `Population is missing for party "${party.key}"; it is not taken as zero.`,
        ),
      );
      return;
    }
    const validCount = Number.isSafeInteger(population.count) && population.count >= 0;
    const validYear = Number.isInteger(population.year);
    const validSource = typeof population.source === 'string' && population.source.trim() !== '';
    if (!validCount || !validYear || !validSource) {
      problems.push(
        problem(
          'INVALID_POPULATION',
          ['parties', index, 'population'],
          `Invånarantalet för "${party.key}" måste vara ett heltal ≥ 0 med år och källa.`,
          `The population of "${party.key}" must be a whole number ≥ 0 with its year and source.`,
        ),
      );
      return;
    }
    weighted.push({
      partyKey: party.key,
      weight: BigInt(population.count),
      basis: { kind: 'population', ...population },
    });
  });
  if (weighted.length === parties.length && parties.length > 0 && sumOf(weighted) === 0n) {
    problems.push(
      problem(
        'NOTHING_TO_SPLIT_BY',
        ['parties'],
        'Invånarantalen är alla noll: det finns inget att fördela efter.',
        'The populations are all zero: there is nothing to split by.',
      ),
    );
  }
  return problems.length > 0 ? undefined : weighted;
}

function weighByShares(
  parties: readonly CostSplitPartyInput[],
  shares: readonly { partyKey: string; share: number }[],
  denominatorInput: number | undefined,
  problems: CalculatorProblem[],
): Weighted[] | undefined {
  const denominator = denominatorInput ?? 1;
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    problems.push(
      problem(
        'INVALID_SHARE',
        ['method', 'denominator'],
        `Nämnaren ${denominator} måste vara ett positivt heltal.`,
        `The denominator ${denominator} must be a positive whole number.`,
      ),
    );
  }
  const known = new Set(parties.map((party) => party.key));
  const byParty = new Map<string, { share: number; scaled: bigint }>();
  shares.forEach((entry, index) => {
    const path = ['method', 'shares', index];
    if (!known.has(entry.partyKey)) {
      problems.push(unknownParty(entry.partyKey, [...path, 'partyKey']));
      return;
    }
    if (byParty.has(entry.partyKey)) {
      problems.push(duplicate(entry.partyKey, [...path, 'partyKey']));
      return;
    }
    const scaled = scaledDecimal(entry.share);
    if (scaled === undefined) {
      problems.push(
        problem(
          'INVALID_SHARE',
          [...path, 'share'],
          `Andelen ${entry.share} för "${entry.partyKey}" måste vara ett tal ≥ 0 med högst ${maxShareDecimals} decimaler.`,
          `The share ${entry.share} of "${entry.partyKey}" must be a number ≥ 0 with at most ${maxShareDecimals} decimals.`,
        ),
      );
      return;
    }
    byParty.set(entry.partyKey, { share: entry.share, scaled });
  });
  parties.forEach((party, index) => {
    if (!byParty.has(party.key) && shares.every((entry) => entry.partyKey !== party.key)) {
      problems.push(
        problem(
          'MISSING_SHARE',
          ['parties', index],
          `Andel saknas för parten "${party.key}"; den räknas inte som noll.`,
          `No share is given for party "${party.key}"; it is not taken as zero.`,
        ),
      );
    }
  });
  if (problems.length > 0) return undefined;

  const scale = 10n ** BigInt(maxShareDecimals);
  const sum = [...byParty.values()].reduce((total, entry) => total + entry.scaled, 0n);
  if (sum !== BigInt(denominator) * scale) {
    const written = Number(sum) / Number(scale);
    problems.push(
      problem(
        'SHARES_DO_NOT_SUM',
        ['method', 'shares'],
        `Andelarna summerar till ${written}, inte till ${denominator}.`,
        `The shares sum to ${written}, not to ${denominator}.`,
      ),
    );
    return undefined;
  }
  return parties.map((party) => {
    const entry = byParty.get(party.key);
    return {
      partyKey: party.key,
      weight: entry?.scaled ?? 0n,
      basis: { kind: 'fixedShare', share: entry?.share ?? 0, denominator },
    };
  });
}

/** A share as an integer count of millionths, read from its shortest decimal spelling. */
function scaledDecimal(value: number): bigint | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match?.[1]) return undefined;
  const fractionDigits = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  const decimals = fractionDigits.length - exponent;
  if (decimals > maxShareDecimals) return undefined;
  const digits = BigInt(match[1] + fractionDigits);
  const shift = maxShareDecimals - decimals;
  return digits * 10n ** BigInt(shift);
}

function largestRemainder(totalOre: number, weighted: readonly Weighted[]): CostShare[] {
  const total = BigInt(totalOre);
  const sumOfWeights = sumOf(weighted);
  const steps = weighted.map((entry) => {
    const product = total * entry.weight;
    return { entry, floored: product / sumOfWeights, remainder: product % sumOfWeights };
  });
  const leftover = Number(total - steps.reduce((sum, step) => sum + step.floored, 0n));
  const order = [...steps].sort(
    (a, b) =>
      compareBigInt(b.remainder, a.remainder) ||
      compareBigInt(b.entry.weight, a.entry.weight) ||
      compareCodePoints(a.entry.partyKey, b.entry.partyKey),
  );
  const rounded = new Set(order.slice(0, leftover).map((step) => step.entry.partyKey));

  return steps.map(({ entry, floored, remainder }) => {
    const roundingOre = rounded.has(entry.partyKey) ? 1 : 0;
    return {
      partyKey: entry.partyKey,
      amountOre: Number(floored) + roundingOre,
      basis: entry.basis,
      fraction: reduced(entry.weight, sumOfWeights),
      flooredOre: Number(floored),
      remainder: reduced(remainder, sumOfWeights),
      roundingOre,
    };
  });
}

function checkYear(year: number, problems: CalculatorProblem[]): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    problems.push(
      problem(
        'INVALID_YEAR',
        ['year'],
        `Året ${year} är inte ett giltigt årtal.`,
        `The year ${year} is not a valid year.`,
      ),
    );
  }
}

/**
 * The sum of named amounts (cost items or funding), each a whole öre ≥ 0 under a key of its own;
 * an entry that breaks either is reported at its path and left out of the sum.
 */
function sumAmounts(
  entries: readonly { key: string; label: string; amountOre: number }[],
  field: 'items' | 'funding',
  problems: CalculatorProblem[],
): number {
  const seen = new Set<string>();
  let sum = 0;
  entries.forEach((entry, index) => {
    if (seen.has(entry.key)) problems.push(duplicate(entry.key, [field, index, 'key']));
    seen.add(entry.key);
    if (!Number.isSafeInteger(entry.amountOre) || entry.amountOre < 0) {
      problems.push(
        problem(
          'INVALID_AMOUNT',
          [field, index, 'amountOre'],
          `Beloppet för "${entry.label}" måste vara ett heltal öre ≥ 0 (fick ${entry.amountOre}).`,
          `The amount of "${entry.label}" must be a whole number of öre ≥ 0 (got ${entry.amountOre}).`,
        ),
      );
      return;
    }
    sum += entry.amountOre;
  });
  return sum;
}

function checkItems(items: readonly CostSplitItemInput[], problems: CalculatorProblem[]): number {
  const total = sumAmounts(items, 'items', problems);
  if (!Number.isSafeInteger(total)) {
    problems.push(
      problem(
        'TOO_LARGE',
        ['items'],
        'Summan av posterna är för stor för att räknas exakt.',
        'The sum of the items is too large to count exactly.',
      ),
    );
  }
  return total;
}

/** The funding's sum, each a whole öre ≥ 0, together no more than the gross: a split is never of less than nothing. */
function checkFunding(
  funding: readonly CostSplitFundingInput[],
  grossOre: number,
  problems: CalculatorProblem[],
): number {
  const sum = sumAmounts(funding, 'funding', problems);
  if (Number.isSafeInteger(sum) && sum > grossOre) {
    problems.push(
      problem(
        'FUNDING_EXCEEDS_COST',
        ['funding'],
        `Finansieringen (${sum} öre) är större än kostnaden den ska minska (${grossOre} öre).`,
        `The funding (${sum} öre) is larger than the cost it reduces (${grossOre} öre).`,
      ),
    );
  }
  return Number.isSafeInteger(sum) && sum <= grossOre ? sum : 0;
}

function checkParties(
  parties: readonly CostSplitPartyInput[],
  required: boolean,
  problems: CalculatorProblem[],
): string[] {
  if (required && parties.length === 0) {
    problems.push(
      problem(
        'NO_PARTIES',
        ['parties'],
        'Det finns inga parter att fördela kostnaden på.',
        'There are no parties to split the cost between.',
      ),
    );
  }
  const seen = new Set<string>();
  parties.forEach((party, index) => {
    if (seen.has(party.key)) problems.push(duplicate(party.key, ['parties', index, 'key']));
    seen.add(party.key);
  });
  return parties.map((party) => party.key);
}

function unknownParty(key: string, path: readonly (string | number)[]): CalculatorProblem {
  return problem(
    'UNKNOWN_PARTY',
    path,
    `Okänd part "${key}": den finns inte bland parterna.`,
    `Unknown party "${key}": it is not among the parties.`,
  );
}

function duplicate(key: string, path: readonly (string | number)[]): CalculatorProblem {
  return problem(
    'DUPLICATE_KEY',
    path,
    `Nyckeln "${key}" förekommer mer än en gång.`,
    `The key "${key}" occurs more than once.`,
  );
}

function sumOf(weighted: readonly Weighted[]): bigint {
  return weighted.reduce((sum, entry) => sum + entry.weight, 0n);
}

function reduced(numerator: bigint, denominator: bigint): { numerator: number; denominator: number } {
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: Number(numerator / divisor), denominator: Number(denominator / divisor) };
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
