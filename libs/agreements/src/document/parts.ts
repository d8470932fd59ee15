import { type CellView, type FactView, type PartView, type RowView, type TableView } from './document-view.js';

/** Constructors that fill every field of the view's blocks, as the strict template needs. */

export function part(fields: {
  heading?: string | null;
  citation?: string | null;
  paragraphs?: string[];
  items?: string[];
  ordered?: boolean;
  facts?: FactView[];
  table?: TableView | null;
}): PartView {
  const items = fields.items ?? [];
  const facts = fields.facts ?? [];
  const heading = fields.heading ?? null;
  const shown = fields.table ?? null;
  return {
    heading,
    citation: fields.citation ?? null,
    paragraphs: fields.paragraphs ?? [],
    items,
    hasItems: items.length > 0,
    ordered: fields.ordered ?? false,
    facts,
    hasFacts: facts.length > 0,
    table: shown && heading !== null ? { ...shown, captionHidden: true } : shown,
  };
}

/** A labelled value; several values print as a list. */
export function fact(label: string, value: string | readonly string[], citation: string | null = null): FactView {
  const values = typeof value === 'string' ? [value] : [...value];
  return { label, value: values.join(', '), values, isList: values.length > 1, citation };
}

export function table(
  variant: string,
  caption: string,
  headers: string[],
  rows: RowView[],
  footRows: RowView[] = [],
): TableView {
  return { variant, caption, captionHidden: false, headers, rows, footRows, hasFoot: footRows.length > 0 };
}

export function row(header: string, ...cells: (string | CellView)[]): RowView {
  return { header, cells: cells.map((cell) => (typeof cell === 'string' ? { text: cell, numeric: false } : cell)) };
}

export function amountCell(text: string): CellView {
  return { text, numeric: true };
}
