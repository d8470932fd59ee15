import { type RoutineBindings } from '../compile/routine-bindings.js';
import { resolveParameters } from '../compile/resolve-parameters.js';
import { withdrawalEffectiveAtValues } from '../registry/registry-spec.js';
import { withdrawalTextParameters } from './check-registry-refs.js';
import { type ValidationContext } from './validation-context.js';

/**
 * The county's binding plays every role with at least one party, binds no role the routine
 * lacks, and gives each parameter a value of its type (or leaves it to a default).
 */
export function checkBindings(ctx: ValidationContext, bindings: RoutineBindings): void {
  for (const [role, spec] of Object.entries(ctx.definition.roles)) {
    const binding = Object.hasOwn(bindings.roles, role) ? bindings.roles[role] : undefined;
    if (binding && binding.to.length > 0) continue;
    ctx.report(
      ['bindings', 'roles', role],
      'unboundRole',
      `Rollen ${role} (${spec.title}) är inte bunden till någon part.`,
      `Role ${role} is not bound to any party.`,
    );
  }
  for (const role of Object.keys(bindings.roles)) {
    if (ctx.hasRole(role)) continue;
    ctx.report(
      ['bindings', 'roles', role],
      'unknownRole',
      `Rutinen har ingen roll ${role} (${Object.keys(ctx.definition.roles).join(', ')}).`,
      `The routine has no role ${role} (${Object.keys(ctx.definition.roles).join(', ')}).`,
    );
  }
  const { settings, problems } = resolveParameters(ctx.definition, bindings);
  ctx.problems.push(...problems);
  for (const name of withdrawalTextParameters(ctx)) {
    const setting = settings[name];
    if (setting?.type !== 'text' || (withdrawalEffectiveAtValues as readonly string[]).includes(setting.value))
      continue;
    ctx.report(
      ['bindings', 'parameters', name, 'value'],
      'invalidParameterValue',
      `Parametern ${name} ska vara ${withdrawalEffectiveAtValues.join(' eller ')}.`,
      `Parameter ${name} must be ${withdrawalEffectiveAtValues.join(' or ')}.`,
    );
  }
}
