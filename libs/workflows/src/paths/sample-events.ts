import { type AssignedAction, type PayloadFieldName, fieldSpec, isPayloadField } from '../definition/payload-fields.js';
import { type GuardRef, type RoutineDefinition } from '../definition/routine-definition.js';
import { stateEntries, taskEntries, transitionsOf } from '../definition/state-tree.js';
import {
  type RoutineContext,
  type RoutineEvent,
  type RoutineInput,
  partiesPlaying,
} from '../registry/routine-context.js';

/**
 * Events with payloads, for walking a routine's graph (@xstate/graph finds events without a
 * payload by itself, but cannot invent payloads). One event per type, except where the payload
 * decides something: each value a `payloadIs` guard compares (and one other), an empty and a
 * full list for `payloadHasItems` and assigned actions, and each item of a per-item task.
 */
export function sampleEvents(definition: RoutineDefinition, context: RoutineContext): RoutineEvent[] {
  const compared = comparedValues(definition);
  const perParty = new Set<string>();
  const perAction = new Set<string>();
  for (const { task } of taskEntries(definition)) {
    for (const event of task.completedBy) {
      if (task.forEach === 'party') perParty.add(event);
      if (task.forEach === 'assignedAction') perAction.add(event);
    }
  }
  const roles = Object.keys(definition.roles);
  const actions = sampleActions(roles, Object.keys(definition.assignableActions ?? {}));
  return Object.entries(definition.events).flatMap(([type, spec]) => {
    let variants: RoutineEvent[] = [{ type }];
    for (const field of Object.keys(spec.payload ?? {})) {
      if (!isPayloadField(field)) continue;
      const senders = spec.sentBy.flatMap((role) => partiesPlaying(context, role));
      const values = fieldSamples(field, {
        compared: compared.get(`${type}/${field}`),
        parties: perParty.has(type) ? senders : senders.slice(0, 1),
        actionKeys: perAction.has(type) ? actions.map((action) => action.key) : ['a1'],
        actions,
        roles,
      });
      variants = variants.flatMap((event) => values.map((value) => ({ ...event, [field]: value })));
    }
    return variants;
  });
}

/** A start input with a sample of each field the definition asks for. */
export function sampleInput(definition: RoutineDefinition, roles: RoutineContext['roles']): RoutineInput {
  const input: Record<string, unknown> = {};
  const home = Object.values(roles).find((binding) => binding.choose === 'homeMunicipality')?.to[0];
  if (home !== undefined) input['homeMunicipality'] = home;
  for (const field of Object.keys(definition.input ?? {})) {
    if (!isPayloadField(field) || field === 'homeMunicipality') continue;
    const [value] = fieldSamples(field, { compared: undefined, parties: [], actionKeys: [], actions: [], roles: [] });
    if (value !== undefined) input[field] = value;
  }
  return input;
}

interface SampleSources {
  compared: string[] | undefined;
  parties: string[];
  actionKeys: string[];
  actions: AssignedAction[];
  roles: string[];
}

function fieldSamples(field: PayloadFieldName, sources: SampleSources): unknown[] {
  const spec = fieldSpec(field);
  switch (spec.kind) {
    case 'partyKey':
      return sources.parties.length > 0 ? sources.parties : ['part-exempel'];
    case 'itemKey':
      return sources.actionKeys;
    case 'enum': {
      const values = spec.values ?? [];
      if (sources.compared === undefined) return values.slice(0, 1);
      const other = values.find((value) => !sources.compared?.includes(value));
      return other === undefined ? sources.compared : [...sources.compared, other];
    }
    case 'enumList':
      return [[...(spec.values ?? [])]];
    case 'roleList':
      return [sources.roles];
    case 'instant':
      return ['2026-03-31T09:00:00+02:00'];
    case 'date':
      return field === 'termEndsOn' ? ['2026-12-31'] : ['2026-06-30'];
    case 'assignedActions':
      return [[], sources.actions];
    case 'boolean':
      return [true];
  }
}

function sampleActions(roles: string[], kinds: string[]): AssignedAction[] {
  const [first = 'role', second = first] = roles.slice(1);
  const [one = 'action', other = one] = kinds;
  return [
    { key: 'a1', role: first, kind: one, within: { workingDays: 5 } },
    { key: 'a2', role: second, kind: other, within: { duration: 'P2W' } },
  ];
}

/** `event/field` → the values `payloadIs` guards compare that field with. */
function comparedValues(definition: RoutineDefinition): Map<string, string[]> {
  const compared = new Map<string, string[]>();
  for (const entry of stateEntries(definition)) {
    for (const { transition, event } of transitionsOf(entry)) {
      const guard: GuardRef | undefined = transition.guard;
      if (event === undefined || guard === undefined || typeof guard === 'string' || guard.type !== 'payloadIs')
        continue;
      const field = guard.params?.['field'];
      const value = guard.params?.['value'];
      if (typeof field !== 'string' || typeof value !== 'string') continue;
      const key = `${event}/${field}`;
      compared.set(key, [...new Set([...(compared.get(key) ?? []), value])]);
    }
  }
  return compared;
}
