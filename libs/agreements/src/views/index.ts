export { calendarInputOf } from './calendar-input-of.js';
export {
  costSplitOf,
  type AppliedFunding,
  type CostItemSplit,
  type CostSplitView,
  type FundedCostSplit,
  type FundingBeside,
  type PayerTotal,
} from './cost-split-of.js';
export { deductionYearsOf, fundingGroupsOf, isDeducting, type FundingGroup } from './funding-groups.js';
export { withdrawalOf, type WithdrawalView } from './withdrawal-of.js';
export { memberParties, partiesBehind, partiesBehindAll } from './party-refs.js';
