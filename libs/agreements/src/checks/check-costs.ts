import { MAX_SHARE_DECIMALS, isExactShare } from '../calculators/cost-split.js';
import { formatKronor } from '../describe/money.js';
import { type CostMethod, type PopulationReference } from '../schema/cost-method.js';
import { type Party } from '../schema/party.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * Every payer is a party; fixed shares make exactly 100 % and have at most MAX_SHARE_DECIMALS
 * decimals (as the split reads them); a split by population has a figure of
 * the stated date for every payer (a missing figure is missing, never zero); totals the text
 * states add up to the öre.
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
  split.funding?.forEach((funding, index) => {
    funding.covers?.forEach((key, i) => {
      if (!amounts.has(key)) {
        ctx.report(
          ['costSplit', 'funding', index, 'covers', i],
          'unknownCostItem',
          `okänd kostnadspost: "${key}"`,
          `unknown cost item: "${key}"`,
        );
      }
    });
  });
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
