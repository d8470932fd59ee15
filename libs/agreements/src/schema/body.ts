import { z } from 'zod';
import { cadenceSchema, countPerPeriodCadenceSchema } from './cadence.js';
import { clauseRefSchema, keySchema, textSchema } from './primitives.js';

export const bodyKinds = ['leadership', 'steering', 'working', 'consultation'] as const;
export const bodyKindSchema = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKindSchema>;

/** The kinds of consultation (samråd) a consultation body holds. */
export const consultationKinds = ['planning', 'consultative', 'acute', 'followUp'] as const;
export const consultationKindSchema = z.enum(consultationKinds);
export type ConsultationKind = z.infer<typeof consultationKindSchema>;

/**
 * A seat in a body: a party (with the function that sits, e.g. "Chefsåklagaren"), a role, or a
 * seat the text describes without naming one organisation ("en kommunrepresentant från norra
 * länsdelen" is a role; "personer med beslutsmandat från involverade myndigheter" is a seat).
 * `clause` where the seat comes from another clause than the body itself.
 */
export const memberSchema = z.union([
  z.strictObject({ party: keySchema, function: textSchema.optional(), clause: clauseRefSchema.optional() }),
  z.strictObject({ role: keySchema, clause: clauseRefSchema.optional() }),
  z.strictObject({ seat: textSchema, clause: clauseRefSchema.optional() }),
]);
export type Member = z.infer<typeof memberSchema>;

/** A body: leadership group, steering group, working group or the standing consultation group. */
export const bodySchema = z.strictObject({
  key: keySchema,
  kind: bodyKindSchema,
  name: textSchema,
  /** The clause that establishes the body (and its members, unless a member says otherwise). */
  clause: clauseRefSchema,
  /** Its task in the text's words. */
  mandate: textSchema.optional(),
  subRegion: keySchema.optional(),
  members: z.array(memberSchema).optional(),
  /** The party or role that calls the meetings. */
  convener: z.strictObject({ ref: keySchema, clause: clauseRefSchema }).optional(),
  place: z.strictObject({ name: textSchema, clause: clauseRefSchema }).optional(),
  cadence: cadenceSchema.optional(),
  /** Meetings called when needed besides the regular ones ("Vid behov kan akuta samråd sammankallas"). */
  onDemand: z.strictObject({ description: textSchema, clause: clauseRefSchema }).optional(),
  consultationKinds: z
    .strictObject({ kinds: z.array(consultationKindSchema).min(1), clause: clauseRefSchema })
    .optional(),
  /** The body it reports to and, where the text says, how often. */
  reportsTo: z
    .strictObject({ body: keySchema, cadence: countPerPeriodCadenceSchema.optional(), clause: clauseRefSchema })
    .optional(),
});
export type Body = z.infer<typeof bodySchema>;
