import { z } from 'zod';
import { cadenceSchema } from './cadence.js';
import { levelSchema } from './level.js';
import { clauseRefSchema, countyChoiceSchema, isoDateSchema, keySchema, textSchema } from './primitives.js';

export const commitmentKinds = ['standing', 'recurring', 'dueByDate'] as const;
export const commitmentKindSchema = z.enum(commitmentKinds);
export type CommitmentKind = z.infer<typeof commitmentKindSchema>;

/** A recurring commitment that falls due at every meeting of a body ("Delta i samrådsmöten"). */
export const meetingsOfRecurrenceSchema = z.strictObject({
  kind: z.literal('meetingsOf'),
  body: keySchema,
  clause: clauseRefSchema,
});

export const commitmentRecurrenceSchema = z.discriminatedUnion('kind', [
  ...cadenceSchema.options,
  meetingsOfRecurrenceSchema,
]);
export type CommitmentRecurrence = z.infer<typeof commitmentRecurrenceSchema>;

/**
 * Something the parties have promised (åtagande), as worded in the clause it comes from.
 * `standing`: holds all the time; `recurring`: falls due again and again (`recurrence`);
 * `dueByDate`: done once, by `due`.
 */
export const commitmentSchema = z.strictObject({
  key: keySchema,
  /** Who owes it: parties, roles or bodies, by key. */
  by: z.array(keySchema).min(1),
  text: textSchema,
  kind: commitmentKindSchema,
  recurrence: commitmentRecurrenceSchema.optional(),
  due: isoDateSchema.optional(),
  /** The bodies it is reported to. */
  reportsTo: z.array(keySchema).min(1).optional(),
  /** County, sub-region or local responsibility, where the text sorts them so (Norrbotten). */
  level: levelSchema.optional(),
  clause: clauseRefSchema,
  countyChoice: countyChoiceSchema(['due', 'recurrence', 'by']).optional(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
