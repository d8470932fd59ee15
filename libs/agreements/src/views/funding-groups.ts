import { type CostItem, type CostSplit, type Funding, type FundingDeduction } from '../schema/cost-split.js';

/** A funding that reduces the split in a year: it has its year, the items it covers and how it deducts. */
export type DeductingFunding = Funding & { year: number; covers: string[]; deduct: FundingDeduction };

export function isDeducting(funding: Funding): funding is DeductingFunding {
  return funding.deduct !== undefined && funding.year !== undefined && funding.covers !== undefined;
}

/**
 * The items that funding reduces together in a year (a column of the budget: "Kommun"), and the
 * funding that reduces them. Their payers split the items' sum less the funding as one: the text
 * deducts the grant from the column, not line by line (seed 003 § 6.1).
 */
export interface FundingGroup {
  year: number;
  /** In the order of the cost items. */
  items: CostItem[];
  /** Keys of items the funding names that the split does not have. */
  unknownItems: string[];
  /** Index in `costSplit.funding` with the funding. */
  funding: { index: number; funding: DeductingFunding }[];
}

/**
 * The funding groups of a year. Fundings that cover the same items form one group; fundings of
 * the same year whose items only partly overlap cannot be pooled and are returned in `overlaps`
 * (the checks refuse them), each with the index of the funding that overlaps an earlier one.
 */
export function fundingGroupsOf(
  split: CostSplit,
  year: number,
): { groups: FundingGroup[]; overlaps: { index: number; other: number }[] } {
  const items = split.items ?? [];
  const groups: (FundingGroup & { keys: Set<string> })[] = [];
  const overlaps: { index: number; other: number }[] = [];
  (split.funding ?? []).forEach((funding, index) => {
    if (!isDeducting(funding) || funding.year !== year) return;
    const keys = new Set(funding.covers);
    const same = groups.find((group) => sameSet(group.keys, keys));
    if (same) {
      same.funding.push({ index, funding });
      return;
    }
    const overlapping = groups.find((group) => [...keys].some((key) => group.keys.has(key)));
    if (overlapping) {
      overlaps.push({ index, other: overlapping.funding[0]?.index ?? index });
      return;
    }
    groups.push({
      year,
      keys,
      items: items.filter((item) => keys.has(item.key)),
      unknownItems: funding.covers.filter((key) => !items.some((item) => item.key === key)),
      funding: [{ index, funding }],
    });
  });
  return { groups: groups.map(({ keys: _keys, ...group }) => group), overlaps };
}

/** The years in which some funding reduces the split, ascending. */
export function deductionYearsOf(split: CostSplit): number[] {
  const years = new Set((split.funding ?? []).filter(isDeducting).map((funding) => funding.year));
  return [...years].sort((a, b) => a - b);
}

/**
 * Whether the items of a group are split alike (same method, payers and population figures), so
 * that the net of their sum can be split as one. The clause each cites does not matter.
 */
export function splitAlike(items: readonly CostItem[]): boolean {
  const [first, ...rest] = items;
  if (!first) return true;
  const shape = methodShape(first);
  return rest.every((item) => methodShape(item) === shape);
}

function methodShape(item: CostItem): string {
  // JSON leaves an undefined field out.
  return JSON.stringify({ ...item.method, clause: undefined });
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
