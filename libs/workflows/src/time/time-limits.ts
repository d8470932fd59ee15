import { MAX_WORKING_DAYS, countableDurationProblem } from '@samverkan/agreements';
import { type ParameterSetting } from '../registry/routine-context.js';

/**
 * What a due time can be counted with (due-time.ts): a duration of at most MAX_DURATION_YEARS
 * (zero is "at once") and at most MAX_WORKING_DAYS working days. Beyond them the date library
 * gives no instant, and a case whose deadline counted P99999999Y failed in the database with a
 * 500; validation refuses such values in definitions, bindings and payloads instead.
 */
export function durationLimitProblem(text: string): { code: 'durationTooLong'; sv: string; en: string } | undefined {
  const problem = countableDurationProblem(text);
  return problem && { code: 'durationTooLong', ...problem };
}

export function workingDaysLimitProblem(
  days: number,
): { code: 'tooManyWorkingDays'; sv: string; en: string } | undefined {
  return days <= MAX_WORKING_DAYS
    ? undefined
    : {
        code: 'tooManyWorkingDays',
        sv: `Högst ${MAX_WORKING_DAYS} arbetsdagar (inte ${days}).`,
        en: `At most ${MAX_WORKING_DAYS} working days (not ${days}).`,
      };
}

/** The problem of a parameter's value a due time may be counted with, if it has one. */
export function settingLimitProblem(setting: ParameterSetting): { code: string; sv: string; en: string } | undefined {
  switch (setting.type) {
    case 'duration':
      return durationLimitProblem(setting.value);
    case 'workingDays':
      return workingDaysLimitProblem(setting.value);
    case 'count':
    case 'boolean':
    case 'text':
      return undefined;
  }
}
