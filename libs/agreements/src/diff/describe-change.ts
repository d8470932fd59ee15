import { isRecord } from '../checks/salvage.js';
import { describeDuration } from '../describe/duration.js';
import { effectiveAtLabels } from '../describe/labels.js';
import { type NameOf, formatValue } from './format-value.js';
import { type DiffSection, type Label, fieldLabel, itemNouns, participle, sectionNouns } from './labels.js';
import { type RawChange, type Segment } from './structural.js';

const generalLabels: Record<string, Label> = {
  title: { word: 'titel', gender: 'en' },
  kind: { word: 'dokumenttyp', gender: 'en' },
};

function text(item: unknown, field: string): string | undefined {
  return isRecord(item) && typeof item[field] === 'string' ? item[field] : undefined;
}

function shorten(words: string, max = 70): string {
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

/** How an item of a keyed list is named in a sentence. */
export function itemLabel(list: string, item: unknown, nameOf: NameOf): string {
  switch (list) {
    case 'clauses': {
      const number = text(item, 'number');
      const title = text(item, 'title') ?? '';
      if (number === undefined) return title;
      return number.startsWith('§') ? `${number} ${title}` : `§ ${number} ${title}`;
    }
    case 'commitments': {
      const keys = isRecord(item) && Array.isArray(item['by']) ? item['by'].map((key) => nameOf(String(key))) : [];
      const by = keys.length > 3 ? `${keys.slice(0, 2).join(', ')} m.fl.` : keys.join(', ');
      return `”${shorten(text(item, 'text') ?? '')}” (${by})`;
    }
    case 'routines':
      return text(item, 'template') ?? text(item, 'key') ?? '?';
    case 'sources':
      return text(item, 'title') ?? '?';
    case 'totals':
      return text(item, 'label') ?? '?';
    case 'funding':
      return text(item, 'funder') ?? '?';
    default:
      return text(item, 'name') ?? text(item, 'key') ?? '?';
  }
}

type Summary = (value: Record<string, unknown>, nameOf: NameOf) => string | undefined;

/** A whole section that comes or goes, in a few words. */
const sectionSummaries: Partial<Record<DiffSection, Summary>> = {
  county: (value) => `${text(value, 'name') ?? '?'} (${text(value, 'code') ?? '?'})`,
  term: (value, nameOf) => {
    const end = text(value, 'end');
    const renewal = formatValue('renewal', value['renewal'], nameOf);
    return `från ${text(value, 'start') ?? '?'}${end ? ` till ${end}` : ''}${renewal && renewal !== 'ingen' ? `, förlängs med ${renewal}` : ''}`;
  },
  withdrawal: (value) => {
    const notice = text(value, 'noticePeriod');
    const at = text(value, 'effectiveAt');
    const when = at === 'yearEnd' || at === 'anyMonthEnd' ? effectiveAtLabels[at] : '';
    return `${notice ? describeDuration(notice) : '?'} uppsägningstid, ${when}${value['inWriting'] === true ? ', skriftligen' : ''}`;
  },
  signing: (value) => {
    const parties = Array.isArray(value['parties']) ? value['parties'].length : 0;
    const copies = typeof value['copies'] === 'number' ? `, ${value['copies']} exemplar` : '';
    return `${parties} ${parties === 1 ? 'part' : 'parter'}${copies}`;
  },
  escalation: (value, nameOf) => formatValue('levels', value['levels'], nameOf),
};

function sectionSummary(section: DiffSection, value: unknown, nameOf: NameOf): string | undefined {
  const summary = sectionSummaries[section];
  return summary && isRecord(value) ? summary(value, nameOf) : undefined;
}

function parameterLabel(fields: readonly string[], index: number, inRoutine: boolean): Label {
  const field = fields[index] ?? '';
  const parent = fields[index - 1];
  if (inRoutine && parent === 'parameters') return { word: `parametern ${field}`, gender: 'en' };
  if (inRoutine && parent === 'roles') return { word: `rollen ${field}`, gender: 'en' };
  return fieldLabel(field);
}

/** One change in a sentence a strategist reads: "Styrgruppen: mötesfrekvens ändrad från … till …". */
export function describeChange(section: DiffSection, change: RawChange, nameOf: NameOf): string {
  const segments = change.segments;
  const last = segments[segments.length - 1];
  const lastId = segments.reduce((found, segment, index) => ('id' in segment ? index : found), -1);
  const listField = lastId > 0 ? fieldOf(segments[lastId - 1]) : undefined;
  const idSegment = lastId >= 0 ? segments[lastId] : undefined;
  const item = idSegment && 'id' in idSegment ? idSegment.item : undefined;

  if (last && 'id' in last && listField !== undefined) {
    const noun = itemNouns[listField] ?? { word: listField, gender: 'en' };
    return `${noun.word} ${participle(change.kind, noun.gender)}: ${itemLabel(listField, item, nameOf)}`;
  }

  if (segments.length === 1 && section !== 'general') {
    const noun = sectionNouns[section] ?? { word: section, gender: 'en' };
    const summary = sectionSummary(section, change.after ?? change.before, nameOf);
    const word = `${noun.word} ${participle(change.kind, noun.gender)}`;
    return summary && change.kind !== 'changed' ? `${word}: ${summary}` : word;
  }

  const fields = segments.slice(lastId + 1).flatMap((segment) => fieldOf(segment) ?? []);
  const inRoutine = fieldOf(segments[0]) === 'routines';
  let subject: string;
  if (listField !== undefined) {
    const label = itemLabel(listField, item, nameOf);
    subject = lastId > 1 ? `${itemNouns[listField]?.word ?? listField} ${label}` : label;
    if (lastId > 1 && section !== 'general') subject = `${sectionNouns[section]?.word ?? section}, ${subject}`;
  } else if (section === 'general') {
    subject = 'Överenskommelsen';
  } else {
    subject = sectionNouns[section]?.word ?? section;
  }
  const start = listField !== undefined || section === 'general' ? 0 : 1;
  const labels = fields.slice(start).map((_, i) => {
    const index = start + i;
    const field = fields[index] ?? '';
    return section === 'general'
      ? (generalLabels[field] ?? fieldLabel(field))
      : parameterLabel(fields, index, inRoutine);
  });
  const main = labels[labels.length - 1] ?? { word: 'värde', gender: 'ett' };
  const labelText = labels.map((label) => label.word).join(', ');
  const field = fields[fields.length - 1] ?? '';
  const before = formatValue(field, change.before, nameOf);
  const after = formatValue(field, change.after, nameOf);
  const verb = participle(change.kind, main.gender);
  switch (change.kind) {
    case 'changed':
      return before !== undefined && after !== undefined
        ? `${subject}: ${labelText} ${verb} från ${before} till ${after}`
        : `${subject}: ${labelText} ${verb}`;
    case 'added':
      return after !== undefined ? `${subject}: ${labelText} ${verb}: ${after}` : `${subject}: ${labelText} ${verb}`;
    case 'removed':
      return before !== undefined
        ? `${subject}: ${labelText} ${verb} (var: ${before})`
        : `${subject}: ${labelText} ${verb}`;
  }
}

function fieldOf(segment: Segment | undefined): string | undefined {
  return segment && 'field' in segment ? segment.field : undefined;
}
