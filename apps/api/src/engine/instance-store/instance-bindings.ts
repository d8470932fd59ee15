import { type AgreementVersion, type RoutineBinding, partiesBehind } from '@samverkan/agreements';

/**
 * What an instance keeps of its agreement: the routine binding it started with and, for every
 * routine role, the parties that play it. Fixed at start, so a later agreement version does not
 * change who owes what in a running case.
 */
export interface InstanceBindings {
  agreementKey: string;
  binding: RoutineBinding;
  roleParties: Record<string, string[]>;
  /** Party keys behind every key a binding names (a party, or an agreement role). */
  refs: Record<string, string[]>;
}

export function bindInstance(
  version: AgreementVersion,
  binding: RoutineBinding,
  homeMunicipality?: string,
): InstanceBindings {
  const refs: Record<string, string[]> = {};
  const roleParties: Record<string, string[]> = {};
  for (const [role, bound] of Object.entries(binding.roles)) {
    for (const key of bound.to) refs[key] = partiesBehind(version, key);
    const all = [...new Set(bound.to.flatMap((key) => refs[key] ?? []))];
    roleParties[role] =
      bound.choose === 'homeMunicipality' && homeMunicipality ? all.filter((key) => key === homeMunicipality) : all;
  }
  return { agreementKey: version.key, binding, roleParties, refs };
}

/** Party keys for the keys a task or timer names: routine roles, parties or agreement roles. */
export function partiesOf(bindings: InstanceBindings, keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((key) => bindings.roleParties[key] ?? bindings.refs[key] ?? [key]))];
}

export function partyPlaysAnyRole(bindings: InstanceBindings, partyKey: string): boolean {
  return Object.values(bindings.roleParties).some((parties) => parties.includes(partyKey));
}
