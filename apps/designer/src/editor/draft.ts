import {
  type AgreementTemplate,
  type AgreementVersion,
  type Problem,
  type ValidationResult,
  formatTemplateRef,
  mergeOverlay,
  resolveAgreement,
} from '@samverkan/agreements';

/**
 * A draft as the API stores it: an AgreementVersion, or its overrides of the template it
 * `extends`. The editor changes this object and validates it with the same library as the API
 * (resolveAgreement: the template applied, then agreementVersionSchema and its checks), so a
 * problem's `path` is the path in the resolved version, as in the API's 422.
 */
export type DraftContent = Record<string, unknown>;

export function resolveDraft(
  content: DraftContent,
  template: AgreementTemplate | undefined,
): ValidationResult<AgreementVersion> {
  return resolveAgreement(content, (ref) =>
    template && formatTemplateRef(ref) === formatTemplateRef(template) ? template : undefined,
  );
}

/** Each offending path with its Swedish messages, as the fields show them. */
export function problemsByPath(problems: readonly Problem[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const problem of problems) {
    const before = map.get(problem.path);
    map.set(problem.path, before ? `${before}; ${problem.message.sv}` : problem.message.sv);
  }
  return map;
}

type Item = Record<string, unknown> & { key: string };

function listOf(content: DraftContent, list: string): Item[] {
  const value = content[list];
  return Array.isArray(value) ? (value as Item[]) : [];
}

/**
 * Sets fields of the item with `key` in a keyed list (bodies, parties, routines). An item the
 * draft does not list yet (one of the template's) gets an override of its own with only these
 * fields: the template's item is merged under it by key.
 */
export function patchItem(
  content: DraftContent,
  list: string,
  key: string,
  patch: Record<string, unknown>,
): DraftContent {
  const items = listOf(content, list);
  const found = items.some((item) => item.key === key);
  const next = found
    ? items.map((item) => (item.key === key ? { ...item, ...patch } : item))
    : [...items, { key, ...patch }];
  return { ...content, [list]: next };
}

export function addItem(content: DraftContent, list: string, item: Item): DraftContent {
  return { ...content, [list]: [...listOf(content, list).filter((i) => i.key !== item.key), item] };
}

export function setSection(content: DraftContent, section: string, value: unknown): DraftContent {
  if (value === undefined) {
    const rest = { ...content };
    delete rest[section];
    return rest;
  }
  return { ...content, [section]: value };
}

/** A whole number from a field, or the text itself so that validation names what is wrong. */
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** "punkt 9", "§ 8": how a clause is cited beside a field. */
export function clauseLabel(clause: string | undefined): string | null {
  if (!clause) return null;
  return clause.startsWith('§') ? clause : `punkt ${clause}`;
}

/**
 * Removes the item with `key` from a keyed list. The county's own item is dropped from the draft;
 * one the template has is marked `$remove` (the template merge's way to leave a template item out).
 */
export function removeItem(content: DraftContent, list: string, key: string, inTemplate: boolean): DraftContent {
  const rest = listOf(content, list).filter((item) => item.key !== key);
  return { ...content, [list]: inTemplate ? [...rest, { key, $remove: true }] : rest };
}

/**
 * An item as the fields show it: the last valid version's, with the draft's own fields over it.
 * While the draft has a problem the version lags behind; a check box read from it alone would
 * not show what was just chosen.
 */
export function itemAsTyped<T extends { key: string }>(content: DraftContent, list: string, item: T): T {
  const own = listOf(content, list).find((i) => i.key === item.key);
  return own ? { ...item, ...own } : item;
}

/** A key not yet used in the list: `stem`, else `stem-2`, `stem-3`, … */
export function freeKey(stem: string, taken: readonly { key: string }[]): string {
  const used = new Set(taken.map((item) => item.key));
  if (!used.has(stem)) return stem;
  let n = 2;
  while (used.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

/**
 * A keyed list as typed: the template's items with the draft's merged over them, by the library's
 * own merge (mergeOverlay), in the order the resolved version has them. Unlike the last valid
 * version it has what was just typed, a new item that does not validate yet included, and its
 * indexes are those of the problems' paths.
 */
export function listAsTyped(
  content: DraftContent,
  list: string,
  template: AgreementTemplate | undefined,
): Record<string, unknown>[] {
  const own = content[list];
  const base = (template?.content as Record<string, unknown> | undefined)?.[list];
  const merged = own === undefined ? base : base === undefined ? own : mergeOverlay(base, own, [], [list]);
  if (!Array.isArray(merged)) return [];
  return merged.filter(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null && (item as Record<string, unknown>)['$remove'] !== true,
  );
}

/** Every message at `path` or under it (a role's `to` and each of its keys), joined. */
export function errorsUnder(errors: Map<string, string>, path: string): string | undefined {
  const found = [...errors].filter(([at]) => at === path || at.startsWith(`${path}.`)).map(([, message]) => message);
  return found.length ? found.join('; ') : undefined;
}
