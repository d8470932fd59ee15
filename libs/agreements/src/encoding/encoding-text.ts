import { firstPeriodReading } from '../calculators/meeting-periods.js';
import { describeCadence, describeCount } from '../describe/cadence.js';
import {
  consentBasisLabels,
  consultationKindLabels,
  describeAge,
  effectiveAtLabels,
  violenceCategoryLabels,
  violenceFormLabels,
} from '../describe/labels.js';
import { formatKronor } from '../describe/money.js';
import { sectionTitles } from '../diff/labels.js';
import { type Names } from '../document/names.js';
import { durationInWords, formatDateSv, listSv } from '../document/swedish-words.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type Body } from '../schema/body.js';
import { type Commitment } from '../schema/commitment.js';
import { type CostMethod } from '../schema/cost-method.js';
import { type CostSplit } from '../schema/cost-split.js';
import { providerChoiceNote } from '../schema/role.js';
import { type RoutineBinding } from '../schema/routine-binding.js';
import { type TargetGroup } from '../schema/target-group.js';

type Path = readonly (string | number)[];

/**
 * What a value that cites a clause says, in Swedish, for the coverage view: "Samrådsmöten
 * (samverkan genom samråd): varje vecka på tisdagar kl. 09:00", "Östersunds kommun: Tillhandahålla
 * en samordnare …". `path` is where the value sits (`['bodies', 3, 'cadence']`); a place the
 * describer does not know is named by its section.
 */
export function encodingText(version: AgreementVersion, names: Names, path: Path): string {
  const [section, index, ...rest] = path;
  const at = typeof index === 'number' ? index : -1;
  switch (section) {
    case 'parties': {
      const party = version.parties[at];
      if (!party) return 'Part';
      if (!party.participatesAs) return party.name;
      const role = party.participatesAs.role === 'host' ? 'huvudman' : 'samordnar projektet';
      return `${party.name}: ${role}, medverkar utan att vara part`;
    }
    case 'targetGroups': {
      const group = version.targetGroups?.[at];
      return group ? targetGroupText(group, rest) : sectionTitles.targetGroups;
    }
    case 'subRegions':
      return `Länsdel: ${version.subRegions?.[at]?.name ?? ''}`;
    case 'roles': {
      const role = version.roles?.[at];
      if (!role) return 'Roll';
      if (rest[0] === 'providedBy' && role.providedBy) {
        return `${role.name} tillhandahålls av ${names.of(role.providedBy.party)}`;
      }
      // An employer the county chose cites no clause, so it shows here, with the role's own.
      const chosen = providerChoiceNote(role.providedBy);
      return chosen === undefined || !role.providedBy
        ? `Roll: ${role.name}`
        : `Roll: ${role.name}; tillhandahålls av ${names.of(role.providedBy.party)} som länets eget val, inte enligt texten (${chosen})`;
    }
    case 'bodies': {
      const body = version.bodies?.[at];
      return body ? bodyText(body, names, rest, version.term) : 'Grupp';
    }
    case 'commitments': {
      const commitment = version.commitments?.[at];
      return commitment ? commitmentText(commitment, names, rest) : 'Åtagande';
    }
    case 'serviceLevel':
      return `Garantinivå: ${version.serviceLevel?.[at]?.text ?? ''}`;
    case 'costSplit':
      return version.costSplit ? costText(version.costSplit, names, path.slice(1)) : sectionTitles.costSplit;
    case 'term':
      return termText(version, path.slice(1));
    case 'withdrawal': {
      const w = version.withdrawal;
      if (!w) return sectionTitles.withdrawal;
      return (
        `Uppsägning ${w.inWriting ? 'skriftligen ' : ''}senast ${durationInWords(w.noticePeriod)} i förväg; ` +
        `utträde ${effectiveAtLabels[w.effectiveAt]}`
      );
    }
    case 'revision':
      return 'Revidering: varje part kan begära att överenskommelsen revideras';
    case 'escalation':
      return `Eskaleringsordning: ${(version.escalation?.levels ?? []).map((level) => names.of(level.body)).join(' → ')}`;
    case 'followUp':
      return followUpText(version, names, path.slice(1));
    case 'confidentiality': {
      const c = version.confidentiality;
      if (!c) return sectionTitles.confidentiality;
      return index === 'caseBasis' && c.caseBasis
        ? `Ärenden dras ${listSv(
            c.caseBasis.bases.map((basis) => consentBasisLabels[basis]),
            'eller',
          )}`
        : `Sekretess: ${c.law}`;
    }
    case 'routines': {
      const binding = version.routines?.[at];
      return binding ? routineText(binding, rest) : 'Rutin';
    }
    case 'signing': {
      const s = version.signing;
      if (!s) return sectionTitles.signing;
      return `Underskrifter: en sida för var och en av ${s.parties.length} parter${s.copies === undefined ? '' : `, ${s.copies} exemplar`}`;
    }
    case 'notes':
      return `Anteckning: ${version.notes?.[at]?.text ?? ''}`;
    case undefined:
    default:
      return typeof section === 'string' && Object.hasOwn(sectionTitles, section)
        ? (Object.entries(sectionTitles).find(([key]) => key === section)?.[1] ?? section)
        : String(section);
  }
}

