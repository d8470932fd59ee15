import { splitCost, type CostSplitMethodInput, type CostSplitOutcome } from '../calculators/cost-split.js';
import type { CalculatorProblem } from '../calculators/problems.js';
import type { AgreementVersion } from '../schema/agreement-version.js';
import type { CostItem } from '../schema/cost-split.js';

export type CostItemSplit =
  | { key: string; name: string; clause: string; status: 'computed'; outcome: CostSplitOutcome }
  | { key: string; name: string; clause: string; status: 'amountNotSpecified' }
  | { key: string; name: string; clause: string; status: 'cannotCompute'; problems: CalculatorProblem[] };

export interface CostSplitView {
  year: number;
  specified: boolean;
  items: CostItemSplit[];
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

/** Each cost item of a version split for a year, with how every share was computed. */
export function costSplitOf(version: AgreementVersion, year: number): CostSplitView {
  const items = (version.costSplit?.items ?? []).map((item): CostItemSplit => {
    const head = { key: item.key, name: item.name, clause: item.clause };
    const { method, payers } = methodInput(item);
    if (item.amount === undefined && method.kind !== 'asSetInAgreement')
      return { ...head, status: 'amountNotSpecified' };
    const parties = payers.map((key) => {
      const population = version.parties.find((p) => p.key === key)?.population;
      const figureYear = population?.year ?? (population?.date ? Number(population.date.slice(0, 4)) : undefined);
      return {
        key,
        population:
          population && figureYear
            ? { count: population.count, year: figureYear, source: population.source }
            : undefined,
      };
    });
    const result = splitCost({
      year,
      items: [{ key: item.key, label: item.name, amountOre: item.amount ?? 0 }],
      method,
      parties,
    });
    return result.ok
      ? { ...head, status: 'computed', outcome: result.value }
      : { ...head, status: 'cannotCompute', problems: result.problems };
  });
  return { year, specified: version.costSplit !== undefined, items };
}
