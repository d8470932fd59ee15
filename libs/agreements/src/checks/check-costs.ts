import { MAX_SHARE_DECIMALS, isExactShare } from '../calculators/cost-split.js';
import { formatKronor } from '../describe/money.js';
import { type CostMethod, type PopulationReference } from '../schema/cost-method.js';
import { type CostSplit } from '../schema/cost-split.js';
import { type Party } from '../schema/party.js';
import { fundingGroupsOf, splitAlike } from '../views/funding-groups.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * Every payer is a party; fixed shares make exactly 100 % and have at most MAX_SHARE_DECIMALS
 * decimals (as the split reads them); a split by population has a figure of
 * the stated date for every payer (a missing figure is missing, never zero); totals the text
 * states add up to the öre; funding that reduces the split does so consistently (checkFunding).
 */
export function checkCosts(ctx: CheckContext): void {
  const split = ctx.draft.costSplit;
  if (!split) return;
  const parties = new Map<string, Party>();
  eachItem(ctx.draft.parties, (party) => parties.set(party.key, party));
  const amounts = new Map<string, number | undefined>();
  split.items?.forEach((item, index) => {
    amounts.set(item.key, item.amount);
    checkMethod(ctx, item.method, ['costSplit', 'items', index, 'method'], parties);
  });
  split.totals?.forEach((total, index) => {
    const path = ['costSplit', 'totals', index];
    ctx.expectDistinct(total.items, [...path, 'items']);
    let sum = 0;
    let complete = true;
    total.items.forEach((key, i) => {
      if (!amounts.has(key)) {
        ctx.report(
          [...path, 'items', i],
          'unknownCostItem',
          `okänd kostnadspost: "${key}"`,
          `unknown cost item: "${key}"`,
        );
        complete = false;
        return;
      }
      const amount = amounts.get(key);
      if (amount === undefined) {
        ctx.report(
          [...path, 'items', i],
          'amountMissing',
          `kostnadsposten "${key}" saknar belopp och kan inte summeras`,
          `cost item "${key}" has no amount to add up`,
        );
        complete = false;
        return;
      }
      sum += amount;
    });
    if (complete && sum !== total.amount) {
      ctx.report(
        [...path, 'amount'],
        'costTotalMismatch',
        `posterna summerar till ${formatKronor(sum)}, inte ${formatKronor(total.amount)}`,
        `the items add up to ${formatKronor(sum)}, not ${formatKronor(total.amount)}`,
      );
    }
  });
  checkFunding(ctx, split, amounts);
  split.selfFunded?.parties.forEach((key, i) =>
    ctx.expectRef(key, ['party'], ['costSplit', 'selfFunded', 'parties', i]),
  );
  if (split.otherCostsDecidedBy) {
    ctx.expectRef(split.otherCostsDecidedBy.body, ['body'], ['costSplit', 'otherCostsDecidedBy', 'body']);
  }
}

function checkMethod(
  ctx: CheckContext,
  method: CostMethod,
  path: readonly PropertyKey[],
  parties: ReadonlyMap<string, Party>,
): void {
  switch (method.method) {
    case 'fixedShares': {
      method.shares.forEach((share, i) => ctx.expectRef(share.party, ['party'], [...path, 'shares', i, 'party']));
      ctx.expectDistinct(
        method.shares.map((share) => share.party),
        [...path, 'shares'],
      );
      method.shares.forEach((share, i) => {
        if (!isExactShare(share.percent)) {
          ctx.report(
            [...path, 'shares', i, 'percent'],
            'tooManyDecimals',
            `andelen ${share.percent} % har fler än ${MAX_SHARE_DECIMALS} decimaler och kan inte räknas exakt`,
            `the share ${share.percent} % has more than ${MAX_SHARE_DECIMALS} decimals and cannot be counted exactly`,
          );
        }
      });
      const sum = method.shares.reduce((total, share) => total + share.percent, 0);
      if (Math.abs(sum - 100) > 1e-9) {
        ctx.report(
          [...path, 'shares'],
          'sharesNotHundred',
          `andelarna summerar till ${sum} %, inte 100 %`,
          `the shares add up to ${sum} %, not 100 %`,
        );
      }
      return;
    }
    case 'byPopulation':
      checkPayers(ctx, method.payers, path);
      checkPopulations(ctx, method.payers, method.population, path, parties);
      return;
    case 'equal':
    case 'asSetInAgreement':
      checkPayers(ctx, method.payers, path);
      return;
  }
}

