import { type Problem } from '@samverkan/agreements';
import { type StateValue } from 'xstate';
import { type RoutineDefinition, type StateSpec } from '../definition/routine-definition.js';

/** Every state of a definition as a dot path, parents before children. */
export function stateIds(definition: RoutineDefinition): string[] {
  const walk = (states: Record<string, StateSpec> | undefined, prefix: string): string[] =>
    Object.entries(states ?? {}).flatMap(([key, spec]) => [
      `${prefix}${key}`,
      ...walk(spec.states, `${prefix}${key}.`),
    ]);
  return walk(definition.states, '');
}

/** The deepest active states of a value: `{ awaitingContact: 'overdue' }` → `awaitingContact.overdue`. */
export function leafStateIds(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined || (typeof child === 'object' && Object.keys(child).length === 0)
      ? [`${prefix}${key}`]
      : leafStateIds(child, `${prefix}${key}.`),
  );
}

/** Builds a state value back from leaf paths. */
export function stateValueOf(leaves: readonly string[]): StateValue {
  const root: Record<string, unknown> = {};
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        if (!(part in node)) node[part] = {};
      } else {
        node = (node[part] ??= {}) as Record<string, unknown>;
      }
    });
  }
  const collapse = (node: Record<string, unknown>): StateValue => {
    const entries = Object.entries(node);
    if (entries.length === 1 && entries[0] && Object.keys(entries[0][1] as object).length === 0) return entries[0][0];
    return Object.fromEntries(
      entries.map(([key, child]) => [
        key,
        Object.keys(child as object).length === 0 ? {} : collapse(child as Record<string, unknown>),
      ]),
    ) as StateValue;
  };
  return collapse(root);
}

/**
 * Checks a migration between two versions of a routine: each state of `from` goes to the state
 * the mapping names, or to the state of the same path in `to`; every target must exist in `to`,
 * and no state may go to a final one silently. Every problem at once.
 */
export function checkMigration(
  from: RoutineDefinition,
  to: RoutineDefinition,
  mapping: Record<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const fromIds = new Set(stateIds(from));
  const toIds = new Set(stateIds(to));
  if (from.key !== to.key) {
    problems.push({
      path: 'to',
      code: 'otherRoutine',
      message: {
        sv: `${to.key} är en annan rutin än ${from.key}`,
        en: `${to.key} is another routine than ${from.key}`,
      },
    });
  }
  for (const [source, target] of Object.entries(mapping)) {
    if (!fromIds.has(source)) {
      problems.push({
        path: `states[${source}]`,
        code: 'unknownState',
        message: {
          sv: `läget ${source} finns inte i version ${from.version}`,
          en: `state ${source} is not in version ${from.version}`,
        },
      });
    }
    if (!toIds.has(target)) {
      problems.push({
        path: `states[${source}]`,
        code: 'unknownTarget',
        message: {
          sv: `läget ${target} finns inte i version ${to.version}`,
          en: `state ${target} is not in version ${to.version}`,
        },
      });
    }
  }
  for (const id of fromIds) {
    if (mapping[id] === undefined && !toIds.has(id)) {
      problems.push({
        path: `states[${id}]`,
        code: 'unmappedState',
        message: {
          sv: `läget ${id} saknas i version ${to.version}: ange vart ärenden i det ska flyttas`,
          en: `state ${id} is missing in version ${to.version}: map it`,
        },
      });
    }
  }
  return problems;
}

/** The value a running instance takes in the new version. */
export function migrateStateValue(value: StateValue, mapping: Record<string, string>): StateValue {
  return stateValueOf(leafStateIds(value).map((leaf) => mapping[leaf] ?? leaf));
}
