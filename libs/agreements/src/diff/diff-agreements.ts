import { isRecord } from '../checks/salvage.js';
import { type AgreementContent } from '../schema/agreement-version.js';
import { describeChange } from './describe-change.js';
import { type DiffSection, sectionTitles } from './labels.js';
import { type ChangeKind, type Segment, diffValues, formatSegments } from './structural.js';

/** One difference between two versions: where, what kind, the values, and a Swedish sentence. */
export interface AgreementChange {
  section: DiffSection;
  /** `bodies[styrgrupp].cadence`: fields by name, items of keyed lists by key in brackets. */
  path: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  /** E.g. "Styrgrupp Operation Norrsken: mötesfrekvens ändrad från 4 gånger per år till 6 gånger per år". */
  text: string;
}

export interface SectionChanges {
  section: DiffSection;
  title: string;
  changes: AgreementChange[];
}

const partwise = new Set(['costSplit', 'followUp']);
const generalFields = new Set(['key', 'title', 'shortName', 'kind', 'date', 'extends']);

function sectionOf(field: string): DiffSection {
  if (generalFields.has(field)) return 'general';
  return field in sectionTitles ? (field as DiffSection) : 'general';
}

/**
 * The changes from `before` to `after`, section by section in document order: two versions of
 * one agreement, or a template's content and a county's version built on it. Lists of things
 * with keys are compared by key, so moving an item is not a change.
 */
export function diffAgreements(before: AgreementContent, after: AgreementContent): AgreementChange[] {
  return locatedChanges(before, after).map((located) => {
    const change: AgreementChange & { segments?: Segment[] } = { ...located };
    delete change.segments;
    return change;
  });
}

/** A change with the steps that lead to it, for code that applies or reverts it (template updates). */
export interface LocatedChange extends AgreementChange {
  segments: Segment[];
}

/** `diffAgreements` with each change's steps kept. */
export function locatedChanges(before: AgreementContent, after: AgreementContent): LocatedChange[] {
  const a: Record<string, unknown> = { ...before };
  const b: Record<string, unknown> = { ...after };
  const names = new Map<string, string>();
  for (const version of [a, b]) {
    for (const list of ['parties', 'roles', 'bodies', 'subRegions']) {
      const items = version[list];
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (isRecord(item) && typeof item['key'] === 'string' && typeof item['name'] === 'string') {
          names.set(item['key'], item['name']);
        }
      }
    }
  }
  const nameOf = (key: string) => names.get(key) ?? key;
  const order = Object.keys(sectionTitles);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(
    (x, y) => order.indexOf(sectionOf(x)) - order.indexOf(sectionOf(y)),
  );
  return fields.flatMap((field) => {
    const section = sectionOf(field);
    // Sections of lists and parts are read part by part even when the whole section comes or goes.
    const empty = partwise.has(field) ? {} : undefined;
    return diffValues(a[field] ?? empty, b[field] ?? empty, [{ field }]).map((change) => ({
      section,
      path: formatSegments(change.segments),
      kind: change.kind,
      ...(change.before === undefined ? {} : { before: change.before }),
      ...(change.after === undefined ? {} : { after: change.after }),
      text: describeChange(section, change, nameOf),
      segments: change.segments,
    }));
  });
}

/** The changes under their section headings, for a strategist's view. */
export function groupChangesBySection(changes: readonly AgreementChange[]): SectionChanges[] {
  const groups: SectionChanges[] = [];
  for (const change of changes) {
    let group = groups.find((g) => g.section === change.section);
    if (!group) {
      group = { section: change.section, title: sectionTitles[change.section], changes: [] };
      groups.push(group);
    }
    group.changes.push(change);
  }
  return groups;
}
