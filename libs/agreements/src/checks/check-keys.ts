import { clauseCitation } from '../schema/clause.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * Keys are unique: parties, roles and bodies share one namespace (a reference to "samordnare"
 * must mean one thing), every other list has its own; clause citations are unique.
 */
export function checkKeys(ctx: CheckContext): void {
  const { draft } = ctx;
  const actors = new Map<string, string>();
  for (const section of ['parties', 'roles', 'bodies'] as const) {
    eachItem<{ key: string }>(draft[section], (item, index) => {
      const earlier = actors.get(item.key);
      if (earlier !== undefined) {
        ctx.report(
          [section, index, 'key'],
          'duplicateKey',
          `nyckeln "${item.key}" används redan (${earlier})`,
          `key "${item.key}" is already used (${earlier})`,
        );
      } else {
        actors.set(item.key, `${section}.${index}`);
      }
    });
  }
  const lists = {
    subRegions: draft.subRegions,
    targetGroups: draft.targetGroups,
    sources: draft.sources,
    commitments: draft.commitments,
    routines: draft.routines,
    'costSplit.items': draft.costSplit?.items,
    'costSplit.totals': draft.costSplit?.totals,
    'costSplit.funding': draft.costSplit?.funding,
  };
  for (const [path, list] of Object.entries(lists)) {
    distinct(
      ctx,
      path,
      'key',
      (list ?? []).map((item) => item?.key),
    );
  }
  distinct(
    ctx,
    'clauses',
    'number',
    (draft.clauses ?? []).map((clause) => clause && clauseCitation(clause)),
  );
}

function distinct(ctx: CheckContext, path: string, field: string, keys: readonly (string | undefined)[]): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    if (seen.has(key)) {
      ctx.report(
        `${path}.${index}.${field}`,
        'duplicateKey',
        `"${key}" förekommer mer än en gång`,
        `"${key}" occurs more than once`,
      );
    }
    seen.add(key);
  });
}
