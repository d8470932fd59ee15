import { z } from 'zod';
import { partyKindSchema } from '../party-kind.js';
import { populationSchema } from './population.js';
import { clauseRefSchema, keySchema, municipalityCodeSchema, textSchema } from './primitives.js';

/**
 * The role of an organisation the text names without making it a party: it hosts a function
 * (Kommunförbundet as huvudman of the support centre, seed 003 § 3) or coordinates the work
 * towards the agreement (Länsstyrelsen leading the project group, § 7). It does not sign.
 */
export const participantRoles = ['host', 'projectCoordinator'] as const;
export const participantRoleSchema = z.enum(participantRoles);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

/**
 * An organisation of the agreement. Without `participatesAs` it is a party: it signs and is
 * counted among the parties. With it, it takes part in the role it names without being a party
 * (no signature page, not in the count, not in "samtliga parter"), but roles, bodies and routines
 * may still refer to it and its staff may still act in the routines.
 * Keys are shared by every county that names the same organisation (an organisation may be party
 * to several agreements), and share one namespace with roles and bodies inside a version.
 */
export const partySchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  kind: partyKindSchema,
  /** Required for a municipality, absent otherwise. */
  municipalityCode: municipalityCodeSchema.optional(),
  /** Only where a cost split by population uses it. */
  population: populationSchema.optional(),
  /** Present for an organisation that takes part without being a party, in the role named. */
  participatesAs: z
    .strictObject({ role: participantRoleSchema, description: textSchema, clause: clauseRefSchema })
    .optional(),
  clause: clauseRefSchema,
});
export type Party = z.infer<typeof partySchema>;

/** Whether an organisation of the agreement is a party (signs, is counted), not a participant. */
export function isParty(party: Pick<Party, 'participatesAs'>): boolean {
  return party.participatesAs === undefined;
}
