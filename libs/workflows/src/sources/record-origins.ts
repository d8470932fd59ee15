import { type RecordFieldName } from '../definition/payload-fields.js';
import { type ActionRef, type GuardRef, type RoutineDefinition } from '../definition/routine-definition.js';
import { stateEntries, transitionsOf } from '../definition/state-tree.js';
import {
  type RegistryParamKind,
  actionSpecs,
  guardSpecs,
  isActionName,
  isGuardName,
} from '../registry/registry-spec.js';

/**
 * How a record field (a time a deadline counts to) gets its value: given when the case starts,
 * carried by an event's payload (`record`), or computed by an action (`extendDate`,
 * `computeWithdrawal`) from parameters. The parameters of the action and of the transition's
 * guard shape the value too (a term renews by `renewalPeriod` only if `renewsAutomatically`).
 */
export interface RecordOrigin {
  kind: 'input' | 'payload' | 'computed';
  /** The event of the transition that sets it; undefined for the start input and eventless transitions. */
  event?: string;
  parameters: string[];
}

const parameterKinds: ReadonlySet<RegistryParamKind> = new Set([
  'countParameter',
  'booleanParameter',
  'durationParameter',
  'textParameter',
]);

export function recordOrigins(definition: RoutineDefinition, field: RecordFieldName): RecordOrigin[] {
  const origins: RecordOrigin[] = [];
  if (Object.hasOwn(definition.input ?? {}, field)) {
    origins.push({ kind: 'input', parameters: [] });
  }
  for (const state of stateEntries(definition)) {
    for (const { transition, event } of transitionsOf(state)) {
      const guarded = guardParameters(transition.guard);
      for (const action of transition.actions ?? []) {
        const origin = originOf(action, field);
        if (origin === undefined) continue;
        origins.push({
          ...origin,
          ...(event === undefined ? {} : { event }),
          parameters: [...new Set([...origin.parameters, ...guarded])],
        });
      }
    }
  }
  return origins;
}

function originOf(action: ActionRef, field: RecordFieldName): Omit<RecordOrigin, 'event'> | undefined {
  const { type, params } = typeof action === 'string' ? { type: action, params: {} } : action;
  if (!isActionName(type)) return undefined;
  const given = params ?? {};
  if (type === 'record') {
    const fields = given['fields'];
    return Array.isArray(fields) && fields.includes(field) ? { kind: 'payload', parameters: [] } : undefined;
  }
  const spec = actionSpecs[type];
  const names = Object.entries(spec.params)
    .filter(([, kind]) => kind === 'dateRecord')
    .map(([name]) => given[name]);
  const writes: readonly string[] = 'writes' in spec ? spec.writes : [];
  if (!names.includes(field) && !writes.includes(field)) return undefined;
  return { kind: 'computed', parameters: parametersOf(spec.params, given) };
}

function guardParameters(guard: GuardRef | undefined): string[] {
  if (guard === undefined || typeof guard === 'string' || !isGuardName(guard.type)) return [];
  return parametersOf(guardSpecs[guard.type].params, guard.params ?? {});
}

/** The definition's parameters a guard or an action reads, by the kinds its registry entry declares. */
function parametersOf(spec: Record<string, RegistryParamKind>, given: Record<string, unknown>): string[] {
  return Object.entries(spec).flatMap(([name, kind]) => {
    const value = given[name];
    return parameterKinds.has(kind) && typeof value === 'string' ? [value] : [];
  });
}
