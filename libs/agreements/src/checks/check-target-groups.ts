import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * A target group lists each category and form of violence once; a routine binding's
 * `targetGroups` name groups the version declares, each once. (An unknown category or form is
 * the schema's `invalidValue`, with the allowed keys.)
 */
export function checkTargetGroups(ctx: CheckContext): void {
  eachItem(ctx.draft.targetGroups, (group, index) => {
    if (group.categories) ctx.expectDistinct(group.categories.values, ['targetGroups', index, 'categories', 'values']);
    if (group.forms) ctx.expectDistinct(group.forms.values, ['targetGroups', index, 'forms', 'values']);
  });
  eachItem(ctx.draft.routines, (binding, index) => {
    const path = ['routines', index, 'targetGroups'];
    binding.targetGroups?.forEach((key, i) => {
      if (!ctx.declared.targetGroup.has(key)) {
        ctx.report(
          [...path, i],
          'unknownTargetGroup',
          `okänd målgrupp: "${key}" (överenskommelsens målgrupper står under targetGroups)`,
          `unknown target group: "${key}" (the agreement's target groups are under targetGroups)`,
        );
      }
    });
    if (binding.targetGroups) ctx.expectDistinct(binding.targetGroups, path);
  });
}
