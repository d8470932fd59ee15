import {
  type AgreementVersion,
  type RoutineBinding,
  describeCadence,
  effectiveAtLabels,
  formatTemplateRef,
} from '@samverkan/agreements';
import { type RoleSourceView, roleSources } from './role-sources.js';
import { type RecordFieldName, fieldSpec } from '../definition/payload-fields.js';
import {
  type DurationRef,
  type ParameterSpec,
  type ParameterType,
  type RoutineDefinition,
  TIMER,
} from '../definition/routine-definition.js';
import { type StateEntry, stateEntries } from '../definition/state-tree.js';
import { type TimerKind } from '../time/plan-entry.js';
import { recordOrigins } from './record-origins.js';
import {
  type SourcedParameterValue,
  type ValueSource,
  describeSource,
  durationText,
  parameterSource,
  sourceOfDefault,
  titleOf,
} from './value-source.js';

/** One value a timer's due time depends on, with where it comes from. */
export interface TimerValue {
  /** The parameter or record field; null for a duration written into the template. */
  name: string | null;
  kind: 'parameter' | 'record' | 'written';
  /** As set: an ISO 8601 duration, working days, a date, a boolean or a text; null when none is. */
  value: SourcedParameterValue;
  /** The value in Swedish words. */
  text: string;
  sources: ValueSource[];
  /** Each source in Swedish. */
  sourceTexts: string[];
}

/** A deadline, reminder or escalation a routine can arm, and what times it. */
export interface TimerSourceView {
  /** As the definition keys it: `awaitingContact#deadline`, `awaitingContact#reminder.0`. */
  key: string;
  kind: TimerKind;
  state: string;
  stateTitle: string;
  /** When it falls due, in Swedish. */
  when: string;
  /** The deadline a reminder or escalation counts from; null for a deadline, or each assigned action's own due time. */
  relativeTo: string | null;
  /** False when a value it needs is not set (an optional parameter): the timer is then never armed. */
  armed: boolean;
  values: TimerValue[];
  /** Every value has a source (issue 11: no routine arms a time without one). */
  sourced: boolean;
}

export interface ParameterSourceView {
  name: string;
  title: string;
  type: ParameterType;
  value: SourcedParameterValue;
  text: string;
  source: ValueSource;
  sourceText: string;
  /** The timers whose due time it sets, directly or through a date it computes. */
  timers: string[];
}

export interface RoutineTimersView {
  /** The binding's key in the agreement (`rvc`). */
  binding: string;
  /** The template as bound (`rvc-referral@1`). */
  template: string;
  /** The definition the view was computed from, null when there is none. */
  definition: string | null;
  title: string | null;
  problem: string | null;
  timers: TimerSourceView[];
  parameters: ParameterSourceView[];
  /**
   * Who plays each role whose tasks the timers time, and who says so: the binding, a clause
   * naming a role's employer, or the county's own choice of employer (Norrbotten's coordinators).
   */
  roles: RoleSourceView[];
}

export interface AgreementTimersView {
  agreement: string;
  routines: RoutineTimersView[];
  /** What has no source: `binding.timerKey`, `binding.parameters.name`, or a binding without a routine. */
  unsourced: string[];
}

/** The definition a binding's template names (the API: the version new cases start on). */
export type RoutineLookup = (template: string) => RoutineDefinition | undefined;

/**
 * Every timer the routines of an agreement version can arm, every parameter of their bindings,
 * and where each value comes from: the agreement's text (a clause), the county's own choice,
 * the template (whose default comes from a source text), a product default marked as such, or
 * the case itself (a booked time, a date given at the start). Pure: the version and the
 * definitions are all it reads.
 */
export function timerSourcesOf(version: AgreementVersion, lookup: RoutineLookup): AgreementTimersView {
  const routines = (version.routines ?? []).map((binding) => routineTimers(version, binding, lookup(binding.template)));
  const unsourced = routines.flatMap((routine) => [
    ...(routine.definition === null ? [routine.binding] : []),
    ...routine.timers.filter((timer) => !timer.sourced).map((timer) => `${routine.binding}.${timer.key}`),
    ...routine.parameters
      .filter((parameter) => parameter.source.kind === 'unsourced')
      .map((parameter) => `${routine.binding}.parameters.${parameter.name}`),
  ]);
  return { agreement: version.key, routines, unsourced };
}

