import {
  splitCost,
  type CostSplitFundingInput,
  type CostSplitMethodInput,
  type CostSplitOutcome,
  type CostSplitPartyInput,
} from '../calculators/cost-split.js';
import { type CalculatorProblem, problem } from '../calculators/problems.js';
import type { AgreementVersion } from '../schema/agreement-version.js';
import type { CostItem, FundingDeduction } from '../schema/cost-split.js';
import { type FundingGroup, fundingGroupsOf, isDeducting, splitAlike } from './funding-groups.js';

type ItemHead = {
  key: string;
  name: string;
  clause: string;
  /** The funding that reduces this item in the year: its payers' net shares are in `funded`. */
  reducedBy?: string[];
};

/** An item split on its own, gross: what its payers would pay without any funding. */
export type CostItemSplit =
  | (ItemHead & { status: 'computed'; outcome: CostSplitOutcome })
  | (ItemHead & { status: 'amountNotSpecified' })
  | (ItemHead & { status: 'cannotCompute'; problems: CalculatorProblem[] });

/** A funding as it reduces a group in the year. */
export interface AppliedFunding {
  key: string;
  funder: string;
  /** What it deducts, in öre: for `whole`, all of the group's gross that other funding leaves. */
  amountOre: number;
  deduct: FundingDeduction;
  approximate: boolean;
  /** Where the amount, the year, the items or the deduction is a reading of the text: why. */
  reading: string | null;
  clause: string;
}

/**
 * Items that funding reduces in the year, pooled (a budget column): their gross, each funding,
 * the net, and the net split between their payers.
 */
export type FundedCostSplit = {
  items: string[];
  /** The total the text states for exactly these items ("Totalt, kommun"), or their names. */
  label: string;
  funding: AppliedFunding[];
} & (
  | { status: 'computed'; grossOre: number; netOre: number; outcome: CostSplitOutcome }
  | { status: 'cannotCompute'; problems: CalculatorProblem[] }
);

/** What a party pays in the year over every item that could be computed: without funding and with. */
export interface PayerTotal {
  partyKey: string;
  grossOre: number;
  netOre: number;
}

/** Money beside the split: funding that deducts from nothing, or deducts in other years. */
export interface FundingBeside {
  key: string;
  funder: string;
  description: string | null;
  amountOre: number | null;
  approximate: boolean;
  year: number | null;
  reading: string | null;
  clause: string;
}

export interface CostSplitView {
  year: number;
  specified: boolean;
  /** The project period the financing covers, and whether the year lies in it. */
  projectPeriod: { start: string; end: string; inPeriod: boolean } | null;
  items: CostItemSplit[];
  funded: FundedCostSplit[];
  /** Per payer, in the order they first appear: gross (items split one by one) and net. */
  payers: PayerTotal[];
  /** False when an item has no amount or could not be computed: `payers` then leaves it out. */
  payersComplete: boolean;
  fundingBeside: FundingBeside[];
}

function methodInput(item: CostItem): { method: CostSplitMethodInput; payers: string[] } {
  const method = item.method;
  switch (method.method) {
    case 'byPopulation':
      return { method: { kind: 'byPopulation' }, payers: method.payers };
    case 'equal':
      return { method: { kind: 'equal' }, payers: method.payers };
    case 'fixedShares':
      return {
        method: {
          kind: 'fixedShares',
          shares: method.shares.map((s) => ({ partyKey: s.party, share: s.percent })),
          denominator: 100,
        },
        payers: method.shares.map((s) => s.party),
      };
    case 'asSetInAgreement':
      return {
        method: { kind: 'asSetInAgreement', agreement: method.agreement, clause: method.clause },
        payers: method.payers,
      };
  }
}

/**
 * Each cost item of a version split for a year, with how every share was computed; where funding
 * reduces items that year (seed 003 § 6.1: the municipalities split what the state grant does not
 * cover), the items' gross, each funding and the net split of the rest; and what each payer pays.
 */
export function costSplitOf(version: AgreementVersion, year: number): CostSplitView {
  const split = version.costSplit;
  const { groups } = split ? fundingGroupsOf(split, year) : { groups: [] };
  const reducedBy = new Map<string, string[]>();
  for (const group of groups) {
    for (const item of group.items)
      reducedBy.set(
        item.key,
        group.funding.map(({ funding }) => funding.key),
      );
  }
  const items = (split?.items ?? []).map((item): CostItemSplit => {
    const reduced = reducedBy.get(item.key);
    const head = { key: item.key, name: item.name, clause: item.clause, ...(reduced ? { reducedBy: reduced } : {}) };
    const { method, payers } = methodInput(item);
    if (item.amount === undefined && method.kind !== 'asSetInAgreement')
      return { ...head, status: 'amountNotSpecified' };
    const result = splitCost({
      year,
      items: [{ key: item.key, label: item.name, amountOre: item.amount ?? 0 }],
      method,
      parties: partyInputs(version, payers),
    });
    return result.ok
      ? { ...head, status: 'computed', outcome: result.value }
      : { ...head, status: 'cannotCompute', problems: result.problems };
  });
  const funded = groups.map((group) => fundedSplit(version, group, year));
  const period = split?.projectPeriod;
  return {
    year,
    specified: split !== undefined,
    projectPeriod: period
      ? {
          start: period.start.date,
          end: period.end.date,
          inPeriod: Number(period.start.date.slice(0, 4)) <= year && year <= Number(period.end.date.slice(0, 4)),
        }
      : null,
    items,
    funded,
    ...payerTotals(items, funded, reducedBy),
    fundingBeside: (split?.funding ?? [])
      .filter((funding) => !isDeducting(funding) || funding.year !== year)
      .map((funding) => ({
        key: funding.key,
        funder: funding.funder,
        description: funding.description ?? null,
        amountOre: funding.amount ?? null,
        approximate: funding.approximate ?? false,
        year: funding.year ?? null,
        reading: funding.reading?.note ?? null,
        clause: funding.clause,
      })),
  };
}

