/**
 * What a value citing a clause makes of it in the product: a party, a target group (who a
 * case is for, a criterion a case is tried against), an organisation (a role, a
 * body, a sub-region), a meeting rhythm or place, a commitment, a date, a cost, a rule (notice,
 * revision, escalation, confidentiality), a routine (a bound routine or one of its parameters),
 * signature pages, or a note the document prints.
 */
export const encodingKinds = [
  'party',
  'targetGroup',
  'organisation',
  'meeting',
  'commitment',
  'date',
  'cost',
  'rule',
  'routine',
  'signing',
  'note',
] as const;
export type EncodingKind = (typeof encodingKinds)[number];

export const encodingKindLabels: Record<EncodingKind, string> = {
  party: 'Part',
  targetGroup: 'Målgrupp',
  organisation: 'Organisation',
  meeting: 'Möte',
  commitment: 'Åtagande',
  date: 'Datum',
  cost: 'Kostnad',
  rule: 'Regel',
  routine: 'Rutin',
  signing: 'Underskrift',
  note: 'Anteckning',
};

const meetingFields = new Set(['cadence', 'onDemand', 'consultationKinds', 'place']);

/** The kind of a value by where it sits in the version (`['bodies', 3, 'cadence']`). */
export function encodingKindOf(path: readonly (string | number)[]): EncodingKind {
  const fields = path.filter((segment): segment is string => typeof segment === 'string');
  const [section] = fields;
  if (fields.some((field) => meetingFields.has(field))) return 'meeting';
  switch (section) {
    case 'parties':
      return 'party';
    case 'targetGroups':
      return 'targetGroup';
    case 'subRegions':
    case 'roles':
    case 'bodies':
      return 'organisation';
    case 'commitments':
      return fields.includes('recurrence') ? 'date' : 'commitment';
    case 'serviceLevel':
      return 'commitment';
    case 'costSplit':
      return fields.includes('projectPeriod') ? 'date' : 'cost';
    case 'term':
      return 'date';
    case 'followUp':
      return fields.includes('plan') ? 'date' : 'commitment';
    case 'routines':
      return 'routine';
    case 'signing':
      return 'signing';
    case 'notes':
      return 'note';
    case undefined:
    default:
      // withdrawal, revision, escalation, confidentiality, and any section added later.
      return 'rule';
  }
}
