import { agreementKindLabels, sourceKindLabels } from '../describe/labels.js';
import { type AgreementKind, type AgreementVersion } from '../schema/agreement-version.js';
import { type Clause, type ClauseTopic } from '../schema/clause.js';
import { isParty } from '../schema/party.js';
import { commitmentParts } from './commitment-parts.js';
import { coverageAppendix } from './coverage-appendix.js';
import { costParts } from './cost-parts.js';
import {
  type ClauseView,
  type DocumentView,
  type FactView,
  type HeaderView,
  type PartView,
  type SectionView,
  type SignaturePageView,
} from './document-view.js';
import { coordinatorParts, governanceParts, meetingParts } from './governance-parts.js';
import { Names } from './names.js';
import { fact } from './parts.js';
import {
  confidentialityParts,
  escalationParts,
  followUpParts,
  partyParts,
  revisionParts,
  serviceLevelParts,
  signingParts,
  validityParts,
} from './rule-parts.js';
import { NOT_SPECIFIED, capitalize, formatDateSv } from './swedish-words.js';
import { textBlocks } from './text-blocks.js';

export interface AgreementDocumentOptions {
  /** When the document was generated, ISO 8601, passed in: rendering never reads a clock. */
  generatedAt: string;
  /** A version that is not published yet is marked UTKAST. Without a status the document is
   * treated as a draft, so that forgetting to say so can never make a draft look signable. */
  status?: 'draft' | 'published';
  /** How the version is named to people ("3", "2024-08-29"). */
  versionLabel?: string;
  /** The published version's content hash, so a printed page can be matched to its data. */
  contentHash?: string;
}

type Topic = ClauseTopic | 'none';

interface SectionSpec {
  id: string;
  title: string;
  required: boolean;
  /** The clause topics whose wording this section prints. */
  topics: readonly Topic[];
  parts: (version: AgreementVersion, names: Names) => PartView[];
}

const noParts = (): PartView[] => [];

/**
 * The sections of the document in the order of the Operation Norrsken agreement. The required
 * ones are always printed ("Inte angivet i överenskommelsen" where the text is silent); the
 * others only when the text has them. A parties clause that only lists the parties is printed
 * from the parties' data instead, and the original's table of contents is left out (its page
 * numbers belong to another layout).
 */
const sectionSpecs: readonly SectionSpec[] = [
  {
    id: 'overenskommelse',
    title: 'Överenskommelse om samverkan',
    required: false,
    topics: ['agreement'],
    parts: noParts,
  },
  { id: 'parter', title: 'Parter', required: true, topics: ['parties'], parts: partyParts },
  { id: 'bakgrund', title: 'Bakgrund', required: true, topics: ['background'], parts: noParts },
  { id: 'syfte', title: 'Syfte', required: true, topics: ['purpose'], parts: noParts },
  { id: 'mal', title: 'Mål', required: true, topics: ['goals'], parts: noParts },
  { id: 'malgrupp', title: 'Målgrupp', required: false, topics: ['targetGroup'], parts: noParts },
  { id: 'utgangspunkter', title: 'Gemensamma utgångspunkter', required: false, topics: ['principles'], parts: noParts },
  { id: 'forslag', title: 'Förslag', required: false, topics: ['proposal'], parts: noParts },
  {
    id: 'styrning',
    title: 'Styrning och organisation',
    required: true,
    topics: ['governance'],
    parts: governanceParts,
  },
  { id: 'ataganden', title: 'Parternas åtaganden', required: true, topics: ['commitments'], parts: commitmentParts },
  { id: 'garantiniva', title: 'Garantinivå', required: false, topics: [], parts: serviceLevelParts },
  { id: 'samordnaren', title: 'Samordnaren', required: true, topics: ['coordinator'], parts: coordinatorParts },
  { id: 'samrad', title: 'Samråd och möten', required: true, topics: ['meetings'], parts: meetingParts },
  { id: 'kostnader', title: 'Kostnader', required: true, topics: ['costs'], parts: costParts },
  {
    id: 'dokumentation',
    title: 'Dokumentation och uppföljning',
    required: true,
    topics: ['documentation', 'followUp'],
    parts: followUpParts,
  },
  { id: 'sekretess', title: 'Sekretess', required: true, topics: ['confidentiality'], parts: confidentialityParts },
  { id: 'giltighet', title: 'Giltighet', required: true, topics: ['validity'], parts: validityParts },
  {
    id: 'revidering',
    title: 'Revidering och uppsägning',
    required: true,
    topics: ['revision'],
    parts: revisionParts,
  },
  {
    id: 'eskalering',
    title: 'Om samverkan inte fungerar',
    required: true,
    topics: ['escalation'],
    parts: escalationParts,
  },
  { id: 'skadestand', title: 'Skadestånd', required: false, topics: ['liability'], parts: noParts },
  { id: 'referenser', title: 'Referenser', required: false, topics: ['references'], parts: noParts },
  { id: 'ovrigt', title: 'Övriga bestämmelser', required: false, topics: ['none'], parts: noParts },
  { id: 'underskrifter', title: 'Underskrifter', required: false, topics: ['signatures'], parts: signingParts },
];

