import fc from 'fast-check';
import { type JsonPath, deleteAt, getAt, pathsOf, setAt } from './json-paths.js';
import { dates, durations, junkNumber, junkString, junkValue } from './junk.js';
import { rrules } from './rrules.js';

/**
 * Changes a strategist (or a script in their name) might make to an agreement's content, from
 * careless to hostile. A place in the content is picked by number (`at`), taken modulo the
 * places there are, so one generated edit applies to any seed and shrinks to the first places.
 */
export type AgreementEdit =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'delete'; at: number }
  | { kind: 'deleteSection'; section: string }
  | { kind: 'cadence'; body: number; rrule: string; timeOfDay?: string; start?: string }
  | { kind: 'term'; start: string; end?: string; renewal?: string }
  | { kind: 'withdrawal'; noticePeriod: string; effectiveAt: string }
  | { kind: 'cost'; item: number; amount: unknown; method: CostMethod }
  | { kind: 'partyKey'; party: number; key: string; everywhere: boolean }
  | { kind: 'parameter'; binding: number; name: string; value: unknown }
  | { kind: 'roles'; binding: number; role: string; to: number[]; home: boolean };

type CostMethod =
  | { method: 'equal'; payers: number[] }
  | { method: 'fixedShares'; shares: { payer: number; percent: unknown }[] }
  | { method: 'byPopulation'; payers: number[]; date?: string; year?: unknown };

type Content = Record<string, unknown>;

/** Sections of an agreement version, the required ones among them (schema/agreement-version.ts). */
const sections = [
  'key',
  'title',
  'kind',
  'county',
  'sources',
  'parties',
  'clauses',
  'bodies',
  'routines',
  'extends',
  'term',
];
/** Parameter names of the standard routines, and one no routine has. */
const parameterNames = [
  'contactWithin',
  'maxContactAttempts',
  'contactReminderBefore',
  'escalateAfter',
  'followUpWithin',
  'assessWithin',
  'acuteWithin',
  'slotReminderBefore',
  'actionReminderBefore',
  'noSuchParameter',
];
/** Fields of free text in an agreement. */
const freeText = new Set(['title', 'name', 'shortName', 'text', 'note', 'description', 'quote', 'agreement', 'source']);
const roleNames = ['police', 'supportCentre', 'coordinator', 'socialServices', 'healthCare', 'signatory', 'nobody'];

const keys = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,8}){0,2}$/),
  fc.constantFrom('ostersunds-kommun', 'polisen-region-nord', 'region-stockholm', 'samordnare'),
  junkString,
);
const amounts = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000_00 }), weight: 3 },
  { arbitrary: junkNumber, weight: 2 },
  { arbitrary: junkValue, weight: 1 },
);
const percents = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }), junkNumber);
const costMethods: fc.Arbitrary<CostMethod> = fc.oneof(
  fc.record({ method: fc.constant('equal' as const), payers: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
  fc.record({
    method: fc.constant('fixedShares' as const),
    shares: fc.array(fc.record({ payer: fc.nat(), percent: percents }), { minLength: 1, maxLength: 4 }),
  }),
  // Shares that add up to 100 (with many decimals now and then), so some splits are accepted.
  fc
    .tuple(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2, 6))
    .map(([weights, decimals]) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      const scale = 10 ** decimals;
      const rest = weights.slice(1).map((w) => Math.floor((w / total) * 100 * scale) / scale);
      const first = Math.round((100 - rest.reduce((sum, p) => sum + p, 0)) * scale) / scale;
      return {
        method: 'fixedShares' as const,
        shares: [first, ...rest].map((percent, payer) => ({ payer, percent })),
      };
    }),
  fc.record(
    {
      method: fc.constant('byPopulation' as const),
      payers: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      date: dates,
      year: fc.oneof(fc.integer({ min: 1890, max: 2210 }), junkNumber),
    },
    { requiredKeys: ['method', 'payers'] },
  ),
);
const parameterValues = fc.oneof(
  durations.map((value) => ({ type: 'duration', value })),
  fc.oneof(fc.integer({ min: 1, max: 30 }), junkNumber).map((value) => ({ type: 'workingDays', value })),
  fc.oneof(fc.integer({ min: 0, max: 10 }), junkNumber).map((value) => ({ type: 'count', value })),
  fc.boolean().map((value) => ({ type: 'boolean', value })),
  junkString.map((value) => ({ type: 'text', value })),
  junkValue,
);
const timeOfDay = fc.oneof(fc.constantFrom('09:00', '00:00', '23:59', '02:30'), junkString);

export const agreementEdits: fc.Arbitrary<AgreementEdit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: junkValue }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: junkString }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('deleteSection' as const), section: fc.constantFrom(...sections) }),
    weight: 1,
  },
  {
    arbitrary: fc.record(
      { kind: fc.constant('cadence' as const), body: fc.nat(), rrule: rrules, timeOfDay, start: dates },
      { requiredKeys: ['kind', 'body', 'rrule'] },
    ),
    weight: 3,
  },
  {
    arbitrary: fc.record(
      { kind: fc.constant('term' as const), start: dates, end: dates, renewal: durations },
      { requiredKeys: ['kind', 'start'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('withdrawal' as const),
      noticePeriod: durations,
      effectiveAt: fc.oneof(fc.constantFrom('yearEnd', 'anyMonthEnd'), junkString),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('cost' as const), item: fc.nat(), amount: amounts, method: costMethods }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('partyKey' as const),
      party: fc.nat(),
      key: keys,
      everywhere: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('parameter' as const),
      binding: fc.nat(),
      name: fc.oneof(fc.constantFrom(...parameterNames), junkString),
      value: parameterValues,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('roles' as const),
      binding: fc.nat(),
      role: fc.constantFrom(...roleNames),
      to: fc.array(fc.nat(), { minLength: 0, maxLength: 3 }),
      home: fc.boolean(),
    }),
    weight: 1,
  },
);

