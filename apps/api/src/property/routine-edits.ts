import { actionSpecs, guardSpecs, payloadFieldNames } from '@samverkan/workflows';
import fc from 'fast-check';
import { deleteAt, getAt, pathsOf, setAt } from './json-paths.js';
import { durations, junkNumber, junkString, junkValue } from './junk.js';

/**
 * Changes an administrator (or a script in their name) might make to a routine definition:
 * values replaced anywhere, parts deleted, and the statechart itself rewired — transitions
 * (`on`, `always`, `onDone`, and an `after` XState knows but the format does not) to any state,
 * the state itself among them, with guards and actions of the registry or not, given any
 * parameters; tasks, deadlines, reminders and escalations owed by roles that exist or not;
 * events sent by anyone, carrying any field. States, events, roles and parameters are picked
 * by number (taken modulo what the definition has) so an edit fits any definition and shrinks.
 */
export type RoutineEdit =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'default'; parameter: number; duration: string; count: number; text: string; junk: unknown }
  | { kind: 'delete'; at: number }
  | {
      kind: 'transition';
      state: number;
      via: 'on' | 'always' | 'onDone' | 'after';
      event: number;
      target: Target;
      guard?: Ref | undefined;
      actions: Ref[];
    }
  | { kind: 'task'; state: number; owedBy: Name; completedBy: number[]; forEach?: string }
  | { kind: 'deadline'; state: number; within: unknown; event: number }
  | { kind: 'timers'; state: number; reminder: unknown; escalation: { after: unknown; to: Name } }
  | { kind: 'event'; event: number; sentBy: Name[]; payload: Record<string, string>; fill?: unknown }
  | { kind: 'initial'; state: number; deep: boolean };

/** A name the definition has (by number), or one it has not. */
type Name = { known: number } | { other: string };
/** A target: a state by number (`self` the state itself, `child` a child path), or text. */
type Target = { state: number; form: 'sibling' | 'self' | 'root' | 'child' } | { text: string } | undefined;
type Ref = { name: string; params?: Record<string, unknown> } | string;

type Definition = Record<string, unknown>;

const freeText = new Set(['title', 'description', 'owes', 'note', 'quote']);

const names = (other: fc.Arbitrary<string>): fc.Arbitrary<Name> =>
  fc.oneof(
    { arbitrary: fc.nat().map((known) => ({ known })), weight: 4 },
    { arbitrary: other.map((o) => ({ other: o })), weight: 1 },
  );
const camel = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}$/);

/** Registry names with parameters of the right names but any values, and names not in it. */
const refs = (registry: Record<string, { params: Record<string, string> }>): fc.Arbitrary<Ref> =>
  fc.oneof(
    {
      arbitrary: fc
        .constantFrom(...Object.keys(registry))
        .chain((name) =>
          fc
            .record(
              Object.fromEntries(
                Object.keys(registry[name]?.params ?? {}).map((param) => [
                  param,
                  fc.oneof(
                    camel,
                    fc.constantFrom('contactAttempts', 'maxContactAttempts', 'offered', 'slotAt', 'termEndsOn'),
                    junkValue,
                  ),
                ]),
              ),
              { requiredKeys: [] },
            )
            .map((params) => ({ name, params })),
        ),
      weight: 4,
    },
    { arbitrary: fc.oneof(camel, junkString), weight: 1 },
  );
const guards = refs(guardSpecs);
const actions = refs(actionSpecs);

const targets: fc.Arbitrary<Target> = fc.oneof(
  {
    arbitrary: fc.record({
      state: fc.nat(),
      form: fc.constantFrom('root', 'root', 'root', 'sibling', 'self', 'child') as fc.Arbitrary<
        'sibling' | 'self' | 'root' | 'child'
      >,
    }),
    weight: 6,
  },
  {
    arbitrary: fc.oneof(junkString, fc.constantFrom('#', '.', '..', '#closed.x', 'closed')).map((text) => ({ text })),
    weight: 1,
  },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const durationRefs = fc.oneof(
  fc.nat().map((n) => ({ parameter: n })),
  durations.map((duration) => ({ duration })),
  junkValue,
);

/** Counts an administrator might give: ordinary, zero, negative, huge, fractional. */
const counts = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 3 },
  { arbitrary: junkNumber, weight: 1 },
);

