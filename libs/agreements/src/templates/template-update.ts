import { isRecord } from '../checks/salvage.js';
import { type AgreementChange, locatedChanges } from '../diff/diff-agreements.js';
import { type Segment } from '../diff/structural.js';
import { problem, type Problem, type ValidationResult } from '../problem.js';
import { type AgreementTemplate } from '../schema/agreement-template.js';
import { type AgreementContent } from '../schema/agreement-version.js';
import { formatTemplateRef } from '../template-ref.js';
import { mergeOverlay } from './merge.js';

/** A change between two versions of a template, as it reaches one county's agreement. */
export interface TemplateChange extends AgreementChange {
  /**
   * The county has its own value at this place (or removed what is there): the change does not
   * reach its agreement, taken or left, so it cannot be chosen.
   */
  ownValue: boolean;
}

type Json = Record<string, unknown>;

/**
 * Every change from the template a county's version extends (`from`) to a newer version of it
 * (`to`), section by section in words, each marked when the county's own value stands there.
 * `county` is the version as stored: the county's overrides with `extends`.
 */
export function templateChanges(county: Json, from: AgreementTemplate, to: AgreementTemplate): TemplateChange[] {
  return locatedChanges(from.content, to.content).map(({ segments, ...change }) => ({
    ...change,
    ownValue: hasOwnValue(county, segments),
  }));
}

/**
 * The county's version moved to the template `to`, taking the changes whose `path` is in `take`
 * and leaving the others: for each change left, the county's overrides keep the old template's
 * value (a field set back, `null` for a field the new template adds, `$remove` for an item it
 * adds, the whole item for one it removes). The county's own values stay as they were. The
 * result is checked: resolved on `to`, it differs from the version resolved on `from` by exactly
 * the changes taken (and `extends`).
 */
export function takeTemplateChanges(
  county: Json,
  from: AgreementTemplate,
  to: AgreementTemplate,
  take: readonly string[],
): ValidationResult<Json> {
  const changes = locatedChanges(from.content, to.content);
  const own = (c: { segments: Segment[] }) => hasOwnValue(county, c.segments);
  const problems: Problem[] = [];
  take.forEach((path, index) => {
    const change = changes.find((c) => c.path === path);
    if (!change) {
      problems.push(
        problem(
          `take.${index}`,
          'notAChange',
          `${path} är ingen ändring i mallen ${formatTemplateRef(to)}`,
          `${path} is not a change in template ${formatTemplateRef(to)}`,
        ),
      );
    } else if (own(change)) {
      problems.push(
        problem(
          `take.${index}`,
          'ownValue',
          `${path}: avtalet har ett eget värde här, som mallens ändring inte når`,
          `${path}: the agreement has its own value here, which the template's change does not reach`,
        ),
      );
    }
  });
  if (problems.length) return { ok: false, problems };

  const taken = new Set(take);
  const result = structuredClone(county);
  result['extends'] = formatTemplateRef(to);
  for (const change of changes) {
    if (!taken.has(change.path) && !own(change)) keepOld(result, change.segments, change);
  }
  const before = asRecord(mergeOverlay(from.content, county, []));
  // A section the old template lacked and the new one brings, all of it left, must stay absent.
  for (const [field, value] of Object.entries(asRecord(mergeOverlay(to.content, result, [])))) {
    if (before[field] === undefined && isRecord(value) && Object.keys(value).length === 0) result[field] = null;
  }
  const after = asRecord(mergeOverlay(to.content, result, []));
  const expected = new Set([...taken].filter((path) => !changes.some((c) => c.path === path && own(c))));
  const differences = locatedChanges(before as AgreementContent, after as AgreementContent)
    .map((c) => c.path)
    .filter((path) => path !== 'extends');
  const unexpected = differences.filter((path) => !expected.has(path));
  const missing = [...expected].filter((path) => !differences.includes(path));
  if (unexpected.length || missing.length) {
    return {
      ok: false,
      problems: [
        problem(
          'take',
          'cannotApply',
          `ändringarna kunde inte tas var för sig: ${[...unexpected, ...missing].join(', ')}`,
          `the changes could not be taken one by one: ${[...unexpected, ...missing].join(', ')}`,
        ),
      ],
    };
  }
  return { ok: true, value: result };
}

