import { isRecord } from '../checks/salvage.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** A step into a version: a field, or an item of a keyed list (by its key or clause citation). */
export type Segment = { field: string } | { id: string; item: unknown };

export interface RawChange {
  segments: Segment[];
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
}

/**
 * Fields compared as one value: a cadence is "4 gånger per år", not a `min` and a `max`. Their
 * change is described whole.
 */
const atomicFields = new Set([
  'cadence',
  'recurrence',
  'population',
  'method',
  'countyChoice',
  'convener',
  'place',
  'reportsTo',
  'onDemand',
  'consultationKinds',
  'providedBy',
  'renewal',
  'caseBasis',
  'source',
  'selfFunded',
  'otherCostsDecidedBy',
  'statedPerInhabitant',
  'plan',
  'by',
]);

function fieldNames(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) => ('field' in segment ? [segment.field] : []));
}

function isAtomic(segments: readonly Segment[]): boolean {
  const fields = fieldNames(segments);
  const last = fields[fields.length - 1];
  const parent = fields[fields.length - 2];
  if (last === undefined) return false;
  // A routine's parameters and role bindings: each one whole, by its name.
  if (parent === 'parameters' || (parent === 'roles' && fields[0] === 'routines')) return true;
  return atomicFields.has(last) && fields.length > 1;
}

/** The identity of an item in a list at `segments`, or undefined when the list is not keyed. */
export function identity(segments: readonly Segment[], item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const fields = fieldNames(segments);
  if (fields.length === 1 && fields[0] === 'clauses') {
    const number = item['number'];
    const title = item['title'];
    return typeof number === 'string' ? number : typeof title === 'string' ? title : undefined;
  }
  return typeof item['key'] === 'string' ? item['key'] : undefined;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/** Every difference between two values, as deep as is meaningful to a reader. */
export function diffValues(before: unknown, after: unknown, segments: Segment[]): RawChange[] {
  if (deepEqual(before, after)) return [];
  // A keyed list that comes or goes whole is read item by item: "Part tillagd: …" for each.
  if (before === undefined && isKeyedList(after, segments)) return diffKeyed([], after, segments);
  if (after === undefined && isKeyedList(before, segments)) return diffKeyed(before, [], segments);
  if (before === undefined) return [{ segments, kind: 'added', after }];
  if (after === undefined) return [{ segments, kind: 'removed', before }];
  if (isAtomic(segments)) return [{ segments, kind: 'changed', before, after }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((item) => identity(segments, item) !== undefined);
    if (keyed && before.length + after.length > 0) return diffKeyed(before, after, segments);
    return [{ segments, kind: 'changed', before, after }];
  }
  if (isRecord(before) && isRecord(after)) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields.flatMap((field) => diffValues(before[field], after[field], [...segments, { field }]));
  }
  return [{ segments, kind: 'changed', before, after }];
}

function isKeyedList(value: unknown, segments: readonly Segment[]): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => identity(segments, item) !== undefined);
}

function diffKeyed(before: readonly unknown[], after: readonly unknown[], segments: Segment[]): RawChange[] {
  const byId = (list: readonly unknown[]) => new Map(list.map((item) => [identity(segments, item) ?? '', item]));
  const old = byId(before);
  const next = byId(after);
  const changes: RawChange[] = [];
  for (const [id, item] of old) {
    if (!next.has(id)) changes.push({ segments: [...segments, { id, item }], kind: 'removed', before: item });
  }
  for (const [id, item] of next) {
    const previous = old.get(id);
    if (previous === undefined) {
      changes.push({ segments: [...segments, { id, item }], kind: 'added', after: item });
    } else {
      changes.push(...diffRecords(previous, item, [...segments, { id, item }]));
    }
  }
  return changes;
}

function diffRecords(before: unknown, after: unknown, segments: Segment[]): RawChange[] {
  if (!isRecord(before) || !isRecord(after)) return diffValues(before, after, segments);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((field) => diffValues(before[field], after[field], [...segments, { field }]));
}

/** `bodies[styrgrupp].cadence`, `clauses[10.1].text`. */
export function formatSegments(segments: readonly Segment[]): string {
  return segments
    .map((segment, index) => ('field' in segment ? `${index === 0 ? '' : '.'}${segment.field}` : `[${segment.id}]`))
    .join('');
}
