import { effectiveAtLabels } from '../describe/labels.js';
import { partyKindLabels } from '../party-kind.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type ParticipantRole, isParty } from '../schema/party.js';
import { type FactView, type PartView } from './document-view.js';
import { type Names } from './names.js';
import { fact, part, row, table } from './parts.js';
import { NOT_SPECIFIED, durationInWords, formatDateSv } from './swedish-words.js';

const participantRoleLabels: Record<ParticipantRole, string> = {
  host: 'Huvudman',
  projectCoordinator: 'Samordnar projektet',
};

/**
 * Parter: every party, from the data the signature pages and the engine use; then the
 * organisations that take part without being parties (a host, a project's coordinator), which
 * neither count nor sign.
 */
export function partyParts(version: AgreementVersion, names: Names): PartView[] {
  const parties = version.parties.filter(isParty);
  const rows = parties.map((p) => row(p.name, partyKindLabels[p.kind], p.municipalityCode ?? '–'));
  const parts = [
    part({
      citation: names.according(parties.map((p) => p.clause)),
      paragraphs: [`Överenskommelsen har ${parties.length} parter.`],
      table: table('t-parties', 'Parter', ['Part', 'Typ', 'Kommunkod'], rows),
    }),
  ];
  const participants = version.parties.flatMap((p) => (p.participatesAs ? [{ ...p, as: p.participatesAs }] : []));
  if (participants.length > 0) {
    parts.push(
      part({
        heading: 'Medverkar utan att vara part',
        citation: names.according(participants.map((p) => p.as.clause)),
        paragraphs: ['De undertecknar inte och räknas inte bland parterna.'],
        table: table(
          't-participants',
          'Medverkar utan att vara part',
          ['Organisation', 'Roll', 'Vad texten säger'],
          participants.map((p) => row(p.name, participantRoleLabels[p.as.role], p.as.description)),
        ),
      }),
    );
  }
  return parts;
}

/** Garantinivå: what a victim can expect from every party. */
export function serviceLevelParts(version: AgreementVersion, names: Names): PartView[] {
  const statements = version.serviceLevel ?? [];
  if (statements.length === 0) return [];
  return [
    part({
      items: statements.map((s) => `${s.text} (${names.cite(s.clause)})`),
    }),
  ];
}

/** Dokumentation och uppföljning: the follow-up plan and the annual report. */
export function followUpParts(version: AgreementVersion, names: Names): PartView[] {
  const followUp = version.followUp;
  const parts: PartView[] = [];
  if (followUp?.plan) {
    const plan = followUp.plan;
    const facts: FactView[] = [fact('Senast', formatDateSv(plan.due)), fact('Ansvariga', names.groupHeading(plan.by))];
    if (plan.contents) facts.push(fact('Innehåll', plan.contents));
    parts.push(part({ heading: 'Uppföljningsplan', citation: names.according([plan.clause]), facts }));
  }
  if (followUp?.annualReport) {
    const report = followUp.annualReport;
    const facts: FactView[] = [
      fact(
        'Delges',
        report.recipients.map((r) => names.of(r.body)),
      ),
    ];
    if (report.by) facts.push(fact('Tas fram av', names.withProvider(report.by.ref), names.cite(report.by.clause)));
    parts.push(part({ heading: 'Årlig verksamhetsrapport', citation: names.according([report.clause]), facts }));
  }
  return parts;
}

/** Sekretess: the law the parties observe. */
export function confidentialityParts(version: AgreementVersion, names: Names): PartView[] {
  const c = version.confidentiality;
  if (!c) return [];
  return [part({ citation: names.according([c.clause]), facts: [fact('Lag', c.law)] })];
}

/** Giltighet: the term and its renewal, in one sentence. */
export function validityParts(version: AgreementVersion, names: Names): PartView[] {
  const term = version.term;
  if (!term) return [];
  const until = term.end ? ` till och med ${formatDateSv(term.end)}` : ', utan angivet slutdatum';
  let renewal = '';
  const facts: FactView[] = [];
  switch (term.renewal?.kind) {
    case 'automatic':
      renewal = ` och förlängs därefter med ${durationInWords(term.renewal.period)} i taget om inte parterna kommer överens om annat`;
      break;
    case 'none':
      renewal = ' och förlängs inte automatiskt';
      break;
    case undefined:
      facts.push(fact('Förlängning', NOT_SPECIFIED));
      break;
  }
  return [
    part({
      citation: names.according([term.clause, term.renewal?.clause]),
      paragraphs: [`Överenskommelsen gäller från och med ${formatDateSv(term.start)}${until}${renewal}.`],
      facts,
    }),
  ];
}

/** Revidering och uppsägning: who may ask for a revision; when and how a party may leave. */
export function revisionParts(version: AgreementVersion, names: Names): PartView[] {
  const { revision, withdrawal } = version;
  if (!revision && !withdrawal) return [];
  const revisionPart = revision
    ? part({
        heading: 'Revidering',
        citation: names.according([revision.clause]),
        paragraphs: ['Varje part kan begära att överenskommelsen revideras.'],
        facts: revision.condition ? [fact('Villkor', revision.condition)] : [],
      })
    : part({ heading: 'Revidering', paragraphs: [NOT_SPECIFIED] });
  const withdrawalPart = withdrawal
    ? part({
        heading: 'Uppsägning',
        citation: names.according([withdrawal.clause]),
        paragraphs: [
          `En part som inte längre önskar delta i samverkan kan lämna ${effectiveAtLabels[withdrawal.effectiveAt]} ` +
            `och ska ${withdrawal.inWriting ? 'skriftligen ' : ''}meddela övriga parter detta ` +
            `senast ${durationInWords(withdrawal.noticePeriod)} i förväg.`,
        ],
      })
    : part({ heading: 'Uppsägning', paragraphs: [NOT_SPECIFIED] });
  return [revisionPart, withdrawalPart];
}

/** Om samverkan inte fungerar: the bodies a dispute climbs, in order. */
export function escalationParts(version: AgreementVersion, names: Names): PartView[] {
  const ladder = version.escalation;
  if (!ladder) return [];
  return [
    part({
      citation: names.according([ladder.clause]),
      paragraphs: ['Om en part anser att överenskommelsen inte följs lyfts frågan i denna ordning:'],
      items: ladder.levels.map(
        (level) => `${names.of(level.body)}${level.description ? ` – ${level.description}` : ''}`,
      ),
      ordered: true,
    }),
  ];
}

/** Underskrifter: who signs and in how many copies. */
export function signingParts(version: AgreementVersion, names: Names): PartView[] {
  const signing = version.signing;
  if (!signing) return [];
  const facts = [fact('Undertecknas av', names.groupHeading(signing.parties))];
  if (signing.copies !== undefined) facts.push(fact('Antal exemplar', String(signing.copies)));
  return [part({ citation: names.according([signing.clause]), facts })];
}
