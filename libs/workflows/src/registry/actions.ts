import { STOCKHOLM, earliestWithdrawalDate } from '@samverkan/agreements';
import { DateTime, Duration } from 'luxon';
import { assign } from 'xstate';
import { type RecordValues, isPayloadField } from '../definition/payload-fields.js';
import {
  type RegistryParams,
  durationParameter,
  listParam,
  payloadValue,
  textParam,
  textParameter,
} from './registry-params.js';
import { type RoutineContext, type RoutineEvent } from './routine-context.js';

type Assigner = Parameters<typeof assign<RoutineContext, RoutineEvent, RegistryParams, RoutineEvent, never>>[0];

function update(assigner: Assigner) {
  return assign<RoutineContext, RoutineEvent, RegistryParams, RoutineEvent, never>(assigner);
}

/**
 * The actions of the registry (see `registry-spec.ts` for their parameters). All of them only
 * change the instance's memory: effects on the world (tasks, timers, notifications) are derived
 * afterwards from what was entered and left, by `effectsOf`, and carried out by the server.
 */
export const actionImplementations = {
  increment: update(({ context }, params) => {
    const counter = textParam(params, 'counter');
    return { counts: { ...context.counts, [counter]: (context.counts[counter] ?? 0) + 1 } };
  }),
  record: update(({ context, event }, params) => {
    const records: RecordValues = { ...context.records };
    for (const field of listParam(params, 'fields')) {
      if (isPayloadField(field) && event[field] !== undefined) Object.assign(records, { [field]: event[field] });
    }
    return { records };
  }),
  extendDate: update(({ context }, params) => {
    const field = textParam(params, 'field');
    const duration = durationParameter(context, textParam(params, 'parameter'));
    const current = field === 'termEndsOn' || field === 'followUpPlanDueOn' ? context.records[field] : undefined;
    if (current === undefined || duration === undefined) return {};
    const extended = DateTime.fromISO(current, { zone: STOCKHOLM }).plus(Duration.fromISO(duration)).toISODate();
    return extended === null ? {} : { records: { ...context.records, [field]: extended } };
  }),
  computeWithdrawal: update(({ context, event }, params) => {
    const noticePeriod = durationParameter(context, textParam(params, 'noticePeriod'));
    const effectiveAt = textParameter(context, textParam(params, 'effectiveAt'));
    const party = payloadValue(event, 'party');
    const noticeGivenOn = payloadValue(event, 'noticeGivenOn');
    if (noticePeriod === undefined || (effectiveAt !== 'yearEnd' && effectiveAt !== 'anyMonthEnd')) return {};
    if (typeof party !== 'string' || typeof noticeGivenOn !== 'string') return {};
    const result = earliestWithdrawalDate({ noticePeriod, effectiveAt, inWriting: true }, noticeGivenOn);
    if (!result.ok) return {};
    return {
      records: {
        ...context.records,
        noticeGivenOn,
        withdrawingParty: party,
        withdrawalEffectiveOn: result.value.effectiveOn,
      },
    };
  }),
};

/**
 * Actions only the compiler adds. The two markers do nothing; they show up among the actions
 * `transition()` returns, in order, and so tell `effectsOf` exactly which states were left and
 * entered, re-entries included (a snapshot alone cannot show a state left and entered again).
 */
export const internalActionImplementations = {
  'routine.entered': (_args: unknown, _params: RegistryParams): void => undefined,
  'routine.left': (_args: unknown, _params: RegistryParams): void => undefined,
  'routine.itemDone': update(({ context, event }, params) => {
    const task = textParam(params, 'task');
    const item = payloadValue(event, textParam(params, 'field'));
    const done = context.done[task] ?? [];
    if (typeof item !== 'string' || done.includes(item)) return {};
    return { done: { ...context.done, [task]: [...done, item].sort() } };
  }),
  'routine.itemsReset': update(({ context }, params) => {
    const task = textParam(params, 'task');
    return { done: { ...context.done, [task]: [] } };
  }),
};

export const internalActions = {
  entered: 'routine.entered',
  left: 'routine.left',
  itemDone: 'routine.itemDone',
  itemsReset: 'routine.itemsReset',
} as const;
