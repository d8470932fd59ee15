import { fieldSpec, isTimeField } from '../definition/payload-fields.js';
import { type DurationRef } from '../definition/routine-definition.js';
import { settingLimitProblem } from '../time/time-limits.js';
import { type ProblemPath } from './problem.js';
import { type ValidationContext } from './validation-context.js';

/**
 * A deadline counts a duration or working-days parameter, or to a recorded time; reminders and
 * escalations need a due time to count from; durations are duration parameters or ISO 8601,
 * and every duration and number of working days, written here or as a parameter's default, is
 * one a due time can be counted with (time/time-limits.ts); an optional parameter has no default.
 */
export function checkDeadlines(ctx: ValidationContext): void {
  for (const [name, spec] of Object.entries(ctx.definition.parameters)) {
    const beyond =
      spec.type === 'duration' && spec.default !== undefined
        ? settingLimitProblem({ type: 'duration', value: spec.default })
        : spec.type === 'workingDays' && spec.default !== undefined
          ? settingLimitProblem({ type: 'workingDays', value: spec.default })
          : undefined;
    if (beyond) ctx.report(['parameters', name, 'default'], beyond.code, beyond.sv, beyond.en);
    // Optional means "no value unless the county gives one": a default would always give one.
    if ((spec.type === 'duration' || spec.type === 'workingDays') && spec.optional && spec.default !== undefined) {
      ctx.report(
        ['parameters', name, 'optional'],
        'optionalWithDefault',
        `Parametern ${name} är valfri men har ett standardvärde: ta bort det ena.`,
        `Parameter ${name} is optional but has a default: drop one of them.`,
      );
    }
  }
  for (const entry of ctx.states) {
    const { deadline, reminders = [], escalations = [], tasks = [] } = entry.spec;
    if (deadline) {
      const path = [...entry.path, 'deadline', 'within'];
      if ('parameter' in deadline.within) {
        ctx.expectParameter(deadline.within.parameter, ['duration', 'workingDays'], [...path, 'parameter']);
      } else if (!isTimeField(deadline.within.record)) {
        ctx.report(
          [...path, 'record'],
          'notATimeField',
          `Fältet ${deadline.within.record} är ingen tidpunkt eller datum (${fieldSpec(deadline.within.record).kind}).`,
          `Field ${deadline.within.record} is not an instant or a date.`,
        );
      }
    }
    const hasDue = deadline !== undefined || tasks.some((task) => task.forEach === 'assignedAction');
    if (!hasDue && (reminders.length > 0 || escalations.length > 0)) {
      ctx.report(
        entry.path,
        'reminderWithoutDue',
        `${entry.id} har påminnelser eller eskaleringar men ingen frist att räkna från.`,
        `${entry.id} has reminders or escalations but no due time to count from.`,
      );
    }
    reminders.forEach((reminder, i) => {
      if ('before' in reminder) checkDuration(ctx, reminder.before, [...entry.path, 'reminders', i, 'before']);
    });
    escalations.forEach((escalation, i) => {
      checkDuration(ctx, escalation.after, [...entry.path, 'escalations', i, 'after']);
      ctx.expectRole(escalation.to, [...entry.path, 'escalations', i, 'to']);
    });
  }
}

function checkDuration(ctx: ValidationContext, ref: DurationRef, path: ProblemPath): void {
  if ('parameter' in ref) {
    ctx.expectParameter(ref.parameter, ['duration'], [...path, 'parameter']);
    return;
  }
  const beyond = settingLimitProblem({ type: 'duration', value: ref.duration });
  if (beyond) ctx.report([...path, 'duration'], beyond.code, beyond.sv, beyond.en);
}
