import { z } from 'zod';
import { clauseRefSchema, textSchema } from './primitives.js';

/** What a victim can expect from every party wherever they live (garantinivå, basnivå). */
export const serviceLevelStatementSchema = z.strictObject({
  text: textSchema,
  clause: clauseRefSchema,
});
export type ServiceLevelStatement = z.infer<typeof serviceLevelStatementSchema>;
