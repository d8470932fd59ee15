import { fieldSpec, isPayloadField, isRecordField } from '../definition/payload-fields.js';
import { type ActionRef, type GuardRef } from '../definition/routine-definition.js';
import { transitionsOf } from '../definition/state-tree.js';
import {
  type RegistryEntrySpec,
  type RegistryParamKind,
  actionSpecs,
  guardSpecs,
  isActionName,
  isGuardName,
  withdrawalEffectiveAtValues,
} from '../registry/registry-spec.js';
import { type ProblemPath } from './problem.js';
import { type ValidationContext } from './validation-context.js';

/** Guards and actions come from the registry, with the parameters their entry asks for. */
export function checkRegistryRefs(ctx: ValidationContext): void {
  for (const entry of ctx.states) {
    for (const { transition, path, event } of transitionsOf(entry)) {
      if (transition.guard !== undefined) {
        const { type, params } = split(transition.guard);
        const guardPath = [...path, 'guard'];
        if (isGuardName(type)) checkParams(ctx, guardSpecs[type], params, guardPath, event);
        else {
          ctx.report(
            guardPath,
            'unknownGuard',
            `Villkoret ${type} finns inte i registret (${Object.keys(guardSpecs).join(', ')}).`,
            `Guard ${type} is not in the registry (${Object.keys(guardSpecs).join(', ')}).`,
          );
        }
      }
      (transition.actions ?? []).forEach((ref, i) => {
        const { type, params } = split(ref);
        const actionPath = [...path, 'actions', i];
        if (isActionName(type)) {
          checkParams(ctx, actionSpecs[type], params, actionPath, event);
          if (type === 'computeWithdrawal') {
            expectPayload(ctx, event, ['party', 'noticeGivenOn'], actionPath);
            const effectiveAt = params['effectiveAt'];
            if (typeof effectiveAt === 'string')
              checkWithdrawalDefault(ctx, effectiveAt, [...actionPath, 'params', 'effectiveAt']);
          }
        } else {
          ctx.report(
            actionPath,
            'unknownAction',
            `Åtgärden ${type} finns inte i registret (${Object.keys(actionSpecs).join(', ')}).`,
            `Action ${type} is not in the registry (${Object.keys(actionSpecs).join(', ')}).`,
          );
        }
      });
    }
  }
}

function split(ref: GuardRef | ActionRef): { type: string; params: Record<string, unknown> } {
  return typeof ref === 'string' ? { type: ref, params: {} } : { type: ref.type, params: ref.params ?? {} };
}

function checkParams(
  ctx: ValidationContext,
  spec: RegistryEntrySpec,
  params: Record<string, unknown>,
  path: ProblemPath,
  event: string | undefined,
): void {
  for (const name of Object.keys(params)) {
    if (Object.hasOwn(spec.params, name)) continue;
    ctx.report(
      [...path, 'params', name],
      'unknownRegistryParam',
      `Okänd parameter ${name} (tillåtna: ${Object.keys(spec.params).join(', ')}).`,
      `Unknown parameter ${name} (allowed: ${Object.keys(spec.params).join(', ')}).`,
    );
  }
  for (const [name, kind] of Object.entries(spec.params)) {
    const value = params[name];
    const at = [...path, 'params', name];
    if (value === undefined) {
      if (spec.optionalParams?.includes(name)) continue;
      ctx.report(at, 'missingRegistryParam', `Parametern ${name} saknas.`, `Parameter ${name} is missing.`);
      continue;
    }
    checkParam(ctx, kind, value, params, at, event);
  }
}

