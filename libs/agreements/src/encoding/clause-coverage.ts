import { Names } from '../document/names.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { clauseCitation } from '../schema/clause.js';
import { type EncodingKind, encodingKindLabels, encodingKindOf } from './encoding-kind.js';
import { encodingText } from './encoding-text.js';

/** How one value of the version encodes a clause. */
export interface ClauseEncoding {
  kind: EncodingKind;
  /** The kind in Swedish ("Åtagande"). */
  kindLabel: string;
  /** Where the value sits: `bodies[samradsgrupp].cadence`. */
  path: string;
  /** What it says, in Swedish. */
  text: string;
}

/**
 * - `encoded`: values of the version cite it (a `textOnly` reason may say what stays text);
 * - `textOnly`: nothing cites it and the data says why it is text only;
 * - `noText`: a heading or table of contents without text of its own;
 * - `unaccounted`: text that nothing encodes and no reason keeps as text.
 */
export const coverageStatuses = ['encoded', 'textOnly', 'noText', 'unaccounted'] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

export interface ClauseCoverage {
  /** How values cite it: its number, or its title where the text does not number it. */
  citation: string;
  number: string | null;
  title: string;
  /** The source document, when the version has more than one. */
  source: string | null;
  status: CoverageStatus;
  encodings: ClauseEncoding[];
  /** Why (the rest of) the clause is kept as text only, as the data says; null when it does not. */
  textOnly: string | null;
}

export interface ClauseCoverageView {
  agreement: string;
  /** Every clause, in the text's order. */
  clauses: ClauseCoverage[];
  counts: Record<CoverageStatus, number>;
  /** The citations of the clauses left unaccounted for: a complete encoding has none. */
  unaccounted: string[];
}

/**
 * Clause by clause, how the product encodes an agreement version: every value that cites a
 * clause (a party, a body and its cadence, a commitment, a cost, the term, a rule, a routine
 * binding or parameter…), found wherever it sits, or the reason the clause stays text only.
 * Pure, from the (resolved) version alone.
 */
export function clauseCoverageOf(version: AgreementVersion): ClauseCoverageView {
  const names = new Names(version);
  const cited = new Map<string, ClauseEncoding[]>();
  for (const [section, value] of Object.entries(version)) {
    if (section === 'clauses') continue;
    visit(value, [section], (citation, path) => {
      const list = cited.get(citation) ?? [];
      list.push({
        kind: encodingKindOf(path),
        kindLabel: encodingKindLabels[encodingKindOf(path)],
        path: formatPath(version, path),
        text: encodingText(version, names, path),
      });
      cited.set(citation, list);
    });
  }
  const clauses = version.clauses.map((clause): ClauseCoverage => {
    const citation = clauseCitation(clause);
    const encodings = cited.get(citation) ?? [];
    const status: CoverageStatus =
      encodings.length > 0
        ? 'encoded'
        : clause.textOnly !== undefined
          ? 'textOnly'
          : clause.text === undefined
            ? 'noText'
            : 'unaccounted';
    return {
      citation,
      number: clause.number ?? null,
      title: clause.title,
      source: clause.source ?? null,
      status,
      encodings,
      textOnly: clause.textOnly ?? null,
    };
  });
  const counts: Record<CoverageStatus, number> = { encoded: 0, textOnly: 0, noText: 0, unaccounted: 0 };
  for (const clause of clauses) counts[clause.status] += 1;
  return {
    agreement: version.key,
    clauses,
    counts,
    unaccounted: clauses.filter((c) => c.status === 'unaccounted').map((c) => c.citation),
  };
}

/** Every `clause` citation in a value, with the path to the object that carries it. */
function visit(
  value: unknown,
  path: (string | number)[],
  found: (citation: string, path: (string | number)[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, [...path, index], found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [field, inner] of Object.entries(value)) {
    if (field === 'clause' && typeof inner === 'string') found(inner, path);
    else visit(inner, [...path, field], found);
  }
}

/** `bodies[samradsgrupp].cadence`: items of a list by their key where they have one. */
function formatPath(version: AgreementVersion, path: readonly (string | number)[]): string {
  let text = '';
  let at: unknown = version;
  for (const segment of path) {
    const next: unknown = readAt(at, segment);
    if (typeof segment === 'number') {
      const key = typeof next === 'object' && next !== null && 'key' in next ? next.key : undefined;
      text += typeof key === 'string' ? `[${key}]` : `.${segment}`;
    } else {
      text += text === '' ? segment : `.${segment}`;
    }
    at = next;
  }
  return text;
}

function readAt(value: unknown, segment: string | number): unknown {
  if (typeof segment === 'number') return Array.isArray(value) ? value[segment] : undefined;
  return typeof value === 'object' && value !== null && Object.hasOwn(value, segment)
    ? Object.entries(value).find(([key]) => key === segment)?.[1]
    : undefined;
}
