import { isoDateSchema, keySchema, roleBindingSchema } from '@samverkan/agreements';
import { type StateValue } from 'xstate';
import { z } from 'zod';
import { payloadSchema } from '../definition/payload-fields.js';
import { type RoutineContext } from '../registry/routine-context.js';

/** The form of a stored snapshot's parts, checked before XState rebuilds it. */
export const stateValueSchema: z.ZodType<StateValue> = z.lazy(() =>
  z.union([z.string(), z.record(z.string(), stateValueSchema)]),
);

const parameterSettingSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('duration'), value: z.string() }),
  z.strictObject({ type: z.literal('workingDays'), value: z.number().int() }),
  z.strictObject({ type: z.literal('count'), value: z.number().int() }),
  z.strictObject({ type: z.literal('boolean'), value: z.boolean() }),
  z.strictObject({ type: z.literal('text'), value: z.string() }),
]);

export const routineContextSchema: z.ZodType<RoutineContext> = z.strictObject({
  parameters: z.record(z.string(), parameterSettingSchema),
  roles: z.record(z.string(), roleBindingSchema),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  done: z.record(z.string(), z.array(z.string())),
  records: payloadSchema.extend({
    withdrawalEffectiveOn: isoDateSchema.optional(),
    withdrawingParty: keySchema.optional(),
  }),
});
