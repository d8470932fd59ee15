export { calendarInputOf } from './calendar-input-of.js';
export { costSplitOf, type CostItemSplit, type CostSplitView } from './cost-split-of.js';
export { withdrawalOf, type WithdrawalView } from './withdrawal-of.js';
export { memberParties, partiesBehind, partiesBehindAll } from './party-refs.js';
