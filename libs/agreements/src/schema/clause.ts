import { z } from 'zod';
import { keySchema, textSchema } from './primitives.js';

/** What a clause is about, so a document can be laid out in the Operation Norrsken order. */
export const clauseTopics = [
  'agreement',
  'parties',
  'contents',
  'background',
  'purpose',
  'goals',
  'targetGroup',
  'principles',
  'governance',
  'commitments',
  'coordinator',
  'meetings',
  'costs',
  'documentation',
  'followUp',
  'confidentiality',
  'validity',
  'revision',
  'escalation',
  'liability',
  'references',
  'signatures',
  'proposal',
] as const;
export const clauseTopicSchema = z.enum(clauseTopics);
export type ClauseTopic = z.infer<typeof clauseTopicSchema>;

/**
 * One section of the text. It is cited by its `number` as printed (`"10.1"`, `"§ 8"`), or by its
 * `title` when the text does not number its sections (a memo, a plan): see `clauseCitation`.
 */
export const clauseSchema = z.strictObject({
  number: z.string().trim().min(1).max(20).optional(),
  title: textSchema,
  /** The wording; paragraphs are separated by a blank line, list items start with "- ". Absent
   * for a heading whose content is in its sub-clauses, or a table of contents. */
  text: textSchema.optional(),
  topic: clauseTopicSchema.optional(),
  /** The source document, when the version has more than one. */
  source: keySchema.optional(),
  /**
   * Why the clause is kept as text only, in Swedish: no rule, commitment, date, cost or routine
   * step is encoded from it ("bakgrund, inget åtagande"). The coverage view (`clauseCoverageOf`)
   * counts a clause with text as accounted for when a value cites it or it says why it is not.
   */
  textOnly: textSchema.optional(),
});
export type Clause = z.infer<typeof clauseSchema>;

/** The string other values cite this clause by. */
export function clauseCitation(clause: Pick<Clause, 'number' | 'title'>): string {
  return clause.number ?? clause.title;
}
