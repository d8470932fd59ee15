import { type PayloadFieldName, isPayloadField } from '../definition/payload-fields.js';
import { type RoutineContext, type RoutineEvent } from './routine-context.js';

/** A guard's or action's parameters as a definition gives them: data, checked by validation. */
export type RegistryParams = Record<string, unknown>;

export function textParam(params: RegistryParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

export function listParam(params: RegistryParams, name: string): string[] {
  const value = params[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function countParameter(context: RoutineContext, name: string): number | undefined {
  const setting = context.parameters[name];
  return setting?.type === 'count' ? setting.value : undefined;
}

export function booleanParameter(context: RoutineContext, name: string): boolean | undefined {
  const setting = context.parameters[name];
  return setting?.type === 'boolean' ? setting.value : undefined;
}

export function durationParameter(context: RoutineContext, name: string): string | undefined {
  const setting = context.parameters[name];
  return setting?.type === 'duration' ? setting.value : undefined;
}

export function textParameter(context: RoutineContext, name: string): string | undefined {
  const setting = context.parameters[name];
  return setting?.type === 'text' ? setting.value : undefined;
}

/** A payload field of an event, by name; undefined for names that are not payload fields. */
export function payloadValue(event: RoutineEvent, name: string): unknown {
  return isPayloadField(name) ? event[name satisfies PayloadFieldName] : undefined;
}
