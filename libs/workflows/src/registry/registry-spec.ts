import { type RecordFieldName } from '../definition/payload-fields.js';

/**
 * The fixed registry: the only guards and actions a definition may name, what their parameters
 * refer to (so validation can check them) and a Swedish title for the designer. The code that
 * runs them is in `guards.ts` and `actions.ts`; nothing a strategist writes is ever evaluated.
 */

/** What a registry parameter refers to. A `?` suffix marks it optional. */
export type RegistryParamKind =
  | 'counter'
  | 'countParameter'
  | 'booleanParameter'
  | 'durationParameter'
  | 'textParameter'
  | 'payloadField'
  | 'payloadFields'
  | 'fieldValue'
  | 'dateRecord'
  | 'perItemTask';

export interface RegistryEntrySpec {
  title: string;
  params: Record<string, RegistryParamKind>;
  optionalParams?: readonly string[];
  /** Record fields an action writes besides those its parameters name (what a timer counts to). */
  writes?: readonly RecordFieldName[];
}

export const guardSpecs = {
  countReached: {
    title: 'Räknaren har nått parameterns värde',
    params: { counter: 'counter', parameter: 'countParameter' },
  },
  payloadIs: {
    title: 'Händelsens fält har värdet',
    params: { field: 'payloadField', value: 'fieldValue' },
  },
  payloadHasItems: {
    title: 'Händelsens lista är inte tom',
    params: { field: 'payloadField' },
  },
  allTaskItemsDone: {
    title: 'Alla har fullgjort uppgiften',
    params: { task: 'perItemTask' },
  },
  parameterIsTrue: {
    title: 'Parametern är sann',
    params: { parameter: 'booleanParameter' },
  },
} as const satisfies Record<string, RegistryEntrySpec>;

export const actionSpecs = {
  increment: {
    title: 'Räkna upp',
    params: { counter: 'counter' },
  },
  record: {
    title: 'Anteckna händelsens fält',
    params: { fields: 'payloadFields' },
  },
  extendDate: {
    title: 'Skjut fram ett datum med en tidslängd',
    params: { field: 'dateRecord', parameter: 'durationParameter' },
  },
  computeWithdrawal: {
    title: 'Beräkna när ett utträde gäller',
    params: { noticePeriod: 'durationParameter', effectiveAt: 'textParameter' },
    writes: ['noticeGivenOn', 'withdrawingParty', 'withdrawalEffectiveOn'],
  },
} as const satisfies Record<string, RegistryEntrySpec>;

export type GuardName = keyof typeof guardSpecs;
export type ActionName = keyof typeof actionSpecs;

export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(guardSpecs, name);
}

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(actionSpecs, name);
}

/** The values `computeWithdrawal` understands for its `effectiveAt` text parameter. */
export const withdrawalEffectiveAtValues = ['yearEnd', 'anyMonthEnd'] as const;
