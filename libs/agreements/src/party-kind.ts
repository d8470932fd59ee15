import { z } from 'zod';

/** The kinds of organisation that sign a samverkansavtal (see GLOSSARY: Party). */
export const partyKinds = [
  'municipality',
  'region',
  'police',
  'prosecution',
  'probation',
  'countyAdministrativeBoard',
  'associationOfMunicipalities',
  'voluntaryOrganisation',
] as const;

export const partyKindSchema = z.enum(partyKinds);
export type PartyKind = z.infer<typeof partyKindSchema>;

/** Swedish labels, for documents and the designer. */
export const partyKindLabels: Record<PartyKind, string> = {
  municipality: 'Kommun',
  region: 'Region',
  police: 'Polismyndigheten',
  prosecution: 'Åklagarmyndigheten',
  probation: 'Kriminalvården',
  countyAdministrativeBoard: 'Länsstyrelsen',
  associationOfMunicipalities: 'Kommunförbund',
  voluntaryOrganisation: 'Ideell organisation',
};
