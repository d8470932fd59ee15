import { MAX_VERSION, isoDurationSchema } from '@samverkan/agreements';
import { z } from 'zod';
import { type PayloadFieldName, type RecordFieldName, isPayloadField, isRecordField } from './payload-fields.js';
import {
  type RoutineDefinition,
  type RoutineSource,
  type StateSpec,
  type TransitionSpec,
  payloadFillers,
} from './routine-definition.js';

/**
 * The form of a definition, field by field. Relations between fields (a target that exists, a
 * role that is declared, a state that can be reached) are checked by `validateRoutine`.
 */

/** camelCase: roles, parameters, states, tasks, guards, actions, counters. */
export const routineNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a name is camelCase');
/** Dotted lower camelCase words, at least two: `case.contact.made`. */
export const eventNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/, 'an event is named with dots');
const routineKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a template key is lower-case words joined by hyphens');
const swedishSchema = z.string().trim().min(1).max(300);

const sourceSchema: z.ZodType<RoutineSource> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('seed'),
    seed: z.string().regex(/^\d{3}$/, 'a seed is its three-digit number'),
    clause: z.string().trim().min(1).max(160),
    quote: z.string().trim().min(1).max(600).optional(),
  }),
  z.strictObject({ kind: z.literal('practice'), name: z.literal('Barnahus practice'), note: swedishSchema }),
  z.strictObject({ kind: z.literal('product'), note: swedishSchema }),
]);

const parameterBase = { title: swedishSchema, source: sourceSchema.optional() };
const parameterSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...parameterBase,
    type: z.literal('duration'),
    default: isoDurationSchema.optional(),
    optional: z.boolean().optional(),
  }),
  z.strictObject({
    ...parameterBase,
    type: z.literal('workingDays'),
    default: z.number().int().positive().optional(),
    optional: z.boolean().optional(),
  }),
  z.strictObject({ ...parameterBase, type: z.literal('count'), default: z.number().int().nonnegative().optional() }),
  z.strictObject({ ...parameterBase, type: z.literal('boolean'), default: z.boolean().optional() }),
  z.strictObject({ ...parameterBase, type: z.literal('text'), default: z.string().trim().min(1).optional() }),
]);

const payloadSpecSchema = z.record(z.string(), z.enum(['required', 'optional']));

const registryRefSchema = z.union([
  routineNameSchema,
  z.strictObject({ type: routineNameSchema, params: z.record(z.string(), z.unknown()).optional() }),
]);

const transitionSchema: z.ZodType<TransitionSpec> = z.strictObject({
  target: z.string().min(1).optional(),
  guard: registryRefSchema.optional(),
  actions: z.array(registryRefSchema).optional(),
  reenter: z.boolean().optional(),
});
const transitionsSchema = z.union([transitionSchema, z.array(transitionSchema).min(1)]);

const durationRefSchema = z.union([
  z.strictObject({ parameter: routineNameSchema }),
  z.strictObject({ duration: isoDurationSchema }),
]);

const recordFieldSchema = z.custom<RecordFieldName>((value) => typeof value === 'string' && isRecordField(value), {
  message: 'an unknown record field',
  params: { code: 'invalidValue', sv: 'ett fält som inte kan sparas' },
});

const payloadFieldSchema = z.custom<PayloadFieldName>((value) => typeof value === 'string' && isPayloadField(value), {
  message: 'an unknown payload field',
  params: { code: 'invalidValue', sv: 'ett fält som en händelse inte kan bära' },
});
const ruleValueSchema = z.union([z.string().min(1).max(80), z.boolean()]);
const payloadRuleSchema = z.strictObject({
  when: z.strictObject({ field: payloadFieldSchema, is: ruleValueSchema }),
  require: z.array(payloadFieldSchema).min(1).optional(),
  must: z.partialRecord(payloadFieldSchema, ruleValueSchema).optional(),
  forbid: z.array(payloadFieldSchema).min(1).optional(),
  why: swedishSchema,
  source: sourceSchema,
});

const taskSchema = z.strictObject({
  key: routineNameSchema,
  owedBy: routineNameSchema,
  title: swedishSchema,
  completedBy: z.array(eventNameSchema).min(1),
  forEach: z.enum(['party', 'assignedAction']).optional(),
});

const stateSchema: z.ZodType<StateSpec> = z.lazy(() =>
  z.strictObject({
    title: swedishSchema,
    source: sourceSchema,
    final: z.boolean().optional(),
    parallel: z.boolean().optional(),
    initial: routineNameSchema.optional(),
    states: z.record(routineNameSchema, stateSchema).optional(),
    on: z.record(eventNameSchema, transitionsSchema).optional(),
    always: transitionsSchema.optional(),
    onDone: transitionSchema.optional(),
    tasks: z.array(taskSchema).optional(),
    deadline: z
      .strictObject({
        within: z.union([
          z.strictObject({ parameter: routineNameSchema }),
          z.strictObject({ record: recordFieldSchema }),
        ]),
        event: eventNameSchema,
      })
      .optional(),
    reminders: z
      .array(z.union([z.strictObject({ before: durationRefSchema }), z.strictObject({ atDue: z.literal(true) })]))
      .optional(),
    escalations: z.array(z.strictObject({ after: durationRefSchema, to: routineNameSchema })).optional(),
  }),
);

export const routineDefinitionSchema: z.ZodType<RoutineDefinition> = z.strictObject({
  key: routineKeySchema,
  // Within PostgreSQL's integer, as agreements cite it (`key@version`, MAX_VERSION).
  version: z.number().int().positive().max(MAX_VERSION),
  title: swedishSchema,
  description: z.string().trim().min(1).max(2000).optional(),
  roles: z.record(routineNameSchema, z.strictObject({ title: swedishSchema, owes: swedishSchema })),
  parameters: z.record(routineNameSchema, parameterSchema),
  input: payloadSpecSchema.optional(),
  events: z.record(
    eventNameSchema,
    z.strictObject({
      title: swedishSchema,
      sentBy: z.array(routineNameSchema).min(1),
      payload: payloadSpecSchema.optional(),
      fill: z.record(z.string(), z.enum(payloadFillers)).optional(),
      rules: z.array(payloadRuleSchema).min(1).max(20).optional(),
    }),
  ),
  assignableActions: z.record(routineNameSchema, z.strictObject({ title: swedishSchema })).optional(),
  initial: routineNameSchema,
  states: z.record(routineNameSchema, stateSchema),
});
