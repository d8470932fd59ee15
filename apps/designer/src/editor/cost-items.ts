import { type AgreementTemplate, type CostMethod, mergeOverlay } from '@samverkan/agreements';
import type { DraftContent } from './draft';

// The cost split's items as the editor shows and writes them: each with its method (by
// population, equal shares, fixed shares in percent, as another agreement sets it) and payers.

export type MethodName = CostMethod['method'];
export type TypedItem = Record<string, unknown> & { key: string; method?: Record<string, unknown> };

export const METHOD_LABELS: Record<MethodName, string> = {
  byPopulation: 'Efter invånarantal',
  equal: 'Lika delar',
  fixedShares: 'Fasta andelar i procent',
  asSetInAgreement: 'Enligt ett annat avtal',
};

/** The cost split as typed: the template's with the draft's merged over it (the library's merge). */
export function costSplitAsTyped(content: DraftContent, template: AgreementTemplate | undefined) {
  const own = content['costSplit'];
  const base = (template?.content as Record<string, unknown> | undefined)?.['costSplit'];
  const merged = own === undefined ? base : base === undefined ? own : mergeOverlay(base, own, [], ['costSplit']);
  const split = (typeof merged === 'object' && merged !== null ? merged : {}) as Record<string, unknown>;
  const items = (Array.isArray(split['items']) ? split['items'] : []) as TypedItem[];
  return { split, items: items.filter((item) => item['$remove'] !== true) };
}

/** The draft with the cost split's items replaced (the template's left out are marked `$remove`). */
export function withItems(
  content: DraftContent,
  template: AgreementTemplate | undefined,
  items: TypedItem[],
  clause: string,
): DraftContent {
  const own = (content['costSplit'] ?? {}) as Record<string, unknown>;
  const inTemplate = (template?.content.costSplit?.items ?? []).map((item) => item.key);
  const removed = inTemplate.filter((key) => !items.some((item) => item.key === key));
  return {
    ...content,
    costSplit: {
      ...own,
      clause: own['clause'] ?? clause,
      items: [...items, ...removed.map((key) => ({ key, $remove: true }))],
    },
  };
}

/** The parties that pay under a method as typed, whichever it is. */
export function payersOf(method: Record<string, unknown> | undefined): string[] {
  if (!method) return [];
  if (Array.isArray(method['payers'])) return method['payers'] as string[];
  if (Array.isArray(method['shares'])) return (method['shares'] as { party: string }[]).map((s) => s.party);
  return [];
}

/**
 * Another method for an item, keeping its payers and clause. Fixed shares start empty (the
 * county types each percent: nothing is invented); a split by population names the register's
 * figures and the date they share.
 */
export function switchMethod(
  method: Record<string, unknown> | undefined,
  to: MethodName,
  clause: string,
  populationDate: string | undefined,
): Record<string, unknown> {
  const payers = payersOf(method);
  switch (to) {
    case 'byPopulation':
      return {
        method: to,
        payers,
        population: { ...(populationDate ? { date: populationDate } : {}), source: 'Kommunregistret (SCB)' },
        clause,
      };
    case 'equal':
      return { method: to, payers, clause };
    case 'fixedShares':
      return { method: to, shares: [], clause };
    case 'asSetInAgreement':
      return {
        method: to,
        agreement: typeof method?.['agreement'] === 'string' ? method['agreement'] : '',
        payers,
        clause,
      };
  }
}

/** Kronor as typed ("1 200 000") to öre; the text itself when it is no amount, for validation to name. */
export function kronorToOre(text: string): number | string {
  const digits = text.replace(/\s/g, '');
  return /^\d+$/.test(digits) ? Number(digits) * 100 : text;
}

/** A percent as typed ("33,5") to a number; the text itself otherwise. */
export function percentValue(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** A party's percent set (or cleared, when the text is empty), in the order of the parties. */
export function withShare(
  shares: { party: string; percent: unknown }[],
  party: string,
  text: string,
  order: readonly string[],
): { party: string; percent: unknown }[] {
  const others = shares.filter((s) => s.party !== party);
  const next = text.trim() === '' ? others : [...others, { party, percent: percentValue(text) }];
  return next.sort((a, b) => order.indexOf(a.party) - order.indexOf(b.party));
}