/** The headings every agreement document has, in order (the Operation Norrsken structure). */
export const agreementDocumentSectionTitles: readonly string[] = sectionSpecs
  .filter((s) => s.required)
  .map((s) => s.title);

/** The labels of a signature page's lines. No person is named: the signatory writes their name. */
export const signatureLines: readonly string[] = ['Ort och datum', 'Underskrift', 'Namnförtydligande', 'Funktion'];

/**
 * The plain view model of a version's document: everything the template prints, already in
 * Swedish words, computed from the version alone (and the options), so it can be tested without
 * rendering and the template stays free of logic.
 */
export function buildDocumentView(version: AgreementVersion, options: AgreementDocumentOptions): DocumentView {
  const names = new Names(version);
  const draft = (options.status ?? 'draft') === 'draft';
  const versionLabel = options.versionLabel ?? 'inte angiven';
  const hash = options.contentHash ?? (draft ? 'saknas (utkast)' : 'saknas');
  const name = version.shortName ?? version.title;
  const agreement = version.shortName ? `${version.title} ”${version.shortName}”` : version.title;
  const signers = version.signing?.parties ?? version.parties.filter(isParty).map((p) => p.key);
  const statusLabel = draft ? 'Utkast' : 'Publicerad';

  const signaturePages: SignaturePageView[] = signers.map((key, index) => ({
    id: `underskrift-${index + 1}`,
    agreement,
    partyName: names.of(key),
    lines: [...signatureLines],
    meta: `${draft ? 'UTKAST · ' : ''}Version ${versionLabel} · Innehållshash ${hash}`,
  }));

  const footerFacts: FactView[] = [
    fact('Version', versionLabel),
    fact('Status', statusLabel),
    fact('Innehållshash', hash),
    fact('Genererad', options.generatedAt),
  ];

  return {
    pageTitle: `${draft ? 'UTKAST – ' : ''}${name} – ${version.county.name} – version ${versionLabel}`,
    draft,
    header: header(version, versionLabel, statusLabel),
    sections: sections(version, names),
    signaturePages,
    coverage: coverageAppendix(version),
    footer: { facts: footerFacts },
  };
}

function header(version: AgreementVersion, versionLabel: string, statusLabel: string): HeaderView {
  const facts: FactView[] = [
    fact('Län', `${version.county.name} (${version.county.code})`),
    fact('Typ av text', capitalize(agreementKindLabels[version.kind])),
  ];
  if (version.date) facts.push(fact('Datum', formatDateSv(version.date)));
  facts.push(fact('Version', versionLabel), fact('Status', statusLabel));
  const notes = (version.notes ?? []).map((note) => note.text);
  return {
    county: version.county.name,
    title: version.title,
    shortName: version.shortName ?? null,
    facts,
    notice: notice(version.kind),
    notes,
    hasNotes: notes.length > 0,
    sources: version.sources.map((source) => {
      const about = [
        sourceKindLabels[source.kind],
        source.date ? formatDateSv(source.date) : undefined,
        source.reference,
        source.issuedBy,
      ].filter((part): part is string => part !== undefined);
      return `${source.title} (${about.join(', ')})`;
    }),
  };
}

function notice(kind: AgreementKind): string | null {
  const what = (() => {
    switch (kind) {
      case 'agreement':
        return undefined;
      case 'proposal':
        return 'ett förslag';
      case 'plan':
        return 'en plan';
      case 'memo':
        return 'en tjänsteskrivelse';
    }
  })();
  if (what === undefined) return null;
  return `Texten är ${what}, inte en ingången överenskommelse. Avsnitt som texten inte reglerar är markerade ”${NOT_SPECIFIED}”.`;
}

function sections(version: AgreementVersion, names: Names): SectionView[] {
  const views: SectionView[] = [];
  for (const spec of sectionSpecs) {
    const clauses = version.clauses
      .map((clause, index) => ({ clause, index }))
      .filter(({ clause }) => clause.text !== undefined && spec.topics.includes(clause.topic ?? 'none'))
      .filter(({ clause }) => !isPartyList(clause, version))
      .map(({ clause, index }) => clauseView(clause, index));
    const parts = spec.parts(version, names);
    const empty = clauses.length === 0 && parts.length === 0;
    if (empty && !spec.required) continue;
    views.push({
      id: spec.id,
      title: spec.title,
      required: spec.required,
      clauses,
      parts,
      hasParts: parts.length > 0,
      notSpecified: empty ? NOT_SPECIFIED : null,
    });
  }
  return views;
}

function clauseView(clause: Clause, index: number): ClauseView {
  return {
    id: `klausul-${index + 1}`,
    number: clause.number ?? null,
    title: clause.title,
    blocks: textBlocks(clause.text ?? ''),
  };
}

/** A clause whose every line is the name of a party: the list the parties table already shows. */
function isPartyList(clause: Clause, version: AgreementVersion): boolean {
  if (clause.topic !== 'parties') return false;
  const names = new Set(version.parties.map((p) => p.name));
  const lines = (clause.text ?? '')
    .split('\n')
    .map((line) => line.replace(/^[-–•]\s+/, '').trim())
    .filter((line) => line.length > 0);
  return lines.every((line) => names.has(line));
}