function checkPayers(ctx: CheckContext, payers: readonly string[], path: readonly PropertyKey[]): void {
  payers.forEach((key, i) => ctx.expectRef(key, ['party'], [...path, 'payers', i]));
  ctx.expectDistinct(payers, [...path, 'payers']);
}

function checkPopulations(
  ctx: CheckContext,
  payers: readonly string[],
  reference: PopulationReference,
  path: readonly PropertyKey[],
  parties: ReadonlyMap<string, Party>,
): void {
  if (reference.date === undefined && reference.year === undefined) {
    ctx.report(
      [...path, 'population'],
      'populationDateRequired',
      'ange vilket datum eller år invånarantalen avser',
      'say which date or year the population figures refer to',
    );
    return;
  }
  payers.forEach((key, i) => {
    const party = parties.get(key);
    if (!party) return;
    const population = party.population;
    if (!population) {
      ctx.report(
        [...path, 'payers', i],
        'populationMissing',
        `${party.name} saknar invånarantal; fördelningen efter invånarantal kan inte räknas`,
        `${party.name} has no population figure; the split by population cannot be computed`,
      );
      return;
    }
    const matches =
      reference.date !== undefined
        ? population.date === reference.date
        : population.year === reference.year || population.date?.slice(0, 4) === String(reference.year);
    if (!matches) {
      const wanted = reference.date ?? String(reference.year);
      const has = population.date ?? String(population.year);
      ctx.report(
        [...path, 'payers', i],
        'populationDateMismatch',
        `${party.name}s invånarantal avser ${has}, fördelningen ${wanted}`,
        `${party.name}'s population refers to ${has}, the split to ${wanted}`,
      );
    }
  });
}

/** Calendar years a project period may span. */
export const MAX_PROJECT_YEARS = 10;

/**
 * Funding that deducts names its year, its items and (deducting an amount) its amount; the year
 * lies in the project period; its items exist, have amounts and are split alike; in a year, the
 * fundings of one set of items never exceed their gross, and two fundings' items are the same
 * or apart (each set of items is reduced and split as one).
 */
