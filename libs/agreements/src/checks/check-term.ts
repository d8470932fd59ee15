import { parseDuration } from '../calculators/dates.js';
import { type CalculatorProblem } from '../calculators/problems.js';
import { checkWithdrawalRule } from '../calculators/withdrawal.js';
import { type CheckContext } from './context.js';

/**
 * The term ends on or after its start; an automatic renewal needs an end to renew from, and a
 * period the term calculator can count in: whole days, weeks, months or years, longer than
 * zero and at most MAX_DURATION_YEARS (ISO 8601 alone also allows `P0D` and `PT12H`).
 */
export function checkTerm(ctx: CheckContext): void {
  const term = ctx.draft.term;
  if (!term) return;
  if (term.end !== undefined && term.end < term.start) {
    ctx.report(
      ['term', 'end'],
      'endBeforeStart',
      `slutdatumet ${term.end} ligger före startdatumet ${term.start}`,
      `the end ${term.end} is before the start ${term.start}`,
    );
  }
  if (term.renewal?.kind === 'automatic' && term.end === undefined) {
    ctx.report(
      ['term', 'renewal'],
      'renewalWithoutEnd',
      'en överenskommelse utan slutdatum kan inte förlängas: ange slutdatum eller ta bort förlängningen',
      'an agreement without an end cannot be renewed: give the end or remove the renewal',
    );
  }
  if (term.renewal?.kind === 'automatic') {
    const problems: CalculatorProblem[] = [];
    parseDuration(term.renewal.period, ['term', 'renewal', 'period'], problems, { datesOnly: true });
    ctx.reportCalculated(problems);
  }
}

/** A notice period the withdrawal calculator can count in, by the same rules as a renewal. */
export function checkWithdrawal(ctx: CheckContext): void {
  const rule = ctx.draft.withdrawal;
  if (!rule) return;
  const problems: CalculatorProblem[] = [];
  checkWithdrawalRule(rule, ['withdrawal'], problems);
  ctx.reportCalculated(problems);
}
