import { type PayloadFieldName, isPayloadField, payloadFields } from '../definition/payload-fields.js';
import { type PayloadSpec, type RoutineDefinition } from '../definition/routine-definition.js';

/**
 * Every place a routine's cases take a string: each string inside each field of the start input
 * and of each event (`participants.0`, `actions.0.kind`), and, for a start or an event without
 * fields, a field it does not take (`note`), since a careless sender may add one. The
 * personal-data tests send their corpus to each (here and in the API).
 */
export interface TextPlace {
  /** The event's type; none for the start input. */
  event?: string;
  /** Where the string goes in the event's fields (or the start input). */
  path: (string | number)[];
}

export function textPlaces(definition: RoutineDefinition): TextPlace[] {
  const places: TextPlace[] = stringPaths(definition.input ?? {}).map((path) => ({ path }));
  if (places.length === 0) places.push({ path: ['note'] });
  for (const [type, spec] of Object.entries(definition.events)) {
    const paths = stringPaths(spec.payload ?? {});
    places.push(...(paths.length > 0 ? paths : [['note']]).map((path) => ({ event: type, path })));
  }
  return places;
}

function stringPaths(spec: PayloadSpec): (string | number)[][] {
  return fieldsOf(spec).flatMap((field): (string | number)[][] => {
    switch (payloadFields[field].kind) {
      case 'enumList':
      case 'roleList':
        return [[field, 0]];
      case 'assignedActions':
        return [
          [field, 0, 'key'],
          [field, 0, 'role'],
          [field, 0, 'kind'],
          [field, 0, 'within', 'duration'],
        ];
      case 'partyKey':
      case 'itemKey':
      case 'enum':
      case 'instant':
      case 'date':
      case 'boolean':
        return [[field]];
    }
  });
}

/**
 * Fields as a sender fills them in: the party sending (or the case's home municipality), the
 * first value of an enumeration, the routine's first role and first assignable action.
 */
export function sampleFields(
  definition: RoutineDefinition,
  spec: PayloadSpec,
  parties: { sender: string; home?: string },
): Record<string, unknown> {
  const [role = 'role'] = Object.keys(definition.roles);
  const [kind = 'action'] = Object.keys(definition.assignableActions ?? {});
  const fields: Record<string, unknown> = {};
  for (const field of fieldsOf(spec)) {
    const form = payloadFields[field];
    const values: readonly string[] = 'values' in form ? form.values : [];
    switch (form.kind) {
      case 'partyKey':
        fields[field] = field === 'homeMunicipality' ? parties.home : parties.sender;
        break;
      case 'itemKey':
        fields[field] = 'a1';
        break;
      case 'enum':
        fields[field] = values[0];
        break;
      case 'enumList':
        fields[field] = values.slice(0, 1);
        break;
      case 'roleList':
        fields[field] = [role];
        break;
      case 'instant':
        fields[field] = '2026-03-31T09:00:00+02:00';
        break;
      case 'date':
        fields[field] = '2027-12-31';
        break;
      case 'assignedActions':
        fields[field] = [{ key: 'a1', role, kind, within: { duration: 'P1W' } }];
        break;
      case 'boolean':
        fields[field] = true;
        break;
    }
  }
  return fields;
}

/** A copy of the fields with `text` at `path` (which `textPlaces` gave for them). */
export function withText(
  fields: Record<string, unknown>,
  path: readonly (string | number)[],
  text: string,
): Record<string, unknown> {
  const copy = structuredClone(fields);
  let at: unknown = copy;
  path.forEach((segment, i) => {
    if (at === null || typeof at !== 'object') return;
    if (i === path.length - 1) Object.assign(at, { [segment]: text });
    else at = Reflect.get(at, segment) as unknown;
  });
  return copy;
}

function fieldsOf(spec: PayloadSpec): PayloadFieldName[] {
  return Object.keys(spec).filter(isPayloadField);
}