function checkFunding(ctx: CheckContext, split: CostSplit, amounts: ReadonlyMap<string, number | undefined>): void {
  const period = split.projectPeriod;
  if (period && period.end.date < period.start.date) {
    ctx.report(
      ['costSplit', 'projectPeriod', 'end', 'date'],
      'periodEndsBeforeStart',
      `projektperioden slutar ${period.end.date}, före sin början ${period.start.date}`,
      `the project period ends ${period.end.date}, before it starts ${period.start.date}`,
    );
  } else if (
    period &&
    Number(period.end.date.slice(0, 4)) - Number(period.start.date.slice(0, 4)) >= MAX_PROJECT_YEARS
  ) {
    // The document prints a year's split for each year of the period: a project, not a term.
    ctx.report(
      ['costSplit', 'projectPeriod', 'end', 'date'],
      'projectPeriodTooLong',
      `projektperioden spänner över fler än ${MAX_PROJECT_YEARS} kalenderår`,
      `the project period spans more than ${MAX_PROJECT_YEARS} calendar years`,
    );
  }
  const years = new Set<number>();
  split.funding?.forEach((funding, index) => {
    const path = ['costSplit', 'funding', index];
    ctx.expectDistinct(funding.covers ?? [], [...path, 'covers']);
    funding.covers?.forEach((key, i) => {
      if (!amounts.has(key)) {
        ctx.report(
          [...path, 'covers', i],
          'unknownCostItem',
          `okänd kostnadspost: "${key}"`,
          `unknown cost item: "${key}"`,
        );
      } else if (funding.deduct !== undefined && amounts.get(key) === undefined) {
        ctx.report(
          [...path, 'covers', i],
          'amountMissing',
          `kostnadsposten "${key}" saknar belopp; finansieringen kan inte dras av från den`,
          `cost item "${key}" has no amount for the funding to be deducted from`,
        );
      }
    });
    if (funding.deduct === undefined) return;
    if (funding.year === undefined) {
      ctx.report(
        [...path, 'year'],
        'fundingYearRequired',
        'ange vilket år finansieringen minskar kostnaden',
        'say which year the funding reduces the cost',
      );
    } else {
      years.add(funding.year);
      const first = period ? Number(period.start.date.slice(0, 4)) : undefined;
      const last = period ? Number(period.end.date.slice(0, 4)) : undefined;
      if (first !== undefined && last !== undefined && (funding.year < first || funding.year > last)) {
        ctx.report(
          [...path, 'year'],
          'fundingYearOutsidePeriod',
          `året ${funding.year} ligger utanför projektperioden ${first}–${last}`,
          `the year ${funding.year} is outside the project period ${first}–${last}`,
        );
      }
    }
    if (funding.covers === undefined) {
      ctx.report(
        [...path, 'covers'],
        'fundingCoversRequired',
        'ange vilka kostnadsposter finansieringen minskar',
        'say which cost items the funding reduces',
      );
    }
    if (funding.deduct === 'amount' && funding.amount === undefined) {
      ctx.report(
        [...path, 'amount'],
        'fundingAmountRequired',
        'ange hur mycket finansieringen drar av',
        'say how much the funding deducts',
      );
    }
  });
  for (const year of years) {
    const { groups, overlaps } = fundingGroupsOf(split, year);
    for (const { index, other } of overlaps) {
      ctx.report(
        ['costSplit', 'funding', index, 'covers'],
        'fundingCoversOverlap',
        `posterna delvis desamma som för ${split.funding?.[other]?.key ?? ''} ${year}: samma poster eller helt andra`,
        `the items partly overlap those of ${split.funding?.[other]?.key ?? ''} in ${year}: the same items or others`,
      );
    }
    for (const group of groups) {
      const [head] = group.funding;
      if (!head) continue;
      const at = ['costSplit', 'funding', head.index];
      if (group.unknownItems.length > 0 || group.items.some((item) => item.amount === undefined)) continue;
      if (!splitAlike(group.items)) {
        ctx.report(
          [...at, 'covers'],
          'fundingSplitsDiffer',
          'posterna som finansieringen minskar fördelas inte på samma sätt, så nettot kan inte fördelas som ett',
          'the items the funding reduces are not split alike, so their net cannot be split as one',
        );
      }
      const gross = group.items.reduce((sum, item) => sum + (item.amount ?? 0), 0);
      let deducted = 0;
      let whole: number | undefined;
      for (const { index, funding } of group.funding) {
        if (funding.deduct === 'whole') {
          if (whole !== undefined) {
            ctx.report(
              ['costSplit', 'funding', index, 'deduct'],
              'fundingWholeTwice',
              `${split.funding?.[whole]?.key ?? ''} betalar redan hela kostnaden ${year}`,
              `${split.funding?.[whole]?.key ?? ''} already pays the whole cost in ${year}`,
            );
          }
          whole = index;
          continue;
        }
        deducted += funding.amount ?? 0;
        if (deducted > gross) {
          ctx.report(
            ['costSplit', 'funding', index, 'amount'],
            'fundingExceedsCost',
            `finansieringen ${year} (${formatKronor(deducted)}) är större än kostnaden den minskar (${formatKronor(gross)})`,
            `the funding in ${year} (${formatKronor(deducted)}) is larger than the cost it reduces (${formatKronor(gross)})`,
          );
          break;
        }
      }
    }
  }
}