function routineTimers(
  version: AgreementVersion,
  binding: RoutineBinding,
  definition: RoutineDefinition | undefined,
): RoutineTimersView {
  if (!definition) {
    return {
      binding: binding.key,
      template: binding.template,
      definition: null,
      title: null,
      problem: `Rutinmallen ${binding.template} finns inte.`,
      timers: [],
      parameters: [],
      roles: [],
    };
  }
  const ref = formatTemplateRef({ key: definition.key, version: definition.version });
  const sources = new SourcedValues(version, binding, definition, ref);
  const timers = stateEntries(definition).flatMap((state) => sources.timersOf(state));
  const parameters = Object.entries(definition.parameters).map(([name, spec]): ParameterSourceView => {
    const { value, source } = sources.parameter(name);
    return {
      name,
      title: spec.title,
      type: spec.type,
      value,
      text: valueText(spec, value),
      source,
      sourceText: describeSource(source, version),
      timers: timers
        .filter((timer) => timer.values.some((v) => v.kind === 'parameter' && v.name === name))
        .map((timer) => timer.key),
    };
  });
  return {
    binding: binding.key,
    template: binding.template,
    definition: ref,
    title: definition.title,
    problem: null,
    timers,
    parameters,
    roles: roleSources(version, binding, definition),
  };
}

/** The values of one binding of one definition, each with its source. */
class SourcedValues {
  constructor(
    private readonly version: AgreementVersion,
    private readonly binding: RoutineBinding,
    private readonly definition: RoutineDefinition,
    private readonly ref: string,
  ) {}

  parameter(name: string): { value: SourcedParameterValue; source: ValueSource } {
    const spec = this.definition.parameters[name];
    if (!spec) return { value: null, source: { kind: 'unsourced', reason: `Rutinen har ingen parameter ${name}.` } };
    return parameterSource(name, spec, this.binding, this.ref, this.version);
  }

  timersOf(state: StateEntry): TimerSourceView[] {
    const { spec } = state;
    const timers: TimerSourceView[] = [];
    let base: { relativeTo: string | null; armed: boolean; values: TimerValue[]; due: string } | undefined;
    if (spec.deadline) {
      const key = `${state.id}#deadline`;
      const within = spec.deadline.within;
      const values = 'parameter' in within ? [this.parameterValue(within.parameter)] : this.recordValues(within.record);
      const armed = 'parameter' in within ? values[0]?.value !== null : true;
      timers.push(this.view(key, 'deadline', state, deadlineWhen(within, values[0], state), null, armed, values));
      base = { relativeTo: key, armed, values: [], due: 'fristen' };
    }
    if ((spec.tasks ?? []).some((task) => task.forEach === 'assignedAction')) {
      // Each action an outcome assigns is due when the case says: its own due time.
      const actions = this.recordValues('actions');
      base = base
        ? { ...base, values: actions }
        : { relativeTo: null, armed: true, values: actions, due: 'varje åtgärds frist' };
    }
    if (!base) return timers;
    const { relativeTo, armed, values, due } = base;
    (spec.reminders ?? []).forEach((reminder, i) => {
      const own = 'before' in reminder ? [this.durationValue(reminder.before)] : [];
      const when = 'before' in reminder ? `${capital(own[0]?.text ?? '')} före ${due}` : `Vid ${due}`;
      const set = own.every((value) => value.value !== null);
      timers.push(
        this.view(`${state.id}#reminder.${i}`, 'reminder', state, when, relativeTo, armed && set, [...own, ...values]),
      );
    });
    (spec.escalations ?? []).forEach((escalation, i) => {
      const own = this.durationValue(escalation.after);
      const to = this.definition.roles[escalation.to]?.title ?? escalation.to;
      const when =
        own.text === 'genast'
          ? `Genast när ${due} har passerat, till ${to}`
          : `${capital(own.text)} efter ${due}, till ${to}`;
      timers.push(
        this.view(`${state.id}#escalation.${i}`, 'escalation', state, when, relativeTo, armed && own.value !== null, [
          own,
          ...values,
        ]),
      );
    });
    return timers;
  }

  private view(
    key: string,
    kind: TimerKind,
    state: StateEntry,
    when: string,
    relativeTo: string | null,
    armed: boolean,
    values: TimerValue[],
  ): TimerSourceView {
    const sourced = values.every(
      (value) => value.sources.length > 0 && value.sources.every((source) => source.kind !== 'unsourced'),
    );
    return { key, kind, state: state.id, stateTitle: state.spec.title, when, relativeTo, armed, values, sourced };
  }

  private parameterValue(name: string): TimerValue {
    const spec = this.definition.parameters[name];
    const { value, source } = this.parameter(name);
    return this.value(name, 'parameter', value, spec ? valueText(spec, value) : String(value), [source]);
  }

  private durationValue(ref: DurationRef): TimerValue {
    if ('parameter' in ref) return this.parameterValue(ref.parameter);
    const source = sourceOfDefault(
      { kind: 'product', note: 'Skrivet i mallen, inte en parameter: länet ändrar det inte i sin bindning.' },
      this.ref,
      true,
    );
    return this.value(null, 'written', ref.duration, durationText(ref.duration), [source]);
  }