function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** How a list's items are told apart, as `mergeOverlay` tells them: clause citations, else keys. */
function identify(field: string, depth: number, item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  if (depth === 0 && field === 'clauses') {
    const number = item['number'];
    const title = item['title'];
    return typeof number === 'string' ? number : typeof title === 'string' ? title : undefined;
  }
  return typeof item['key'] === 'string' ? item['key'] : undefined;
}

/** The fields that name an item in an overlay: `{ key }`, or a clause's `{ number }` / `{ title }`. */
function skeleton(field: string, depth: number, item: unknown): Json {
  if (depth === 0 && field === 'clauses' && isRecord(item)) {
    return typeof item['number'] === 'string' ? { number: item['number'] } : { title: item['title'] };
  }
  return { key: identify(field, depth, item) };
}

/**
 * Whether the county's overrides hold a value at the change's place or above it (a field it set
 * whole, `null`, an item it removed): then the template's value there never reaches it.
 */
function hasOwnValue(county: Json, segments: readonly Segment[]): boolean {
  let here: unknown = county;
  let field = '';
  for (const [depth, segment] of segments.entries()) {
    if (here === undefined) return false;
    if ('field' in segment) {
      if (!isRecord(here)) return true;
      field = segment.field;
      here = here[segment.field];
    } else {
      if (!Array.isArray(here)) return true;
      const listDepth = depth - 1;
      const item = here.find((candidate) => identify(field, listDepth, candidate) === segment.id);
      if (isRecord(item) && item['$remove'] === true) return true;
      here = item;
    }
    if (here === null) return true;
  }
  return here !== undefined;
}

/** Writes into the county's overrides what keeps the old template's value at one change. */
function keepOld(overrides: Json, segments: readonly Segment[], change: AgreementChange): void {
  let container: Json = overrides;
  let list: unknown[] | undefined;
  let listField = '';
  let listDepth = 0;
  for (const [depth, segment] of segments.entries()) {
    const last = depth === segments.length - 1;
    if ('field' in segment) {
      if (last) {
        container[segment.field] =
          change.kind === 'added'
            ? null
            : change.kind === 'removed'
              ? structuredClone(change.before)
              : overlayFor(change.before, change.after);
        return;
      }
      const next = segments[depth + 1];
      if (next && 'id' in next) {
        const existing = container[segment.field];
        list = Array.isArray(existing) ? existing : [];
        container[segment.field] = list;
        listField = segment.field;
        listDepth = depth;
      } else {
        const existing = container[segment.field];
        const record = isRecord(existing) ? existing : {};
        container[segment.field] = record;
        container = record;
      }
    } else {
      if (!list) return;
      if (last) {
        if (change.kind === 'added') list.push({ ...skeleton(listField, listDepth, segment.item), $remove: true });
        else list.push(structuredClone(change.before));
        return;
      }
      let item = list.find((candidate) => identify(listField, listDepth, candidate) === segment.id);
      if (!isRecord(item)) {
        item = skeleton(listField, listDepth, segment.item);
        list.push(item);
      }
      container = item as Json;
    }
  }
}

const discriminators = ['kind', 'method', 'type'];

/** What, merged onto `after` by `mergeOverlay`, gives back `before`. */
function overlayFor(before: unknown, after: unknown): unknown {
  if (isRecord(before) && isRecord(after)) {
    if (discriminators.some((d) => d in before && d in after && before[d] !== after[d])) {
      return structuredClone(before);
    }
    const result: Json = {};
    for (const [field, value] of Object.entries(before)) {
      result[field] = after[field] === undefined ? structuredClone(value) : overlayFor(value, after[field]);
    }
    for (const field of Object.keys(after)) if (!(field in before)) result[field] = null;
    return result;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = (item: unknown) => (isRecord(item) && typeof item['key'] === 'string' ? item['key'] : undefined);
    const keyed = [...before, ...after].every((item) => key(item) !== undefined) && before.length && after.length;
    if (keyed) {
      const afterByKey = new Map(after.map((item) => [key(item), item]));
      const beforeKeys = new Set(before.map(key));
      return [
        ...before.map((item) => {
          const other = afterByKey.get(key(item));
          return other === undefined ? structuredClone(item) : overlayFor(item, other);
        }),
        ...after.filter((item) => !beforeKeys.has(key(item))).map((item) => ({ key: key(item), $remove: true })),
      ];
    }
  }
  return structuredClone(before);
}
