import { z } from 'zod';
import { isoDateSchema, keySchema, textSchema } from './primitives.js';

/** What kind of document a text is: a signed agreement is not a memo or a proposal. */
export const sourceKinds = ['agreement', 'decision', 'minutes', 'plan', 'investigation', 'memo'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** A document the version was encoded from; clauses name it when there is more than one. */
export const sourceSchema = z.strictObject({
  key: keySchema,
  kind: sourceKindSchema,
  title: textSchema,
  /** Date printed on the document, where it has one. */
  date: isoDateSchema.optional(),
  /** Its registration number (diarienummer, Dnr), where it has one. */
  reference: textSchema.optional(),
  /** Who issued it (an organisation or a group, never a person). */
  issuedBy: textSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