function partyInputs(version: AgreementVersion, payers: readonly string[]): CostSplitPartyInput[] {
  return payers.map((key) => {
    const population = version.parties.find((p) => p.key === key)?.population;
    const figureYear = population?.year ?? (population?.date ? Number(population.date.slice(0, 4)) : undefined);
    return {
      key,
      population:
        population && figureYear ? { count: population.count, year: figureYear, source: population.source } : undefined,
    };
  });
}

function fundedSplit(version: AgreementVersion, group: FundingGroup, year: number): FundedCostSplit {
  const keys = group.items.map((item) => item.key);
  const totals = version.costSplit?.totals ?? [];
  const total = totals.find((t) => t.items.length === keys.length && t.items.every((key) => keys.includes(key)));
  const head = { items: keys, label: total?.label ?? group.items.map((item) => item.name).join(', ') };
  const problems: CalculatorProblem[] = [];
  group.unknownItems.forEach((key) =>
    problems.push(
      problem(
        'MISSING_VALUE',
        ['items', key],
        `Finansieringen avser kostnadsposten "${key}", som inte finns.`,
        `The funding covers the cost item "${key}", which does not exist.`,
      ),
    ),
  );
  group.items.forEach((item) => {
    if (item.amount === undefined)
      problems.push(
        problem(
          'MISSING_VALUE',
          ['items', item.key, 'amount'],
          `Kostnadsposten "${item.name}" saknar belopp; finansieringen kan inte dras av.`,
          `The cost item "${item.name}" has no amount; the funding cannot be deducted.`,
        ),
      );
  });
  if (!splitAlike(group.items))
    problems.push(
      problem(
        'FUNDING_SPLITS_DIFFER',
        ['items'],
        'Posterna som finansieringen minskar fördelas inte på samma sätt; nettot kan inte fördelas som ett.',
        'The items the funding reduces are not split alike; their net cannot be split as one.',
      ),
    );
  const grossOre = group.items.reduce((sum, item) => sum + (item.amount ?? 0), 0);
  const byAmount = group.funding
    .filter(({ funding }) => funding.deduct === 'amount')
    .reduce((sum, { funding }) => sum + (funding.amount ?? 0), 0);
  const funding: AppliedFunding[] = group.funding.map(({ funding: f }) => ({
    key: f.key,
    funder: f.funder,
    amountOre: f.deduct === 'whole' ? Math.max(0, grossOre - byAmount) : (f.amount ?? 0),
    deduct: f.deduct,
    // What `whole` deducts is the gross itself, exact whatever the funder's estimate.
    approximate: f.deduct === 'amount' && (f.approximate ?? false),
    reading: f.reading?.note ?? null,
    clause: f.clause,
  }));
  const [first] = group.items;
  if (problems.length > 0 || !first) return { ...head, funding, status: 'cannotCompute', problems };
  const { method, payers } = methodInput(first);
  const result = splitCost({
    year,
    items: group.items.map((item) => ({ key: item.key, label: item.name, amountOre: item.amount ?? 0 })),
    funding: funding.map((f): CostSplitFundingInput => ({ key: f.key, label: f.funder, amountOre: f.amountOre })),
    method,
    parties: partyInputs(version, payers),
  });
  if (!result.ok) return { ...head, funding, status: 'cannotCompute', problems: result.problems };
  return {
    ...head,
    funding,
    status: 'computed',
    grossOre: result.value.grossOre,
    netOre: result.value.totalOre,
    outcome: result.value,
  };
}

/** Gross from each item's own split; net from the funded groups' splits where funding reduces an item. */
function payerTotals(
  items: readonly CostItemSplit[],
  funded: readonly FundedCostSplit[],
  reducedBy: ReadonlyMap<string, string[]>,
): { payers: PayerTotal[]; payersComplete: boolean } {
  const totals = new Map<string, PayerTotal>();
  const at = (partyKey: string): PayerTotal => {
    const found = totals.get(partyKey) ?? { partyKey, grossOre: 0, netOre: 0 };
    totals.set(partyKey, found);
    return found;
  };
  let complete = funded.every((group) => group.status === 'computed');
  for (const item of items) {
    if (item.status !== 'computed' || item.outcome.kind !== 'computed') {
      complete = false;
      continue;
    }
    for (const share of item.outcome.shares) {
      const total = at(share.partyKey);
      total.grossOre += share.amountOre;
      if (!reducedBy.has(item.key)) total.netOre += share.amountOre;
    }
  }
  for (const group of funded) {
    if (group.status !== 'computed' || group.outcome.kind !== 'computed') continue;
    for (const share of group.outcome.shares) at(share.partyKey).netOre += share.amountOre;
  }
  return { payers: [...totals.values()], payersComplete: complete };
}