function bodyText(body: Body, names: Names, rest: Path, term: AgreementVersion['term']): string {
  const [field, index] = rest;
  switch (field) {
    case 'members': {
      const member = typeof index === 'number' ? body.members?.[index] : undefined;
      return `${body.name}: ledamot ${member ? names.member(member) : ''}`;
    }
    case 'convener':
      return `${body.name}: sammankallas av ${body.convener ? names.withProvider(body.convener.ref) : ''}`;
    case 'place':
      return `${body.name}: möts i ${body.place?.name ?? ''}`;
    case 'cadence': {
      const cadence = body.cadence;
      const reading = cadence?.kind === 'countPerPeriod' ? firstPeriodReading(cadence, term) : undefined;
      return `${body.name}: ${cadence ? describeCadence(cadence) : ''}${reading ? ` (första perioden: ${reading})` : ''}`;
    }
    case 'onDemand':
      return `${body.name}: ${body.onDemand?.description ?? ''}`;
    case 'consultationKinds':
      return `${body.name}: samråd som är ${listSv(
        (body.consultationKinds?.kinds ?? []).map((kind) => consultationKindLabels[kind]),
        'eller',
      )}`;
    case 'reportsTo': {
      const to = body.reportsTo;
      if (!to) return body.name;
      const how = index === 'cadence' && to.cadence ? ` ${describeCount(to.cadence)}` : '';
      return `${body.name}: rapporterar till ${names.of(to.body)}${how}`;
    }
    case undefined:
    default:
      return body.name;
  }
}

function commitmentText(commitment: Commitment, names: Names, rest: Path): string {
  const base = `${names.groupHeading(commitment.by)}: ${commitment.text}`;
  const recurrence = commitment.recurrence;
  if (rest[0] !== 'recurrence' || !recurrence) return base;
  const when =
    recurrence.kind === 'meetingsOf' ? `vid varje möte i ${names.of(recurrence.body)}` : describeCadence(recurrence);
  return `${base} (${when})`;
}

function costText(split: CostSplit, names: Names, path: Path): string {
  const [list, index, field, inner] = path;
  const at = typeof index === 'number' ? index : -1;
  switch (list) {
    case 'items': {
      const item = split.items?.[at];
      if (!item) return 'Kostnadspost';
      if (field === 'method' && inner === 'statedPerInhabitant' && item.method.method === 'byPopulation') {
        const stated = item.method.statedPerInhabitant;
        return `${item.name}: ${stated?.approximate ? 'omkring ' : ''}${formatKronor(stated?.amount ?? 0)} per invånare`;
      }
      if (field === 'method') return `${item.name} fördelas ${methodText(item.method, names)}`;
      return `Kostnadspost: ${item.name}${item.amount === undefined ? '' : ` (${formatKronor(item.amount)} per år)`}`;
    }
    case 'totals': {
      const total = split.totals?.[at];
      return total ? `Summa: ${total.label} (${formatKronor(total.amount)})` : 'Summa';
    }
    case 'funding': {
      const funding = split.funding?.[at];
      if (!funding) return 'Finansiering';
      const amount =
        funding.amount === undefined ? '' : ` ${funding.approximate ? 'omkring ' : ''}${formatKronor(funding.amount)}`;
      const deducts =
        funding.deduct === 'whole'
          ? ', betalar hela kostnaden den avser'
          : funding.deduct === 'amount'
            ? ', dras av innan resten fördelas'
            : '';
      return `Finansiering: ${funding.funder}${amount}${funding.year === undefined ? '' : ` (${funding.year})`}${deducts}`;
    }
    case 'projectPeriod': {
      const period = split.projectPeriod;
      if (!period) return 'Projektperiod';
      return index === 'start'
        ? `Projektperioden och centrumets start: från och med ${formatDateSv(period.start.date)}`
        : `Projektperioden till och med ${formatDateSv(period.end.date)}`;
    }
    case 'selfFunded':
      return `${names.groupHeading(split.selfFunded?.parties ?? [])} bär sina egna kostnader`;
    case 'otherCostsDecidedBy':
      return `Övriga kostnader beslutas av ${names.of(split.otherCostsDecidedBy?.body ?? '')}`;
    case undefined:
    default:
      return 'Kostnadsfördelning';
  }
}

