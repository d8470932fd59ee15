import { bodyKindLabels, consultationKindLabels, consentBasisLabels, levelLabels } from '../describe/labels.js';
import { firstPeriodReading } from '../calculators/meeting-periods.js';
import { describeCadence } from '../describe/cadence.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type Body } from '../schema/body.js';
import { type Role } from '../schema/role.js';
import { type FactView, type PartView } from './document-view.js';
import { type Names } from './names.js';
import { fact, part, row, table } from './parts.js';
import { NOT_SPECIFIED, capitalize, formatPercent, listSv } from './swedish-words.js';

/**
 * A body (ledningsgrupp, styrgrupp, arbetsgrupp, samrådsgrupp) as the data describes it; with the
 * term, how a count per year is read for a first period shorter than a year.
 */
export function bodyPart(body: Body, names: Names, term?: AgreementVersion['term']): PartView {
  const facts: FactView[] = [fact('Typ', capitalize(bodyKindLabels[body.kind]))];
  if (body.subRegion) facts.push(fact('Länsdel', names.of(body.subRegion)));
  if (body.mandate) facts.push(fact('Uppdrag', body.mandate));
  if (body.members && body.members.length > 0) {
    facts.push(
      fact(
        'Ledamöter',
        body.members.map((member) => names.member(member)),
      ),
    );
  }
  if (body.convener) {
    facts.push(fact('Sammankallande', names.withProvider(body.convener.ref), names.cite(body.convener.clause)));
  }
  if (body.place) facts.push(fact('Mötesplats', body.place.name, names.cite(body.place.clause)));
  if (body.cadence) {
    facts.push(fact('Mötesfrekvens', capitalize(describeCadence(body.cadence)), names.cite(body.cadence.clause)));
    if (body.cadence.countyChoice) facts.push(fact('Länets eget val', body.cadence.countyChoice.note));
    const reading = body.cadence.kind === 'countPerPeriod' ? firstPeriodReading(body.cadence, term) : undefined;
    if (reading) facts.push(fact('Första perioden', reading));
  } else {
    facts.push(fact('Mötesfrekvens', NOT_SPECIFIED));
  }
  if (body.onDemand) facts.push(fact('Möten vid behov', body.onDemand.description, names.cite(body.onDemand.clause)));
  if (body.consultationKinds) {
    const kinds = body.consultationKinds.kinds.map((kind) => consultationKindLabels[kind]);
    facts.push(fact('Typer av samråd', capitalize(listSv(kinds)), names.cite(body.consultationKinds.clause)));
  }
  if (body.reportsTo) {
    const how = body.reportsTo.cadence ? `, ${describeCadence(body.reportsTo.cadence)}` : '';
    facts.push(fact('Rapporterar till', `${names.of(body.reportsTo.body)}${how}`, names.cite(body.reportsTo.clause)));
  }
  return part({ heading: body.name, citation: names.according([body.clause]), facts });
}

/** Styrning och organisation: the bodies other than the consultation group, sub-regions and functions. */
export function governanceParts(version: AgreementVersion, names: Names): PartView[] {
  const parts = (version.bodies ?? [])
    .filter((body) => body.kind !== 'consultation')
    .map((body) => bodyPart(body, names, version.term));
  const regions = version.subRegions ?? [];
  if (regions.length > 0) {
    parts.push(
      part({
        heading: 'Länsdelar',
        items: regions.map((region) => region.name),
        citation: names.according(regions.map((region) => region.clause)),
      }),
    );
  }
  const functions = (version.roles ?? []).filter((role) => role.kind !== 'coordinator');
  if (functions.length > 0) {
    const cite = names.citeColumn(functions.map((role) => role.clause));
    parts.push(
      part({
        heading: 'Funktioner och representanter',
        table: table(
          `t-functions${cite.wide ? ' t-wide-cite' : ''}`,
          'Funktioner och representanter',
          ['Funktion', 'Utses av', 'Omfattning', cite.header],
          functions.map((role) =>
            row(role.name, role.providedBy ? names.provider(role.key) : '–', extent(role) ?? '–', role.clause),
          ),
        ),
      }),
    );
  }
  return parts;
}

/** Samordnaren: each coordinator role, who provides it and how much of a post it is. */
export function coordinatorParts(version: AgreementVersion, names: Names): PartView[] {
  return (version.roles ?? [])
    .filter((role) => role.kind === 'coordinator')
    .map((role) => {
      const facts: FactView[] = [];
      if (role.level) facts.push(fact('Nivå', capitalize(levelLabels[role.level])));
      if (role.subRegion) facts.push(fact('Länsdel', names.of(role.subRegion)));
      else if (role.level === 'subRegion') facts.push(fact('Länsdel', 'En i varje länsdel'));
      const provider = role.providedBy;
      if (provider && 'clause' in provider) {
        facts.push(fact('Tillhandahålls av', names.of(provider.party), names.cite(provider.clause)));
      } else if (provider) {
        // The text names no employer: the county's choice, said as such and why.
        facts.push(
          fact('Tillhandahålls av', `${names.of(provider.party)} (länets eget val, inte överenskommelsens text)`),
        );
        facts.push(fact('Länets eget val', provider.source.countyChoice.note));
      }
      const size = extent(role);
      if (size) facts.push(fact('Omfattning', size));
      return part({ heading: role.name, citation: names.according([role.clause]), facts });
    });
}

/** Samråd och möten: the standing consultation groups, acute consultations, the basis for a case. */
export function meetingParts(version: AgreementVersion, names: Names): PartView[] {
  const groups = (version.bodies ?? []).filter((body) => body.kind === 'consultation');
  const parts = groups.map((body) => bodyPart(body, names, version.term));
  const basis = version.confidentiality?.caseBasis;
  if (basis) {
    const words = listSv(
      basis.bases.map((b) => consentBasisLabels[b]),
      'eller',
    );
    parts.push(
      part({
        heading: 'Grund för att dra ett ärende',
        paragraphs: [`Ett ärende kan dras ${words}.`],
        citation: names.according([basis.clause]),
      }),
    );
  } else if (groups.length > 0) {
    parts.push(part({ heading: 'Grund för att dra ett ärende', paragraphs: [NOT_SPECIFIED] }));
  }
  return parts;
}

function extent(role: Role): string | undefined {
  const words: string[] = [];
  if (role.extentPercent !== undefined) {
    words.push(role.extentPercent === 100 ? 'heltid' : `${formatPercent(role.extentPercent)} av en tjänst`);
  }
  if (role.substitutes !== undefined) {
    words.push(`${role.substitutes === 1 ? 'en' : String(role.substitutes)} ersättare`);
  }
  return words.length > 0 ? capitalize(words.join(', ')) : undefined;
}
