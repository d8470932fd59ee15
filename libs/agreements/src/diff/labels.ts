/** Swedish nouns carry a gender that the participle follows: "namn ändrat", "mötesfrekvens ändrad". */
export type Gender = 'en' | 'ett' | 'pl';

export interface Label {
  word: string;
  gender: Gender;
}

const participles: Record<'added' | 'removed' | 'changed', Record<Gender, string>> = {
  added: { en: 'tillagd', ett: 'tillagt', pl: 'tillagda' },
  removed: { en: 'borttagen', ett: 'borttaget', pl: 'borttagna' },
  changed: { en: 'ändrad', ett: 'ändrat', pl: 'ändrade' },
};

export function participle(kind: 'added' | 'removed' | 'changed', gender: Gender): string {
  return participles[kind][gender];
}

const l = (word: string, gender: Gender): Label => ({ word, gender });

/** The sections in document order, with their headings and the noun for the whole section. */
export const sectionTitles = {
  general: 'Allmänt',
  county: 'Län',
  sources: 'Källdokument',
  parties: 'Parter',
  targetGroups: 'Målgrupp',
  subRegions: 'Länsdelar',
  roles: 'Roller',
  bodies: 'Ledning och styrning',
  commitments: 'Parternas åtaganden',
  serviceLevel: 'Garantinivå',
  costSplit: 'Ekonomi och kostnadsfördelning',
  term: 'Giltighet',
  withdrawal: 'Uppsägning',
  revision: 'Revidering',
  escalation: 'Om samverkan inte fungerar',
  followUp: 'Dokumentation och uppföljning',
  confidentiality: 'Informationsutbyte och sekretess',
  routines: 'Rutiner',
  signing: 'Underskrifter',
  notes: 'Anteckningar',
  clauses: 'Paragrafer',
} as const;
export type DiffSection = keyof typeof sectionTitles;

/** A section that is one object, named as a whole when it comes or goes. */
export const sectionNouns: Partial<Record<DiffSection, Label>> = {
  county: l('Län', 'ett'),
  serviceLevel: l('Garantinivå', 'en'),
  costSplit: l('Kostnadsfördelning', 'en'),
  term: l('Giltighet', 'en'),
  withdrawal: l('Uppsägningsregler', 'pl'),
  revision: l('Revidering', 'en'),
  escalation: l('Eskaleringsordning', 'en'),
  followUp: l('Uppföljning', 'en'),
  confidentiality: l('Sekretessregler', 'pl'),
  signing: l('Underskrifter', 'pl'),
  notes: l('Anteckningar', 'pl'),
};

/** What one item of a keyed list is called ("Part tillagd: Kriminalvården"). */
export const itemNouns: Record<string, Label> = {
  parties: l('Part', 'en'),
  subRegions: l('Länsdel', 'en'),
  roles: l('Roll', 'en'),
  bodies: l('Grupp', 'en'),
  commitments: l('Åtagande', 'ett'),
  routines: l('Rutin', 'en'),
  clauses: l('Paragraf', 'en'),
  sources: l('Källdokument', 'ett'),
  items: l('Kostnadspost', 'en'),
  totals: l('Summa', 'en'),
  funding: l('Finansiering', 'en'),
};

/** Field names in Swedish. */
export const fieldLabels: Record<string, Label> = {
  key: l('nyckel', 'en'),
  title: l('rubrik', 'en'),
  shortName: l('kortnamn', 'ett'),
  kind: l('typ', 'en'),
  date: l('datum', 'ett'),
  extends: l('mall', 'en'),
  code: l('länskod', 'en'),
  name: l('namn', 'ett'),
  reference: l('diarienummer', 'ett'),
  issuedBy: l('utfärdare', 'en'),
  municipalityCode: l('kommunkod', 'en'),
  population: l('invånarantal', 'ett'),
  clause: l('paragrafhänvisning', 'en'),
  level: l('nivå', 'en'),
  subRegion: l('länsdel', 'en'),
  providedBy: l('huvudman', 'en'),
  extentPercent: l('omfattning', 'en'),
  substitutes: l('antal ersättare', 'ett'),
  mandate: l('uppdrag', 'ett'),
  members: l('ledamöter', 'pl'),
  convener: l('sammankallande', 'en'),
  place: l('mötesplats', 'en'),
  cadence: l('mötesfrekvens', 'en'),
  onDemand: l('möten vid behov', 'pl'),
  consultationKinds: l('typer av samråd', 'pl'),
  reportsTo: l('rapportering', 'en'),
  by: l('ansvariga', 'pl'),
  text: l('text', 'en'),
  recurrence: l('intervall', 'ett'),
  due: l('sista dag', 'en'),
  countyChoice: l('länets eget val', 'ett'),
  amount: l('belopp', 'ett'),
  method: l('fördelningsmetod', 'en'),
  label: l('benämning', 'en'),
  funder: l('finansiär', 'en'),
  description: l('beskrivning', 'en'),
  approximate: l('uppskattning', 'en'),
  year: l('år', 'ett'),
  covers: l('poster', 'pl'),
  deduct: l('avdrag före fördelningen', 'ett'),
  reading: l('läsning av texten', 'en'),
  projectPeriod: l('projektperiod', 'en'),
  participatesAs: l('medverkan utan att vara part', 'en'),
  selfFunded: l('parter som bär sina egna kostnader', 'pl'),
  otherCostsDecidedBy: l('beslut om övriga kostnader', 'ett'),
  start: l('startdatum', 'ett'),
  end: l('slutdatum', 'ett'),
  renewal: l('förlängning', 'en'),
  noticePeriod: l('uppsägningstid', 'en'),
  effectiveAt: l('tidpunkt för utträde', 'en'),
  inWriting: l('krav på skriftlig uppsägning', 'ett'),
  requestedBy: l('rätt att begära revidering', 'en'),
  condition: l('villkor', 'ett'),
  levels: l('nivåer', 'pl'),
  plan: l('uppföljningsplan', 'en'),
  annualReport: l('årlig rapport', 'en'),
  recipients: l('mottagare', 'pl'),
  contents: l('innehåll', 'ett'),
  law: l('lag', 'en'),
  caseBasis: l('grund för att dra ärenden', 'en'),
  template: l('mall', 'en'),
  source: l('ursprung', 'ett'),
  parameters: l('parametrar', 'pl'),
  roles: l('roller', 'pl'),
  parties: l('undertecknande parter', 'pl'),
  copies: l('antal exemplar', 'ett'),
  number: l('nummer', 'ett'),
  topic: l('ämne', 'ett'),
  textOnly: l('skäl att bara stå som text', 'ett'),
  items: l('poster', 'pl'),
  totals: l('summor', 'pl'),
  funding: l('finansiering', 'en'),
  shares: l('andelar', 'pl'),
  payers: l('betalare', 'pl'),
};

export function fieldLabel(field: string): Label {
  return fieldLabels[field] ?? l(field, 'ett');
}
