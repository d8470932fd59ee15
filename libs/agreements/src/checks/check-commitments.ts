import { checkCadence } from './check-cadence.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * A commitment's kind agrees with what it carries: a recurring one has its recurrence, one due
 * by a date has the date, a standing one has neither. Whoever owes it and the bodies it reports
 * to exist.
 */
export function checkCommitments(ctx: CheckContext): void {
  eachItem(ctx.draft.commitments, (commitment, index) => {
    const path = ['commitments', index];
    commitment.by.forEach((key, i) => ctx.expectRef(key, ['party', 'role', 'body'], [...path, 'by', i]));
    ctx.expectDistinct(commitment.by, [...path, 'by']);
    commitment.reportsTo?.forEach((key, i) => ctx.expectRef(key, ['body'], [...path, 'reportsTo', i]));
    const { recurrence, due } = commitment;
    switch (commitment.kind) {
      case 'dueByDate':
        if (due === undefined) {
          ctx.report(
            [...path, 'due'],
            'dueDateRequired',
            'ett åtagande med slutdatum måste ha ett datum',
            'a commitment due by a date needs the date',
          );
        }
        if (recurrence) notApplicable(ctx, [...path, 'recurrence'], 'recurrence', 'dueByDate');
        break;
      case 'recurring':
        if (recurrence === undefined) {
          ctx.report(
            [...path, 'recurrence'],
            'recurrenceRequired',
            'ett återkommande åtagande måste ange hur ofta',
            'a recurring commitment needs its recurrence',
          );
        }
        if (due !== undefined) notApplicable(ctx, [...path, 'due'], 'due', 'recurring');
        break;
      case 'standing':
        if (recurrence) notApplicable(ctx, [...path, 'recurrence'], 'recurrence', 'standing');
        if (due !== undefined) notApplicable(ctx, [...path, 'due'], 'due', 'standing');
        break;
    }
    if (recurrence?.kind === 'meetingsOf') {
      ctx.expectRef(recurrence.body, ['body'], [...path, 'recurrence', 'body']);
    } else if (recurrence) {
      checkCadence(ctx, recurrence, [...path, 'recurrence'], 'commitment');
    }
  });
}

function notApplicable(ctx: CheckContext, path: readonly PropertyKey[], field: string, kind: string): void {
  ctx.report(
    path,
    'notApplicable',
    `${field} hör inte till ett åtagande av typen ${kind}`,
    `${field} does not belong to a commitment of kind ${kind}`,
  );
}
