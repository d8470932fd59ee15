import { type Cadence } from '../schema/cadence.js';
import { parseRrule } from '../schema/rrule.js';
import { type CheckContext } from './context.js';

/** A count per period has a minimum or a maximum, the one not above the other; a county choice
 * names parts the rule has. */
export function checkCadence(ctx: CheckContext, cadence: Cadence, path: readonly PropertyKey[]): void {
  switch (cadence.kind) {
    case 'countPerPeriod':
      if (cadence.min === undefined && cadence.max === undefined) {
        ctx.report(
          [...path, 'min'],
          'countRequired',
          'ange minst ett antal (min eller max)',
          'give at least one count (min or max)',
        );
      }
      if (cadence.min !== undefined && cadence.max !== undefined && cadence.min > cadence.max) {
        ctx.report(
          [...path, 'max'],
          'minAboveMax',
          `högst ${cadence.max} är färre än minst ${cadence.min}`,
          `max ${cadence.max} is below min ${cadence.min}`,
        );
      }
      return;
    case 'recurrence': {
      const parsed = parseRrule(cadence.rrule);
      cadence.countyChoice?.fields.forEach((field, index) => {
        const present =
          field === 'timeOfDay'
            ? cadence.timeOfDay !== undefined
            : field === 'start'
              ? cadence.start !== undefined
              : parsed.ok && parsed.rule[field] !== undefined;
        if (!present) {
          ctx.report(
            [...path, 'countyChoice', 'fields', index],
            'countyChoiceNotPresent',
            `${field} markeras som länets eget val men finns inte i mötesfrekvensen`,
            `${field} is marked as the county's choice but is not part of the cadence`,
          );
        }
      });
      return;
    }
  }
}
