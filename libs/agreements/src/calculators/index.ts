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
export { calendarBetween, forBody, forParty, type CalendarEntry, type CalendarEntryKind } from './calendar.js';
export { toICalendar, stockholmVTimezone, type ICalendarOptions, type ICalendarScope } from './icalendar.js';
export {
  obligationsOf,
  type DueObligation,
  type MeetingObligation,
  type PartyObligations,
  type RecurringObligation,
  type StandingObligation,
} from './obligations.js';
export { addWorkingDays, isWorkingDay, swedishNonWorkingDays, type NonWorkingDay } from './working-days.js';
export { STOCKHOLM } from './dates.js';