function checkParam(
  ctx: ValidationContext,
  kind: RegistryParamKind,
  value: unknown,
  params: Record<string, unknown>,
  path: ProblemPath,
  event: string | undefined,
): void {
  const invalid = (sv: string, en: string): void => ctx.report(path, 'invalidRegistryParam', sv, en);
  switch (kind) {
    case 'counter':
      if (typeof value !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(value)) {
        invalid('En räknare namnges camelCase.', 'A counter is named in camelCase.');
      }
      return;
    case 'countParameter':
    case 'booleanParameter':
    case 'durationParameter':
    case 'textParameter': {
      const type =
        kind === 'countParameter'
          ? 'count'
          : kind === 'booleanParameter'
            ? 'boolean'
            : kind === 'durationParameter'
              ? 'duration'
              : 'text';
      if (typeof value !== 'string') return invalid('Ska vara en parameters namn.', 'Must name a parameter.');
      ctx.expectParameter(value, [type], path);
      return;
    }
    case 'payloadField':
      if (typeof value !== 'string') return invalid('Ska vara ett fälts namn.', 'Must name a field.');
      expectPayload(ctx, event, [value], path);
      return;
    case 'payloadFields':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return invalid('Ska vara en lista med fältnamn.', 'Must be a list of field names.');
      }
      expectPayload(
        ctx,
        event,
        value.filter((item): item is string => typeof item === 'string'),
        path,
      );
      return;
    case 'fieldValue': {
      const field = params['field'];
      if (typeof value !== 'string') return invalid('Ska vara en text.', 'Must be a text.');
      if (typeof field !== 'string' || !isPayloadField(field)) return;
      const values = fieldSpec(field).values;
      if (values !== undefined && !values.includes(value)) {
        invalid(
          `Fältet ${field} kan inte ha värdet ${value} (${values.join(', ')}).`,
          `Field ${field} cannot be ${value} (${values.join(', ')}).`,
        );
      }
      return;
    }
    case 'dateRecord':
      if (typeof value !== 'string' || !isRecordField(value) || fieldSpec(value).kind !== 'date') {
        invalid('Ska vara ett datumfält.', 'Must name a date field.');
      }
      return;
    case 'perItemTask': {
      const task = ctx.tasks.find(({ task: candidate }) => candidate.key === value);
      if (!task || task.task.forEach === undefined) {
        invalid(
          'Ska vara en uppgift som fullgörs per part eller per åtgärd.',
          'Must name a task owed per party or per action.',
        );
      }
      return;
    }
  }
}

/** The event of the transition carries the fields (declared in its payload). */
function expectPayload(
  ctx: ValidationContext,
  event: string | undefined,
  fields: readonly string[],
  path: ProblemPath,
): void {
  if (event === undefined) {
    ctx.report(
      path,
      'payloadFieldWithoutEvent',
      'Här finns ingen händelse vars fält kan läsas (always eller onDone).',
      'There is no event here whose fields could be read (always or onDone).',
    );
    return;
  }
  const payload = ctx.definition.events[event]?.payload ?? {};
  for (const field of fields) {
    if (isPayloadField(field) && payload[field] !== undefined) continue;
    ctx.report(
      path,
      'payloadFieldMissing',
      `Händelsen ${event} bär inte fältet ${field}.`,
      `Event ${event} does not carry field ${field}.`,
    );
  }
}

/** The text parameters `computeWithdrawal` reads as `yearEnd` or `anyMonthEnd`. */
export function withdrawalTextParameters(ctx: ValidationContext): string[] {
  const names = new Set<string>();
  for (const entry of ctx.states) {
    for (const { transition } of transitionsOf(entry)) {
      for (const ref of transition.actions ?? []) {
        const { type, params } = split(ref);
        if (type === 'computeWithdrawal' && typeof params['effectiveAt'] === 'string') names.add(params['effectiveAt']);
      }
    }
  }
  return [...names];
}

function checkWithdrawalDefault(ctx: ValidationContext, name: string, path: ProblemPath): void {
  const spec = ctx.definition.parameters[name];
  const value = spec?.type === 'text' ? spec.default : undefined;
  if (value === undefined || (withdrawalEffectiveAtValues as readonly string[]).includes(value)) return;
  ctx.report(
    path,
    'invalidParameterValue',
    `Parametern ${name} ska vara ${withdrawalEffectiveAtValues.join(' eller ')}.`,
    `Parameter ${name} must be ${withdrawalEffectiveAtValues.join(' or ')}.`,
  );
}