export const routineEdits: fc.Arbitrary<RoutineEdit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: junkValue }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: junkString }), weight: 2 },
  {
    // A parameter's default of its own type (durations of any length, counts of any size), or junk one time in five.
    arbitrary: fc.record({
      kind: fc.constant('default' as const),
      parameter: fc.nat(),
      duration: durations,
      count: counts,
      text: junkString,
      junk: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: junkValue, weight: 1 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant('transition' as const),
        state: fc.nat(),
        via: fc.constantFrom('on', 'on', 'always', 'onDone', 'after') as fc.Arbitrary<
          'on' | 'always' | 'onDone' | 'after'
        >,
        event: fc.nat(),
        target: targets,
        // A guard or actions one transition in three each: most rewiring is of targets alone.
        guard: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: guards, weight: 1 }),
        actions: fc.oneof(
          { arbitrary: fc.constant<Ref[]>([]), weight: 2 },
          { arbitrary: fc.array(actions, { minLength: 1, maxLength: 2 }), weight: 1 },
        ),
      },
      { requiredKeys: ['kind', 'state', 'via', 'event', 'target', 'actions'] },
    ),
    weight: 5,
  },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant('task' as const),
        state: fc.nat(),
        owedBy: names(camel),
        completedBy: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
        forEach: fc.constantFrom('party', 'assignedAction', 'everyone'),
      },
      { requiredKeys: ['kind', 'state', 'owedBy', 'completedBy'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('deadline' as const),
      state: fc.nat(),
      within: fc.oneof(
        { arbitrary: fc.nat().map((n) => ({ parameter: n })), weight: 4 },
        {
          arbitrary: fc.constantFrom(...payloadFieldNames, 'withdrawalEffectiveOn').map((record) => ({ record })),
          weight: 2,
        },
        { arbitrary: junkValue, weight: 1 },
      ),
      event: fc.nat(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('timers' as const),
      state: fc.nat(),
      reminder: fc.oneof(
        durationRefs.map((before) => ({ before })),
        fc.constant({ atDue: true }),
        junkValue,
      ),
      escalation: fc.record({ after: durationRefs, to: names(camel) }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant('event' as const),
        event: fc.nat(),
        sentBy: fc.array(fc.oneof(names(camel), fc.constant({ other: 'timer' })), { minLength: 1, maxLength: 3 }),
        payload: fc.dictionary(
          fc.oneof(
            { arbitrary: fc.constantFrom(...payloadFieldNames, 'withdrawalEffectiveOn'), weight: 4 },
            { arbitrary: camel, weight: 1 },
          ),
          fc.constantFrom('required', 'optional', 'optional', 'sometimes'),
          { maxKeys: 2 },
        ),
        fill: fc.oneof(fc.constant({ slotAt: 'nextConsultationSlot' }), junkValue),
      },
      { requiredKeys: ['kind', 'event', 'sentBy', 'payload'] },
    ),
    weight: 2,
    // `fill` is left out three times in four by fc.record's optional keys.
  },
  { arbitrary: fc.record({ kind: fc.constant('initial' as const), state: fc.nat(), deep: fc.boolean() }), weight: 1 },
);

