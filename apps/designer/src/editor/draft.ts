import {
  type AgreementTemplate,
  type AgreementVersion,
  type Problem,
  type ValidationResult,
  formatTemplateRef,
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
