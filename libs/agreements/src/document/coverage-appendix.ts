import { type ClauseCoverage, type CoverageStatus, clauseCoverageOf } from '../encoding/clause-coverage.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type CoverageAppendixView, type CoverageClauseView } from './document-view.js';

const statusLabels: Record<CoverageStatus, string> = {
  encoded: 'Kodad',
  textOnly: 'Står endast som text',
  noText: 'Rubrik utan egen text',
  unaccounted: 'Inte redovisad: varken kodad eller förklarad',
};

/**
 * Bilaga: every clause of the text and how the product encodes it — as a party, an organisation,
 * a meeting, a commitment, a date, a cost, a rule or a routine — or why it stays text only. The
 * same view the API answers (`clauseCoverageOf`), printed after the signature pages.
 */
export function coverageAppendix(version: AgreementVersion): CoverageAppendixView {
  const view = clauseCoverageOf(version);
  const { encoded, textOnly, noText, unaccounted } = view.counts;
  const paragraphs = [
    'Bilagan visar för varje paragraf i texten hur den är kodad i Samverkan: vilka värden som hänvisar till den ' +
      '(part, organisation, möte, åtagande, datum, kostnad, regel eller rutin), eller varför den bara står som text.',
    `${view.clauses.length} paragrafer: ${encoded} kodade, ${textOnly} endast som text, ${noText} rubriker utan egen text` +
      `${unaccounted > 0 ? `, ${unaccounted} inte redovisade` : ''}.`,
  ];
  return {
    id: 'bilaga-kodning',
    title: 'Bilaga: Så är överenskommelsen kodad',
    paragraphs,
    clauses: view.clauses.map(clauseView),
  };
}

function clauseView(clause: ClauseCoverage, index: number): CoverageClauseView {
  const items = clause.encodings.map((encoding) => `${encoding.kindLabel}: ${encoding.text}`);
  const reason =
    clause.textOnly === null
      ? null
      : clause.status === 'encoded'
        ? `Resten står som text: ${clause.textOnly}`
        : `Skäl: ${clause.textOnly}`;
  return {
    id: `bilaga-paragraf-${index + 1}`,
    heading: clause.number === null ? clause.title : `${clause.number} ${clause.title}`,
    status: clause.status,
    statusLabel: statusLabels[clause.status],
    items,
    hasItems: items.length > 0,
    reason,
  };
}
