import { z } from 'zod';
import { clauseRefSchema, textSchema } from './primitives.js';

/** The legal basis on which a case is discussed between authorities. */
export const consentBases = ['consent', 'deidentified'] as const;
export const consentBasisSchema = z.enum(consentBases);
export type ConsentBasis = z.infer<typeof consentBasisSchema>;

/** Informationsutbyte och sekretess. */
export const confidentialitySchema = z.strictObject({
  /** The law the parties observe, as the text names it. */
  law: textSchema,
  clause: clauseRefSchema,
  caseBasis: z.strictObject({ bases: z.array(consentBasisSchema).min(1), clause: clauseRefSchema }).optional(),
});
export type Confidentiality = z.infer<typeof confidentialitySchema>;