/** The content with the edits made, on a copy. */
export function applyEdits(seed: Content, edits: AgreementEdit[]): Content {
  const content = structuredClone(seed);
  for (const edit of edits) applyEdit(content, edit);
  return content;
}

const pick = <T>(items: T[], at: number): T | undefined => (items.length === 0 ? undefined : items[at % items.length]);
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
const partyKeys = (content: Content): string[] => list(content['parties']).map((party) => String(party['key']));

/** A clause the content declares (by number, else title), for a value that must cite one. */
function someClause(content: Content): string {
  const [first] = list(content['clauses']);
  return String(first?.['number'] ?? first?.['title'] ?? '1');
}

function applyEdit(content: Content, edit: AgreementEdit): void {
  switch (edit.kind) {
    case 'replace':
    case 'delete': {
      const path = pick(pathsOf(content), edit.at);
      if (!path) return;
      if (edit.kind === 'replace') setAt(content, path, edit.value);
      else deleteAt(content, path);
      return;
    }
    case 'text': {
      // Free text (names, titles, clause texts, notes): validation takes it as written, so
      // whatever it holds reaches the document, the calendar feed and the diff.
      const path = pick(
        pathsOf(content).filter((p) => freeText.has(String(p.at(-1))) && typeof getAt(content, p) === 'string'),
        edit.at,
      );
      if (path) setAt(content, path, edit.value);
      return;
    }
    case 'deleteSection':
      delete content[edit.section];
      return;
    case 'cadence': {
      const body = pick(list(content['bodies']), edit.body);
      if (!body) return;
      body['cadence'] = {
        kind: 'recurrence',
        rrule: edit.rrule,
        ...(edit.timeOfDay === undefined ? {} : { timeOfDay: edit.timeOfDay }),
        ...(edit.start === undefined ? {} : { start: edit.start }),
        clause: typeof body['clause'] === 'string' ? body['clause'] : someClause(content),
      };
      return;
    }
    case 'term':
      content['term'] = {
        start: edit.start,
        ...(edit.end === undefined ? {} : { end: edit.end }),
        ...(edit.renewal === undefined
          ? {}
          : { renewal: { kind: 'automatic', period: edit.renewal, clause: someClause(content) } }),
        clause: someClause(content),
      };
      return;
    case 'withdrawal':
      content['withdrawal'] = {
        noticePeriod: edit.noticePeriod,
        effectiveAt: edit.effectiveAt,
        inWriting: true,
        clause: someClause(content),
      };
      return;
    case 'cost':
      setCost(content, edit);
      return;
    case 'partyKey':
      renameParty(content, edit);
      return;
    case 'parameter': {
      const binding = pick(list(content['routines']), edit.binding);
      if (!binding) return;
      const parameters = (binding['parameters'] ?? {}) as Record<string, unknown>;
      binding['parameters'] = { ...parameters, [edit.name]: edit.value };
      return;
    }
    case 'roles': {
      const binding = pick(list(content['routines']), edit.binding);
      if (!binding) return;
      const keys = partyKeys(content);
      const to = edit.to.map((at) => pick(keys, at) ?? 'ingen-part');
      const roles = (binding['roles'] ?? {}) as Record<string, unknown>;
      binding['roles'] = { ...roles, [edit.role]: { to, ...(edit.home ? { choose: 'homeMunicipality' } : {}) } };
      return;
    }
  }
}

function setCost(content: Content, edit: Extract<AgreementEdit, { kind: 'cost' }>): void {
  const keys = partyKeys(content);
  const payer = (at: number) => pick(keys, at) ?? 'ingen-part';
  const clause = someClause(content);
  const method =
    edit.method.method === 'fixedShares'
      ? {
          method: 'fixedShares',
          shares: edit.method.shares.map((s) => ({ party: payer(s.payer), percent: s.percent })),
          clause,
        }
      : edit.method.method === 'equal'
        ? { method: 'equal', payers: edit.method.payers.map(payer), clause }
        : {
            method: 'byPopulation',
            payers: edit.method.payers.map(payer),
            population: {
              ...(edit.method.date === undefined ? {} : { date: edit.method.date }),
              ...(edit.method.year === undefined ? {} : { year: edit.method.year }),
              source: 'SCB',
            },
            clause,
          };
  const costSplit = (content['costSplit'] ?? { clause }) as Record<string, unknown>;
  const items = list(costSplit['items']);
  // An item replaced keeps its key (totals and funding refer to it); one past the end is new.
  const at = edit.item % (items.length + 1);
  items[at] = { key: items[at]?.['key'] ?? `ny-post-${at}`, name: 'Kostnadspost', amount: edit.amount, method, clause };
  content['costSplit'] = { ...costSplit, items };
}

/** Renames a party: in its own entry only (references dangle), or in every place that names it. */
function renameParty(content: Content, edit: Extract<AgreementEdit, { kind: 'partyKey' }>): void {
  const party = pick(list(content['parties']), edit.party);
  if (!party) return;
  const old = party['key'];
  if (!edit.everywhere) {
    party['key'] = edit.key;
    return;
  }
  for (const path of pathsOf(content) as JsonPath[]) {
    if (getAt(content, path) === old) setAt(content, path, edit.key);
  }
}
