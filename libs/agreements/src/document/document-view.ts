import { type TextBlock } from './text-blocks.js';

/**
 * The plain view model the document template prints. Every string is plain text (the template
 * escapes it); every field is always present (`null`, `false` or `[]` when empty) because the
 * template is compiled in strict mode, where a missing field is an error rather than a blank.
 */
export interface DocumentView {
  pageTitle: string;
  draft: boolean;
  header: HeaderView;
  sections: SectionView[];
  signaturePages: SignaturePageView[];
  /** Bilaga: clause by clause, how the product encodes the text (issue 11). */
  coverage: CoverageAppendixView;
  footer: FooterView;
}

export interface CoverageAppendixView {
  id: string;
  title: string;
  paragraphs: string[];
  clauses: CoverageClauseView[];
}

export interface CoverageClauseView {
  id: string;
  /** "12 Samrådsmöten", or the title of an unnumbered section. */
  heading: string;
  /** `encoded`, `textOnly`, `noText`, `unaccounted`: a class name for the status line. */
  status: string;
  statusLabel: string;
  /** Each encoding: "Möte: Samrådsmöten: varje vecka på tisdagar kl. 09:00". */
  items: string[];
  hasItems: boolean;
  /** Why (the rest of) the clause stays text only, when the data says. */
  reason: string | null;
}

export interface HeaderView {
  county: string;
  title: string;
  shortName: string | null;
  facts: FactView[];
  /** Said when the text is not a signed agreement (a proposal, a plan, a memo). */
  notice: string | null;
  notes: string[];
  hasNotes: boolean;
  sources: string[];
}

export interface SectionView {
  id: string;
  title: string;
  /** One of the sections every document has, in the Operation Norrsken order. */
  required: boolean;
  /** The agreement's own words: the clauses of this section, in the text's order. */
  clauses: ClauseView[];
  /** The same section's values rendered from the data the engine runs on. */
  parts: PartView[];
  hasParts: boolean;
  /** "Inte angivet i överenskommelsen" when the text is silent on the section, else null. */
  notSpecified: string | null;
}

export interface ClauseView {
  id: string;
  number: string | null;
  title: string;
  blocks: TextBlock[];
}

/** One block of values from the data: a heading, sentences, a list, facts, a table. */
export interface PartView {
  heading: string | null;
  /** Where the values come from ("Enligt punkt 9"). */
  citation: string | null;
  paragraphs: string[];
  items: string[];
  hasItems: boolean;
  ordered: boolean;
  facts: FactView[];
  hasFacts: boolean;
  table: TableView | null;
}

export interface FactView {
  label: string;
  /** The value when there is one; the values as a list when there are several. */
  value: string;
  values: string[];
  isList: boolean;
  citation: string | null;
}

export interface TableView {
  /** Which kind of table, for its column widths (a class name). */
  variant: string;
  caption: string;
  /** A caption that repeats the heading above the table is kept for screen readers only. */
  captionHidden: boolean;
  /** Column headers; the first names the row-header column. */
  headers: string[];
  rows: RowView[];
  footRows: RowView[];
  hasFoot: boolean;
}

export interface RowView {
  header: string;
  cells: CellView[];
}

export interface CellView {
  text: string;
  numeric: boolean;
}

export interface SignaturePageView {
  id: string;
  agreement: string;
  partyName: string;
  lines: string[];
  meta: string;
}

export interface FooterView {
  facts: FactView[];
}