function methodText(method: CostMethod, names: Names): string {
  switch (method.method) {
    case 'byPopulation':
      return `efter invånarantal mellan ${names.group(method.payers)}`;
    case 'equal':
      return `lika mellan ${names.group(method.payers)}`;
    case 'fixedShares':
      return `med fasta andelar mellan ${names.group(method.shares.map((share) => share.party))}`;
    case 'asSetInAgreement':
      return `mellan ${names.group(method.payers)} enligt ${method.agreement}`;
  }
}

function termText(version: AgreementVersion, path: Path): string {
  const term = version.term;
  if (!term) return sectionTitles.term;
  if (path[0] === 'renewal') {
    return term.renewal?.kind === 'automatic'
      ? `Förlängs med ${durationInWords(term.renewal.period)} i taget`
      : 'Förlängs inte automatiskt';
  }
  return `Gäller från och med ${formatDateSv(term.start)}${term.end ? ` till och med ${formatDateSv(term.end)}` : ''}`;
}

function followUpText(version: AgreementVersion, names: Names, path: Path): string {
  const [part, field, index] = path;
  const followUp = version.followUp;
  if (part === 'plan' && followUp?.plan) return `Uppföljningsplan senast ${formatDateSv(followUp.plan.due)}`;
  const report = followUp?.annualReport;
  if (part !== 'annualReport' || !report) return sectionTitles.followUp;
  if (field === 'recipients' && typeof index === 'number') {
    return `Årlig verksamhetsrapport delges ${names.of(report.recipients[index]?.body ?? '')}`;
  }
  if (field === 'by' && report.by) return `Årlig verksamhetsrapport tas fram av ${names.withProvider(report.by.ref)}`;
  return 'Årlig verksamhetsrapport';
}

function routineText(binding: RoutineBinding, rest: Path): string {
  const [field, name] = rest;
  const routine = `Rutinen ”${binding.key}” (${binding.template})`;
  if (field !== 'parameters' || typeof name !== 'string') return routine;
  const value = binding.parameters?.[name];
  if (!value) return routine;
  const shown = value.type === 'duration' ? durationInWords(value.value) : String(value.value);
  return `${routine}: ${name} = ${shown}`;
}

/** "Målgrupp Våldsutsatta vuxna …: ålder 18 år eller äldre (”vuxna”, läsning)". */
export function targetGroupText(group: TargetGroup, rest: Path): string {
  const base = `Målgrupp ”${group.name}”`;
  const read = (choice: unknown) => (choice === undefined ? '' : ', läsning');
  switch (rest[0]) {
    case 'categories':
      return `${base}: våld som är ${listSv(
        (group.categories?.values ?? []).map((c) => violenceCategoryLabels[c]),
        'eller',
      )}`;
    case 'forms':
      return `${base}: våldsformerna ${listSv(
        (group.forms?.values ?? []).map((f) => violenceFormLabels[f]),
        'och',
      )}`;
    case 'age':
      return group.age
        ? `${base}: ålder ${describeAge(group.age)} (”${group.age.wording}”${read(group.age.countyChoice)})`
        : base;
    case 'residence':
      return group.residence
        ? `${base}: bor i länet, ${group.residence.basis === 'actual' ? 'där personen faktiskt bor' : 'folkbokförd'} (”${group.residence.wording}”${read(group.residence.countyChoice)})`
        : base;
    case 'gender':
      return group.gender ? `${base}: ${group.gender.is === 'woman' ? 'kvinnor' : 'män'}` : base;
    case undefined:
    default:
      return base;
  }
}
