import { z } from 'zod';
import { templateRefSchema } from './template-ref-schema.js';
import { clauseRefSchema, isoDurationSchema, keySchema, textSchema } from './primitives.js';

/** Where a binding or a parameter comes from: a clause of this agreement, or the template as is. */
export const bindingSourceSchema = z.union([z.literal('template'), z.strictObject({ clause: clauseRefSchema })]);
export type BindingSource = z.infer<typeof bindingSourceSchema>;

const nameSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a name is camelCase');

/**
 * Where a parameter's value comes from: a clause of this agreement, the template as is, or the
 * county's own choice where the text gives no value (`note` says why, in Swedish). Without it
 * the value comes from where the binding does.
 */
export const parameterSourceSchema = z.union([
  bindingSourceSchema,
  z.strictObject({ countyChoice: z.strictObject({ note: textSchema }) }),
]);
export type ParameterSource = z.infer<typeof parameterSourceSchema>;

/** A typed value for a routine template's parameter. `source` overrides the binding's. */
export const parameterValueSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('duration'), value: isoDurationSchema, source: parameterSourceSchema.optional() }),
  z.strictObject({
    type: z.literal('workingDays'),
    value: z.number().int().positive(),
    source: parameterSourceSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('count'),
    value: z.number().int().nonnegative(),
    source: parameterSourceSchema.optional(),
  }),
  z.strictObject({ type: z.literal('text'), value: textSchema, source: parameterSourceSchema.optional() }),
  z.strictObject({ type: z.literal('boolean'), value: z.boolean(), source: parameterSourceSchema.optional() }),
]);
export type ParameterValue = z.infer<typeof parameterValueSchema>;

/**
 * Which parties or roles play a template role. With `choose: 'homeMunicipality'` one of the
 * listed municipalities plays it in each case: the case's home municipality.
 */
export const roleBindingSchema = z.strictObject({
  to: z.array(keySchema).min(1),
  choose: z.literal('homeMunicipality').optional(),
});
export type RoleBinding = z.infer<typeof roleBindingSchema>;

/** A routine template bound to this agreement's parties, with its parameters. */
export const routineBindingSchema = z.strictObject({
  key: keySchema,
  template: templateRefSchema,
  source: bindingSourceSchema,
  description: textSchema.optional(),
  parameters: z.record(nameSchema, parameterValueSchema).optional(),
  roles: z.record(nameSchema, roleBindingSchema),
  /**
   * The agreement's target groups (`targetGroups`) a case of this routine is for: a case is
   * started with an attestation that the person belongs to one of them, and refused otherwise.
   * Absent for a routine about no person (the agreement's own lifecycle).
   */
  targetGroups: z.array(keySchema).min(1).optional(),
});
export type RoutineBinding = z.infer<typeof routineBindingSchema>;
