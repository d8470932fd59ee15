import { type RoleBinding } from '@samverkan/agreements';
import { type PayloadValues, type RecordValues } from '../definition/payload-fields.js';

/** A parameter's value as the instance runs with it: the binding's, or the definition's default. */
export type ParameterSetting =
  | { type: 'duration'; value: string }
  | { type: 'workingDays'; value: number }
  | { type: 'count'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'text'; value: string };

/**
 * What an instance remembers besides its state. It is plain JSON, so a snapshot survives
 * `JSON.stringify` and `machine.resolveState`. The parameters and role bindings are copied in
 * at the start: a running instance keeps the values it started with, whatever the county
 * changes later (a new agreement version binds new instances only).
 */
export interface RoutineContext {
  parameters: Record<string, ParameterSetting>;
  roles: Record<string, RoleBinding>;
  /** Counters, e.g. `contactAttempts`. */
  counts: Record<string, number>;
  /** For a task owed per item (per party, per assigned action): the items already done. */
  done: Record<string, string[]>;
  /** The payload fields recorded so far (the last value of each). */
  records: RecordValues;
}

/** An event: its dotted type and the payload fields its definition allows. */
export type RoutineEvent = { type: string } & PayloadValues;

/** What the server gives when it starts an instance (the definition's `input` fields). */
export type RoutineInput = PayloadValues;

/**
 * The parties (or agreement roles) that play a role in this instance. A role bound with
 * `choose: 'homeMunicipality'` is played by the case's home municipality only, once known.
 */
export function partiesPlaying(context: RoutineContext, role: string): string[] {
  const binding = context.roles[role];
  if (!binding) return [];
  if (binding.choose !== 'homeMunicipality') return [...binding.to];
  const home = context.records.homeMunicipality;
  return home !== undefined && binding.to.includes(home) ? [home] : [];
}
