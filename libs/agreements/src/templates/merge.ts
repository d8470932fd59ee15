import { isRecord } from '../checks/salvage.js';
import { problem, type Problem } from '../problem.js';

/**
 * How a county's version overrides its template (`extends`). It is JSON Merge Patch (RFC 7396)
 * with one addition for lists of things that have an identity:
 *
 * - Objects merge field by field; the county's value wins. `null` removes the field
 *   (`"withdrawal": null` — the county has no withdrawal clause; `"reportsTo": null`).
 * - Two objects of different kinds (`kind`, `method` or `type` differ, e.g. a count per period
 *   against an RRULE) do not mix: the county's replaces the template's.
 * - Lists whose items have an identity merge by it: `key` for most lists, the clause citation
 *   (`number`, else `title`) for `clauses`. An item both have is the template's item with the
 *   county's merged in. Items the county lists come in the county's order; an item only the
 *   template has keeps its place after the template item before it (first, if it is the
 *   template's first). Numbered clauses are then put in the order of their numbers ("9", "10",
 *   "10.1"). `{ "key": "x", "$remove": true }` removes an item the template has.
 * - Every other list (members, levels, payers) is replaced as a whole, and so is every scalar.
 */
export function mergeOverlay(base: unknown, overlay: unknown, problems: Problem[], path: PropertyKey[] = []): unknown {
  if (overlay === undefined) return base;
  if (isRecord(base) && isRecord(overlay)) return mergeObjects(base, overlay, problems, path);
  if (Array.isArray(base) && Array.isArray(overlay)) {
    const identify = identityOf(path);
    if (
      overlay.some((item) => isRecord(item) && item['$remove'] === true) ||
      (keyed(base, identify) && keyed(overlay, identify))
    ) {
      return mergeKeyed(base, overlay, identify, problems, path);
    }
  }
  return withoutMarkers(overlay);
}

const discriminators = ['kind', 'method', 'type'] as const;

function mergeObjects(
  base: Record<string, unknown>,
  overlay: Record<string, unknown>,
  problems: Problem[],
  path: PropertyKey[],
): Record<string, unknown> {
  if (discriminators.some((d) => d in base && d in overlay && base[d] !== overlay[d])) {
    return withoutMarkers(overlay) as Record<string, unknown>;
  }
  const result: Record<string, unknown> = { ...base };
  for (const [field, value] of Object.entries(overlay)) {
    if (field === '$remove') continue;
    if (value === null) {
      delete result[field];
    } else {
      result[field] = mergeOverlay(base[field], value, problems, [...path, field]);
    }
  }
  return result;
}

type Identify = (item: unknown) => string | undefined;

function identityOf(path: readonly PropertyKey[]): Identify {
  if (path.length === 1 && path[0] === 'clauses') {
    return (item) => {
      if (!isRecord(item)) return undefined;
      const number = typeof item['number'] === 'string' ? item['number'] : undefined;
      const title = typeof item['title'] === 'string' ? item['title'] : undefined;
      return number ?? title;
    };
  }
  return (item) => (isRecord(item) && typeof item['key'] === 'string' ? item['key'] : undefined);
}

function keyed(list: readonly unknown[], identify: Identify): boolean {
  return list.length > 0 && list.every((item) => identify(item) !== undefined);
}

function mergeKeyed(
  base: readonly unknown[],
  overlay: readonly unknown[],
  identify: Identify,
  problems: Problem[],
  path: PropertyKey[],
): unknown[] {
  const baseById = new Map(base.map((item) => [identify(item), item]));
  const mentioned = new Set<string | undefined>();
  const result: { id: string | undefined; value: unknown }[] = [];
  overlay.forEach((item, index) => {
    const id = identify(item);
    mentioned.add(id);
    if (isRecord(item) && item['$remove'] === true) {
      if (!baseById.has(id)) {
        problems.push(
          problem(
            [...path, index],
            'removeUnknown',
            `"${id ?? '?'}" kan inte tas bort: mallen har ingen sådan`,
            `"${id ?? '?'}" cannot be removed: the template has none`,
          ),
        );
      }
      return;
    }
    const inBase = baseById.get(id);
    const value = inBase === undefined ? withoutMarkers(item) : mergeOverlay(inBase, item, problems, [...path, index]);
    result.push({ id, value });
  });
  // What only the template has keeps its place after the template item before it.
  base.forEach((item, index) => {
    const id = identify(item);
    if (mentioned.has(id)) return;
    let at = 0;
    for (let before = index - 1; before >= 0; before--) {
      const found = result.findIndex((entry) => entry.id === identify(base[before]));
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    result.splice(at, 0, { id, value: item });
  });
  const ordered = path.length === 1 && path[0] === 'clauses' ? inClauseOrder(result) : result;
  return ordered.map((entry) => entry.value);
}

/** Numbered clauses ("9", "10", "10.1") in the order of their numbers; the others stay where they are. */
function inClauseOrder<T extends { id: string | undefined }>(entries: readonly T[]): T[] {
  const numeric = (id: string | undefined) =>
    id !== undefined && /^\d+(?:\.\d+)*$/.test(id) ? id.split('.').map(Number) : undefined;
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? -1) - (b[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = entries
    .filter((entry) => numeric(entry.id) !== undefined)
    .sort((a, b) => compare(numeric(a.id) ?? [], numeric(b.id) ?? []));
  let next = 0;
  return entries.map((entry) => (numeric(entry.id) === undefined ? entry : (sorted[next++] ?? entry)));
}

/** A county's own new value, with `null` fields dropped as RFC 7396 does. */
function withoutMarkers(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => !(isRecord(item) && item['$remove'] === true)).map(withoutMarkers);
  }
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [field, inner] of Object.entries(value)) {
    if (inner !== null && field !== '$remove') result[field] = withoutMarkers(inner);
  }
  return result;
}
