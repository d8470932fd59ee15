import { z } from 'zod';
import { partyKindSchema } from '../party-kind.js';
import { populationSchema } from './population.js';
import { clauseRefSchema, keySchema, municipalityCodeSchema, textSchema } from './primitives.js';

/**
 * An organisation that is party to the agreement. Keys are shared by every county that names
 * the same organisation (an organisation may be party to several agreements), and share one
 * namespace with roles and bodies inside a version.
 */
export const partySchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  kind: partyKindSchema,
  /** Required for a municipality, absent otherwise. */
  municipalityCode: municipalityCodeSchema.optional(),
  /** Only where a cost split by population uses it. */
  population: populationSchema.optional(),
  clause: clauseRefSchema,
});
export type Party = z.infer<typeof partySchema>;