/** The definition with the edits made, on a copy. */
export function applyRoutineEdits(seed: Definition, edits: RoutineEdit[]): Definition {
  const definition = structuredClone(seed);
  for (const edit of edits) applyRoutineEdit(definition, edit);
  return definition;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const pick = <T>(items: T[], at: number): T | undefined => (items.length === 0 ? undefined : items[at % items.length]);

/** Every state of the definition, nested ones too: its path of keys and its spec. */
function statesOf(definition: Definition): { path: string[]; spec: Record<string, unknown> }[] {
  const walk = (states: unknown, prefix: string[]): { path: string[]; spec: Record<string, unknown> }[] =>
    Object.entries(record(states)).flatMap(([key, spec]) => [
      { path: [...prefix, key], spec: record(spec) },
      ...walk(record(spec)['states'], [...prefix, key]),
    ]);
  return walk(definition['states'], []);
}

function nameOf(name: Name, known: string[]): string {
  return 'known' in name ? (pick(known, name.known) ?? 'ingen') : name.other;
}

function targetOf(target: Target, from: string[], states: { path: string[] }[]): string | undefined {
  if (target === undefined) return undefined;
  if ('text' in target) return target.text;
  const to = pick(states, target.state)?.path ?? from;
  switch (target.form) {
    case 'self':
      return from.at(-1);
    case 'sibling':
      return to.at(-1);
    case 'root':
      return `#${to.join('.')}`;
    case 'child':
      return `.${to.at(-1) ?? ''}`;
  }
}

const refOf = (ref: Ref): unknown => (typeof ref === 'string' ? ref : { type: ref.name, params: ref.params });

function applyRoutineEdit(definition: Definition, edit: RoutineEdit): void {
  const states = statesOf(definition);
  const events = Object.keys(record(definition['events']));
  const roles = Object.keys(record(definition['roles']));
  const parameters = Object.keys(record(definition['parameters']));
  switch (edit.kind) {
    case 'replace':
    case 'delete': {
      const path = pick(pathsOf(definition), edit.at);
      if (!path) return;
      if (edit.kind === 'replace') setAt(definition, path, edit.value);
      else deleteAt(definition, path);
      return;
    }
    case 'text': {
      // Words for people (titles, what a role owes, notes, quotes): they reach tasks and case views.
      const path = pick(
        pathsOf(definition).filter((p) => freeText.has(String(p.at(-1))) && typeof getAt(definition, p) === 'string'),
        edit.at,
      );
      if (path) setAt(definition, path, edit.value);
      return;
    }
    case 'default': {
      const parameter = pick(parameters, edit.parameter);
      if (parameter === undefined) return;
      const spec = record(record(definition['parameters'])[parameter]);
      const value =
        edit.junk !== undefined
          ? edit.junk
          : spec['type'] === 'duration'
            ? edit.duration
            : spec['type'] === 'text'
              ? edit.text
              : spec['type'] === 'boolean'
                ? spec['default'] !== true
                : edit.count;
      setAt(definition, ['parameters', parameter, 'default'], value);
      return;
    }
    case 'transition': {
      const state = pick(states, edit.state);
      if (!state) return;
      const transition = {
        target: targetOf(edit.target, state.path, states),
        ...(edit.guard === undefined ? {} : { guard: refOf(edit.guard) }),
        ...(edit.actions.length === 0 ? {} : { actions: edit.actions.map(refOf) }),
      };
      const event = pick(events, edit.event) ?? 'case.some.happened';
      if (edit.via === 'on') state.spec['on'] = { ...record(state.spec['on']), [event]: transition };
      else if (edit.via === 'after') state.spec['after'] = { 1000: transition };
      else state.spec[edit.via] = transition;
      return;
    }
    case 'task': {
      const state = pick(states, edit.state);
      if (!state) return;
      const tasks = Array.isArray(state.spec['tasks']) ? state.spec['tasks'] : [];
      state.spec['tasks'] = [
        ...tasks,
        {
          key: `uppgift${tasks.length}`,
          owedBy: nameOf(edit.owedBy, roles),
          title: 'En uppgift',
          completedBy: edit.completedBy.map((n) => pick(events, n) ?? 'case.some.happened'),
          ...(edit.forEach === undefined ? {} : { forEach: edit.forEach }),
        },
      ];
      return;
    }
    case 'deadline': {
      const state = pick(states, edit.state);
      if (!state) return;
      const within = record(edit.within);
      state.spec['deadline'] = {
        within:
          typeof within['parameter'] === 'number' ? { parameter: pick(parameters, within['parameter']) } : edit.within,
        event: pick(events, edit.event),
      };
      return;
    }
    case 'timers': {
      const state = pick(states, edit.state);
      if (!state) return;
      const named = (ref: unknown) => {
        const parameter = record(ref)['parameter'];
        return typeof parameter === 'number' ? { parameter: pick(parameters, parameter) } : ref;
      };
      const reminder = record(edit.reminder);
      state.spec['reminders'] = ['before' in reminder ? { before: named(reminder['before']) } : edit.reminder];
      state.spec['escalations'] = [{ after: named(edit.escalation.after), to: nameOf(edit.escalation.to, roles) }];
      return;
    }
    case 'event': {
      const event = pick(events, edit.event) ?? 'case.some.happened';
      const all = record(definition['events']);
      all[event] = {
        ...record(all[event]),
        sentBy: edit.sentBy.map((name) => nameOf(name, roles)),
        payload: edit.payload,
        ...(edit.fill === undefined ? {} : { fill: edit.fill }),
      };
      definition['events'] = all;
      return;
    }
    case 'initial': {
      const state = pick(states, edit.state);
      if (!state) return;
      if (edit.deep || state.path.length === 1) definition['initial'] = state.path.join('.');
      else {
        const parent = getAt(definition, [
          'states',
          ...state.path.slice(0, -1).flatMap((key, i) => (i === 0 ? [key] : ['states', key])),
        ]);
        record(parent)['initial'] = state.path.at(-1);
      }
      return;
    }
  }
}
