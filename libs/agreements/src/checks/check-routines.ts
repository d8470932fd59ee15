import { countableDurationProblem } from '../calculators/dates.js';
import { MAX_WORKING_DAYS } from '../calculators/working-days.js';
import { type Party } from '../schema/party.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/** A routine's roles are played by parties or roles that exist; "the home municipality" is
 * chosen among municipalities with their codes; its durations and working days are ones a
 * deadline can be counted in (the engine's due times: libs/workflows, time/). */
export function checkRoutines(ctx: CheckContext): void {
  const parties = new Map<string, Party>();
  eachItem(ctx.draft.parties, (party) => parties.set(party.key, party));
  eachItem(ctx.draft.routines, (binding, index) => {
    for (const [name, parameter] of Object.entries(binding.parameters ?? {})) {
      const path = ['routines', index, 'parameters', name, 'value'];
      if (parameter.type === 'duration') {
        const problem = countableDurationProblem(parameter.value);
        if (problem) ctx.report(path, 'durationTooLong', problem.sv, problem.en);
      }
      if (parameter.type === 'workingDays' && parameter.value > MAX_WORKING_DAYS) {
        ctx.report(
          path,
          'tooManyWorkingDays',
          `högst ${MAX_WORKING_DAYS} arbetsdagar`,
          `at most ${MAX_WORKING_DAYS} working days`,
        );
      }
    }
    for (const [role, target] of Object.entries(binding.roles)) {
      const path = ['routines', index, 'roles', role];
      target.to.forEach((key, i) => ctx.expectRef(key, ['party', 'role'], [...path, 'to', i]));
      ctx.expectDistinct(target.to, [...path, 'to']);
      if (target.choose !== 'homeMunicipality') continue;
      target.to.forEach((key, i) => {
        const party = parties.get(key);
        if (ctx.kindOf(key) === 'role' || (party && party.kind !== 'municipality')) {
          ctx.report(
            [...path, 'to', i],
            'notAMunicipality',
            `"${key}" är ingen kommun och kan inte vara hemkommun`,
            `"${key}" is not a municipality and cannot be the home municipality`,
          );
        }
      });
    }
  });
}