  /** A recorded time: given at the start (the agreement's own date, where it has one), in an
   * event's payload (or filled from the agreement), or computed from parameters. */
  private recordValues(field: RecordFieldName): TimerValue[] {
    const sources: ValueSource[] = [];
    const shaping: TimerValue[] = [];
    let value: SourcedParameterValue = null;
    let text: string = fieldSpec(field).title;
    for (const origin of recordOrigins(this.definition, field)) {
      if (origin.kind === 'input') {
        sources.push({ kind: 'case', setBy: ['start'], note: 'anges när ärendet startas.' });
        const own = agreementValueOf(this.version, field);
        if (own) {
          value = own.value;
          text = `${text}: ${own.value}`;
          sources.push({ kind: 'agreement', clause: own.clause, clauseTitle: titleOf(this.version, own.clause) });
        }
        continue;
      }
      const event = origin.event === undefined ? undefined : this.definition.events[origin.event];
      const senders = (event?.sentBy ?? []).filter((role) => role !== TIMER);
      if (event && senders.length > 0) {
        const who = senders.map((role) => this.definition.roles[role]?.title ?? role).join(' eller ');
        sources.push({
          kind: 'case',
          setBy: senders,
          note:
            origin.kind === 'payload'
              ? `${who} anger den med händelsen ”${event.title}”.`
              : `räknas ut när ${who.toLocaleLowerCase('sv')} skickar händelsen ”${event.title}”.`,
        });
      }
      const filled = Object.entries(event?.fill ?? {}).some(
        ([name, filler]) => name === field && filler === 'nextConsultationSlot',
      );
      if (origin.kind === 'payload' && filled) {
        const slot = slotSources(this.version);
        if (slot) {
          sources.push(...slot.sources);
          text = `${text} (utan angiven tid: nästa möte i ${slot.body}, ${slot.cadence})`;
        }
      }
      for (const name of origin.parameters) {
        if (!shaping.some((v) => v.name === name)) shaping.push(this.parameterValue(name));
      }
    }
    if (sources.length === 0) sources.push({ kind: 'unsourced', reason: `Ingenting i rutinen sätter ${field}.` });
    return [this.value(field, 'record', value, text, sources), ...shaping];
  }

  private value(
    name: string | null,
    kind: TimerValue['kind'],
    value: SourcedParameterValue,
    text: string,
    sources: ValueSource[],
  ): TimerValue {
    return { name, kind, value, text, sources, sourceTexts: sources.map((s) => describeSource(s, this.version)) };
  }
}

/**
 * The agreement's own value for a start input of the agreement lifecycle: the server starts it
 * with the term's end and the follow-up plan's due date from the version.
 */
function agreementValueOf(
  version: AgreementVersion,
  field: RecordFieldName,
): { value: string; clause: string } | undefined {
  if (field === 'termEndsOn' && version.term?.end) return { value: version.term.end, clause: version.term.clause };
  const plan = version.followUp?.plan;
  if (field === 'followUpPlanDueOn' && plan) return { value: plan.due, clause: plan.clause };
  return undefined;
}

/**
 * Where `nextConsultationSlot` takes a time from: the agreement's consultation body with a fixed
 * weekly rhythm (the API's filler picks the same one), its clause and any part the county chose.
 */
function slotSources(version: AgreementVersion): { body: string; cadence: string; sources: ValueSource[] } | undefined {
  const body = version.bodies?.find((b) => b.kind === 'consultation' && b.cadence?.kind === 'recurrence');
  const cadence = body?.cadence;
  if (!body || cadence?.kind !== 'recurrence') return undefined;
  const sources: ValueSource[] = [
    { kind: 'agreement', clause: cadence.clause, clauseTitle: titleOf(version, cadence.clause) },
  ];
  if (cadence.countyChoice)
    sources.push({ kind: 'countyChoice', note: cadence.countyChoice.note, clause: cadence.clause });
  return { body: body.name, cadence: describeCadence(cadence), sources };
}

function deadlineWhen(
  within: { parameter: string } | { record: RecordFieldName },
  value: TimerValue | undefined,
  state: StateEntry,
): string {
  if ('record' in within) {
    const field = fieldSpec(within.record);
    return field.kind === 'date' ? `När dagen ”${field.title}” är slut` : `Vid ”${field.title}”`;
  }
  if (value === undefined || value.value === null) return 'Ingen frist: värdet är inte satt';
  return `${capital(value.text)} efter att steget ”${state.spec.title}” började`;
}

function valueText(spec: ParameterSpec, value: SourcedParameterValue): string {
  if (value === null) return 'inte satt';
  switch (spec.type) {
    case 'duration':
      return durationText(String(value));
    case 'workingDays':
      return `${String(value)} arbetsdagar`;
    case 'boolean':
      return value === true ? 'ja' : 'nej';
    case 'count':
      return String(value);
    case 'text':
      return Object.entries(effectiveAtLabels).find(([key]) => key === value)?.[1] ?? String(value);
  }
}

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
