import { isRecord } from '../checks/salvage.js';
import { describeCadence, describeCount } from '../describe/cadence.js';
import { describeDuration } from '../describe/duration.js';
import {
  agreementKindLabels,
  bodyKindLabels,
  commitmentKindLabels,
  consentBasisLabels,
  consultationKindLabels,
  effectiveAtLabels,
  levelLabels,
  roleKindLabels,
  sourceKindLabels,
} from '../describe/labels.js';
import { formatKronor } from '../describe/money.js';
import { partyKindLabels } from '../party-kind.js';
import { cadenceSchema, countPerPeriodCadenceSchema } from '../schema/cadence.js';
import { costMethodSchema, type CostMethod } from '../schema/cost-method.js';
import { memberSchema, type Member } from '../schema/body.js';

/** Looks up the name of a party, role or body by key, in either version. */
export type NameOf = (key: string) => string;

function label(table: Record<string, string>, value: unknown): string | undefined {
  return typeof value === 'string' ? table[value] : undefined;
}

function names(value: unknown, nameOf: NameOf): string | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
  return value.map(nameOf).join(', ');
}

function member(m: Member, nameOf: NameOf): string {
  if ('party' in m) return m.function ? `${nameOf(m.party)} (${m.function})` : nameOf(m.party);
  if ('role' in m) return nameOf(m.role);
  return m.seat;
}

export function describeMethod(method: CostMethod, nameOf: NameOf): string {
  switch (method.method) {
    case 'byPopulation':
      return `efter invånarantal (${method.population.date ?? String(method.population.year)}) mellan ${method.payers.map(nameOf).join(', ')}`;
    case 'equal':
      return `lika delar mellan ${method.payers.map(nameOf).join(', ')}`;
    case 'fixedShares':
      return `fasta andelar: ${method.shares.map((s) => `${nameOf(s.party)} ${s.percent} %`).join(', ')}`;
    case 'asSetInAgreement':
      return `enligt ${method.agreement}, mellan ${method.payers.map(nameOf).join(', ')}`;
  }
}

/** A value as a strategist reads it, or undefined where only "ändrad" can be said. */
export function formatValue(field: string, value: unknown, nameOf: NameOf): string | undefined {
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  switch (field) {
    case 'cadence': {
      const cadence = cadenceSchema.safeParse(value);
      return cadence.success ? describeCadence(cadence.data) : undefined;
    }
    case 'recurrence': {
      if (isRecord(value) && value['kind'] === 'meetingsOf' && typeof value['body'] === 'string') {
        return `vid varje möte i ${nameOf(value['body'])}`;
      }
      const cadence = cadenceSchema.safeParse(value);
      return cadence.success ? describeCadence(cadence.data) : undefined;
    }
    case 'noticePeriod':
    case 'period':
      return typeof value === 'string' ? describeDuration(value) : undefined;
    case 'renewal':
      if (!isRecord(value)) return undefined;
      if (value['kind'] === 'none') return 'ingen';
      return typeof value['period'] === 'string' ? `${describeDuration(value['period'])} i taget` : undefined;
    case 'effectiveAt':
      return label(effectiveAtLabels, value);
    case 'amount':
      return typeof value === 'number' ? formatKronor(value) : undefined;
    case 'extentPercent':
      return typeof value === 'number' ? `${value} % av en tjänst` : undefined;
    case 'by':
    case 'payers':
    case 'parties':
    case 'to':
      return (
        names(value, nameOf) ??
        (isRecord(value) && Array.isArray(value['parties']) ? names(value['parties'], nameOf) : undefined)
      );
    case 'selfFunded':
      return isRecord(value) ? names(value['parties'], nameOf) : undefined;
    case 'reportsTo':
      if (Array.isArray(value)) return names(value, nameOf);
      if (isRecord(value) && typeof value['body'] === 'string') {
        const cadence = countPerPeriodCadenceSchema.safeParse(value['cadence']);
        return cadence.success ? `${nameOf(value['body'])}, ${describeCount(cadence.data)}` : nameOf(value['body']);
      }
      return undefined;
    case 'otherCostsDecidedBy':
      return isRecord(value) && typeof value['body'] === 'string' ? nameOf(value['body']) : undefined;
    case 'convener':
    case 'providedBy': {
      if (!isRecord(value)) return undefined;
      const ref = value['ref'] ?? value['party'];
      return typeof ref === 'string' ? nameOf(ref) : undefined;
    }
    case 'place':
      return isRecord(value) && typeof value['name'] === 'string' ? value['name'] : undefined;
    case 'members': {
      if (!Array.isArray(value)) return undefined;
      const members = value.map((m) => memberSchema.safeParse(m));
      return members.every((m) => m.success) ? members.map((m) => member(m.data, nameOf)).join('; ') : undefined;
    }
    case 'levels':
      if (!Array.isArray(value)) return undefined;
      return value
        .map((level) => (isRecord(level) && typeof level['body'] === 'string' ? nameOf(level['body']) : '?'))
        .join(' → ');
    case 'recipients':
      if (!Array.isArray(value)) return undefined;
      return value.map((r) => (isRecord(r) && typeof r['body'] === 'string' ? nameOf(r['body']) : '?')).join(', ');
    case 'method': {
      const method = costMethodSchema.safeParse(value);
      return method.success ? describeMethod(method.data, nameOf) : undefined;
    }
    case 'population':
      if (!isRecord(value) || typeof value['count'] !== 'number') return undefined;
      return `${value['count']} invånare (${String(value['date'] ?? value['year'] ?? '?')})`;
    case 'consultationKinds':
      if (!isRecord(value) || !Array.isArray(value['kinds'])) return undefined;
      return value['kinds'].map((k) => label(consultationKindLabels, k) ?? String(k)).join(', ');
    case 'caseBasis':
      if (!isRecord(value) || !Array.isArray(value['bases'])) return undefined;
      return value['bases'].map((k) => label(consentBasisLabels, k) ?? String(k)).join(' eller ');
    case 'level':
      return label(levelLabels, value);
    case 'onDemand':
    case 'description':
      return isRecord(value) && typeof value['description'] === 'string'
        ? value['description']
        : typeof value === 'string'
          ? value
          : undefined;
    case 'plan':
      return isRecord(value) && typeof value['due'] === 'string' ? `senast ${value['due']}` : undefined;
    case 'source':
      if (value === 'template') return 'från mallen';
      return isRecord(value) && typeof value['clause'] === 'string'
        ? `paragraf ${value['clause']}`
        : typeof value === 'string'
          ? value
          : undefined;
    case 'kind':
      return (
        label(bodyKindLabels, value) ??
        label(commitmentKindLabels, value) ??
        label(roleKindLabels, value) ??
        label(agreementKindLabels, value) ??
        label(sourceKindLabels, value) ??
        label(partyKindLabels, value) ??
        (typeof value === 'string' ? value : undefined)
      );
    case 'text':
    case 'mandate':
    case 'countyChoice':
      return undefined; // long or structured: the change is named, the versions show the words
    default:
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      if (isRecord(value) && value['type'] !== undefined && value['value'] !== undefined) {
        return value['type'] === 'duration' && typeof value['value'] === 'string'
          ? describeDuration(value['value'])
          : String(value['value'] as string | number);
      }
      if (isRecord(value) && Array.isArray(value['to'])) return names(value['to'], nameOf);
      return undefined;
  }
}
