import { formatTemplateRef } from '@samverkan/agreements';
import type { RoutineDefinition, RoutineSummary } from '../api/types';

// The routine templates a county can bind, as the API's catalogue gives them (GET /api/routines),
// and how a definition's parameters are shown and typed: a duration in hours (ISO 8601 underneath,
// `PT48H`), working days and counts as whole numbers, text as it is, yes/no as a check box.

export type ParameterSpec = RoutineDefinition['parameters'][string];
export type ParameterType = ParameterSpec['type'];

/** The newest published version of each routine, by title: what a new binding is offered. */
export function offeredRoutines(summaries: readonly RoutineSummary[]): RoutineSummary[] {
  const newest = new Map<string, RoutineSummary>();
  for (const summary of summaries) {
    if (summary.status !== 'published') continue;
    const before = newest.get(summary.key);
    if (!before || before.version < summary.version) newest.set(summary.key, summary);
  }
  return [...newest.values()].sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}

/** The unit a parameter is typed in, as the field's label says it. */
export function unitOf(type: ParameterType): string | null {
  switch (type) {
    case 'duration':
      return 'timmar';
    case 'workingDays':
      return 'arbetsdagar';
    case 'count':
      return 'antal';
    case 'boolean':
    case 'text':
      return null;
  }
}

const HOURS_PER = { W: 7 * 24, D: 24, H: 1 } as const;

/**
 * An ISO 8601 duration in whole hours ("PT48H", "P2D", "P1DT12H" → "48", "48", "36"); any other
 * (minutes, months, text that is no duration) is shown as it is, for its error to name.
 */
export function durationAsHours(iso: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$/.exec(iso);
  if (!match || iso === 'P' || iso === 'PT') return iso;
  const [, weeks, days, hours] = match;
  return String(Number(weeks ?? 0) * HOURS_PER.W + Number(days ?? 0) * HOURS_PER.D + Number(hours ?? 0) * HOURS_PER.H);
}

/** Hours as typed to ISO 8601 ("48" → "PT48H"); other text as it is, for validation to name. */
export function hoursAsDuration(text: string): string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? `PT${Number(trimmed)}H` : text;
}

/** A parameter's value as its field shows it. */
export function parameterText(type: ParameterType, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (type === 'duration' && typeof value === 'string') return durationAsHours(value);
  return String(value);
}

/** The text of a field as the parameter's value: numbers where they are whole numbers. */
export function parameterValue(type: ParameterType, text: string): unknown {
  const trimmed = text.trim();
  switch (type) {
    case 'duration':
      return hoursAsDuration(text);
    case 'workingDays':
    case 'count':
      return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
    case 'boolean':
      return text === 'true';
    case 'text':
      return text;
  }
}

/** What the routine itself gives when the county sets nothing, with where that comes from. */
export function defaultText(spec: ParameterSpec): string | null {
  if (spec.default === undefined) return null;
  const unit = unitOf(spec.type);
  const value =
    spec.type === 'boolean'
      ? spec.default
        ? 'ja'
        : 'nej'
      : `${parameterText(spec.type, spec.default)}${unit && spec.type !== 'count' ? ` ${unit}` : ''}`;
  const from =
    spec.source?.kind === 'seed'
      ? `mallens källtext ${spec.source.seed}, punkt ${spec.source.clause}`
      : spec.source?.kind === 'practice'
        ? spec.source.name
        : 'produktens förval';
  return `Förval: ${value} (${from}); ett förval bekräftas före publicering.`;
}

/**
 * A new binding of a definition: every role still to be played (the county ticks its parties;
 * the schema names each empty role), every parameter left to its default.
 */
export function newBinding(definition: Pick<RoutineDefinition, 'key' | 'version' | 'roles'>, key: string) {
  return {
    key,
    template: formatTemplateRef(definition),
    source: 'template' as const,
    roles: Object.fromEntries(Object.keys(definition.roles).map((role) => [role, { to: [] as string[] }])),
  };
}

/** The parameter as the county sets it: its typed value, marked as the county's own choice. */
export function countyParameter(name: string, spec: ParameterSpec, text: string) {
  const unit = unitOf(spec.type);
  return {
    type: spec.type,
    value: parameterValue(spec.type, text),
    source: {
      countyChoice: {
        note: `Länets val (${name}): ${spec.title.toLowerCase()} ${text.trim()}${unit && spec.type !== 'count' ? ` ${unit}` : ''}.`,
      },
    },
  };
}
