export {
  type CalculatorProblem,
  type CalculatorProblemCode,
  type CalculatorResult,
  type ProblemPath,
} from './problems.js';
export {
  splitCost,
  type CostShare,
  type CostShareBasis,
  type CostSplitOutcome,
  type CostSplitInput,
  type CostSplitFundingInput,
  type CostSplitItemInput,
  type CostSplitMethodInput,
  type CostSplitPartyInput,
  type PopulationFigureInput,
} from './cost-split.js';
export { earliestWithdrawalDate, type WithdrawalDate, type WithdrawalRuleInput } from './withdrawal.js';
export { termOn, type TermInput, type TermPeriod, type TermStatus } from './term.js';
export {
  type CadenceInput,
  type CalendarBodyInput,
  type CalendarCommitmentInput,
  type CalendarInput,
  type CalendarPartyInput,
  type FollowUpInput,
  type ObligationsInput,
} from './calendar-input.js';
export {
  CALENDAR_MAX_ENTRIES,
  CALENDAR_MAX_RANGE_YEARS,
  calendarBetween,
  forBody,
  forParty,
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarOptions,
  type CalendarScope,
  type CalendarTruncation,
  type CalendarView,
} from './calendar.js';
export {
  ExpansionBudget,
  READS_PER_CHECK,
  READS_PER_EXPANSION,
  READS_PER_VALIDATION,
  READS_PER_VIEW,
} from './expansion-budget.js';
export { RECURRENCE_HORIZON_YEARS } from './expand-recurrence.js';
export { MAX_RRULE_COUNT, MAX_RRULE_INTERVAL } from './recurrence.js';
export { MAX_DURATION_YEARS, countableDurationProblem } from './dates.js';
export { MAX_SHARE_DECIMALS } from './cost-split.js';
export { toICalendar, stockholmVTimezone, type ICalendarOptions, type ICalendarScope } from './icalendar.js';
export {
  obligationsOf,
  type DueObligation,
  type MeetingObligation,
  type PartyObligations,
  type RecurringObligation,
  type StandingObligation,
} from './obligations.js';
export {
  MAX_WORKING_DAYS,
  addWorkingDays,
  isWorkingDay,
  swedishNonWorkingDays,
  type NonWorkingDay,
} from './working-days.js';
export { STOCKHOLM } from './dates.js';
