import { type CheckContext } from './context.js';

/** The term ends on or after its start; an automatic renewal needs an end to renew from. */
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
}
