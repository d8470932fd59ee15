import { READS_PER_CHECK } from '../calculators/expansion-budget.js';
import { parseDateOrLocalDateTime } from '../calculators/dates.js';
import { type CalculatorProblem } from '../calculators/problems.js';
import { RECURRENCE_HORIZON_YEARS, occursWithinHorizon } from '../calculators/expand-recurrence.js';
import { parseRecurrence } from '../calculators/recurrence.js';
import { type Cadence, type RecurrenceCadence } from '../schema/cadence.js';
import { parseRrule } from '../schema/rrule.js';
import { anchorDate, commitmentFirstOn, meetingFirstStart } from '../views/calendar-input-of.js';
import { type CheckContext } from './context.js';

/** Whose rule: a body's meetings (a local time) or a commitment (a day, or a local time). */
export type CadenceOwner = 'meeting' | 'commitment';

/**
 * A count per period has a minimum or a maximum, the one not above the other; a county choice
 * names parts the rule has. A rule is read by the calendar's own reader, so that what validates
 * also computes (its COUNT, INTERVAL and UNTIL within that reader's limits), and must occur
 * within RECURRENCE_HORIZON_YEARS of its first start: `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31` never
 * does, and would cost every calendar that reads it a walk to the year 9999.
 */
export function checkCadence(
  ctx: CheckContext,
  cadence: Cadence,
  path: readonly PropertyKey[],
  owner: CadenceOwner,
): void {
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
      if (parsed.ok) checkComputable(ctx, cadence, [...path, 'rrule'], owner);
      return;
    }
  }
}

// Without a start (no `start`, term or date) the views leave the rule out; its form is still
// read from a nominal start, and its horizon checked once it has a start of its own.
const nominalStart = '2000-01-01';

function checkComputable(
  ctx: CheckContext,
  cadence: RecurrenceCadence,
  path: readonly PropertyKey[],
  owner: CadenceOwner,
): void {
  const anchor = anchorDate(ctx.draft);
  const first = owner === 'meeting' ? meetingFirstStart(cadence, anchor) : commitmentFirstOn(cadence, anchor);
  const problems: CalculatorProblem[] = [];
  const at = path.map(String);
  const start = parseDateOrLocalDateTime(first ?? nominalStart, at, problems);
  const recurrence = start && parseRecurrence(cadence.rrule, start.at, start.allDay, at, problems);
  ctx.reportCalculated(problems);
  if (recurrence === undefined || first === undefined) return;
  if (ctx.budget.exhausted) {
    ctx.report(
      path,
      'recurrenceNotChecked',
      'för många upprepningsregler att pröva i ett utkast: ta bort regler som aldrig inträffar',
      'too many recurrence rules to check in one draft: remove rules that never occur',
    );
    return;
  }
  if (!occursWithinHorizon(recurrence, ctx.budget.part(READS_PER_CHECK))) {
    ctx.report(
      path,
      'noOccurrence',
      `regeln ${cadence.rrule} inträffar inte inom ${RECURRENCE_HORIZON_YEARS} år från ${first.slice(0, 10)}`,
      `the rule ${cadence.rrule} does not occur within ${RECURRENCE_HORIZON_YEARS} years of ${first.slice(0, 10)}`,
    );
  }
}
