import { type PersonalDataKind } from './personal-data.js';

/**
 * Personal data as people write it, and ordinary Swedish text that must still pass. Used by
 * this lib's unit test and by the API's test, which sends each item wherever case data is
 * accepted. The numbers are made up (19121212-1212 is Skatteverket's example); none is a
 * real person's. Invisible and lookalike characters are written as escapes so they can be read.
 */
export interface PersonalDataSample {
  text: string;
  kind: PersonalDataKind;
  /** How it is written, for the test's name. */
  form: string;
}

export interface OrdinarySample {
  text: string;
  form: string;
}

const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
const digitsFrom = (zero: number) => (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
const arabicIndic = digitsFrom(0x0660);
const persian = digitsFrom(0x06f0);
const devanagari = digitsFrom(0x0966);
const mathBold = digitsFrom(0x1d7ce);
const zwsp = '\u200B';
const zwj = '\u200D';
const zwnj = '\u200C';
const wordJoiner = '\u2060';
const softHyphen = '\u00AD';
const bom = '\uFEFF';
const nbsp = '\u00A0';

const identity = (text: string, form: string): PersonalDataSample => ({ text, kind: 'identityNumber', form });
const phone = (text: string, form: string): PersonalDataSample => ({ text, kind: 'phone', form });
const email = (text: string, form: string): PersonalDataSample => ({ text, kind: 'email', form });
const address = (text: string, form: string): PersonalDataSample => ({ text, kind: 'address', form });

export const identityNumbers: readonly PersonalDataSample[] = [
  identity('811218-9876', 'YYMMDD-NNNN'),
  identity('8112189876', 'YYMMDDNNNN'),
  identity('19811218-9876', 'YYYYMMDD-NNNN'),
  identity('198112189876', 'YYYYMMDDNNNN'),
  identity('121212+1212', 'YYMMDD+NNNN (over a hundred years old)'),
  identity('811218 9876', 'YYMMDD NNNN'),
  identity('19811218 9876', 'YYYYMMDD NNNN'),
  identity('1912 12 12-1212', 'spaces inside the date'),
  identity('1981-12-18-9876', 'hyphens inside the date'),
  identity('19.12.12.12-1212', 'dots inside the date'),
  identity('81.12.18-9876', 'YY.MM.DD-NNNN'),
  identity('81/12/18-9876', 'slashes inside the date'),
  identity('12-12-12-1212', 'YY-MM-DD-NNNN'),
  identity('811218 - 9876', 'a spaced hyphen'),
  identity('811218\u20139876', 'an en dash'),
  identity('811218\u20119876', 'a non-breaking hyphen'),
  identity('811218\u22129876', 'a minus sign'),
  identity(`811218${nbsp}9876`, 'a no-break space'),
  identity('(811218-9876)', 'in brackets'),
  identity('811218-9877', 'a wrong check digit'),
  identity(fullWidth('19121212-1212'), 'full-width digits'),
  identity(fullWidth('811218') + '－' + fullWidth('9876'), 'full-width digits and hyphen'),
  identity(arabicIndic('19121212-1212'), 'Arabic-Indic digits'),
  identity(persian('811218-9876'), 'Persian digits'),
  identity(devanagari('19121212-1212'), 'Devanagari digits'),
  identity(mathBold('198112189876'), 'mathematical bold digits'),
  identity(`1912${zwj}1212-1212`, 'a zero-width joiner'),
  identity(`8112${zwsp}18-98${zwsp}76`, 'zero-width spaces'),
  identity(`811218${softHyphen}9876`, 'a soft hyphen'),
  identity(`81${wordJoiner}12${wordJoiner}18${zwnj}9876`, 'word joiners and a zero-width non-joiner'),
  identity(`${bom}811218-9876`, 'a byte order mark'),
  identity('1\u03322\u03321\u03322\u03321\u03322-1212', 'combining marks on the digits'),
  identity('Ring mamman, pnr 811218-9876, i morgon', 'inside a sentence'),
  identity('Barnet (20120101-1234) behöver skydd', 'in brackets inside a sentence'),
  identity('701063-2391', 'co-ordination number YYMMDD-NNNN'),
  identity('19701063-2391', 'co-ordination number YYYYMMDD-NNNN'),
  identity('7010632391', 'co-ordination number YYMMDDNNNN'),
  identity('197010632391', 'co-ordination number YYYYMMDDNNNN'),
  identity('70 10 63-2391', 'co-ordination number with spaces'),
  identity('1970.10.63-2391', 'co-ordination number with dots'),
  identity(fullWidth('701063-2391'), 'co-ordination number in full-width digits'),
  identity('samordningsnummer 850391-1234', 'co-ordination number on the 31st'),
];

export const phoneNumbers: readonly PersonalDataSample[] = [
  phone('070-693 54 63', 'mobile, the usual way'),
  phone('0706935463', 'mobile, ten digits'),
  phone('070 693 54 63', 'mobile with spaces'),
  phone('070-6935463', 'mobile with one hyphen'),
  phone('(070) 693 54 63', 'area code in brackets'),
  phone('070/693 54 63', 'area code before a slash'),
  phone('070.693.54.63', 'dots'),
  phone('070 - 693 54 63', 'a spaced hyphen'),
  phone('070\u2013693 54 63', 'an en dash'),
  phone('08-123 456 78', 'Stockholm landline'),
  phone('08-12 34 56', 'short Stockholm landline'),
  phone('(08) 123 456 78', 'Stockholm in brackets'),
  phone('063-14 30 00', 'Östersund landline'),
  phone('0980-123 45', 'Kiruna landline'),
  phone('031/123 45 67', 'Gothenburg with a slash'),
  phone('+46 70 693 54 63', '+46 with spaces'),
  phone('+46706935463', '+46 in one'),
  phone('+46 (0)70-693 54 63', '+46 with the trunk zero in brackets'),
  phone('0046 70 693 54 63', '0046'),
  phone('0046706935463', '0046 in one'),
  phone('+46 8 123 456 78', '+46 Stockholm'),
  phone('+47 22 12 34 56', 'Norway'),
  phone('+358 40 123 4567', 'Finland'),
  phone('\uFF0B46 70 693 54 63', 'full-width plus'),
  phone(fullWidth('070-693 54 63'), 'full-width digits'),
  phone(arabicIndic('070-693 54 63'), 'Arabic-Indic digits'),
  phone(`070${zwsp}693${zwsp}54${zwsp}63`, 'zero-width spaces for spaces'),
  phone(`07${zwj}06${zwj}93${zwj}54${zwj}63`, 'zero-width joiners'),
  phone(`070${nbsp}693${nbsp}54${nbsp}63`, 'no-break spaces'),
  phone('070\u2009693\u202F54\u200A63', 'thin and narrow spaces'),
  phone('693 54 63', 'local, no area code'),
  phone('tel. 070-693 54 63', 'after tel.'),
  phone('Ring henne på 0706-93 54 63 efter kl. 17', 'inside a sentence'),
];

export const emailAddresses: readonly PersonalDataSample[] = [
  email('anna.andersson@example.se', 'plain'),
  email('ANNA.ANDERSSON@EXAMPLE.SE', 'capitals'),
  email('anna.a+samrad@sub.example.co.uk', 'plus and subdomains'),
  email('anna@example', 'no top-level domain'),
  email('anna(at)example.se', '(at)'),
  email('anna (at) example.se', '(at) with spaces'),
  email('anna[at]example.se', '[at]'),
  email('anna [at] example dot se', '[at] and dot'),
  email('anna {at} example {dot} se', '{at} and {dot}'),
  email('anna at example dot se', 'at and dot spelt out'),
  email('anna (snabel-a) example (punkt) se', 'snabel-a and punkt'),
  email('anna snabel-a example punkt se', 'snabel-a and punkt spelt out'),
  email('anna\uFF20example.se', 'full-width at sign'),
  email('anna\uFE6Bexample.se', 'small at sign'),
  email('anna @ example.se', 'spaces around @'),
  email(`anna@${zwsp}example.se`, 'a zero-width space after @'),
  email(`an${zwj}na@exa${zwsp}mple.se`, 'zero-width characters inside'),
  email('\uFF41\uFF4E\uFF4E\uFF41@example.se', 'full-width letters'),
  email('Skriv till anna.andersson@example.se i dag', 'inside a sentence'),
];

export const postalAddresses: readonly PersonalDataSample[] = [
  address('Storgatan 12', 'street and number'),
  address('Rådhusgatan 4B', 'street, number and letter'),
  address('Kyrkvägen 3', 'a vägen'),
  address('Kyrkvägen-3', 'a hyphen before the number'),
  address(`Stor${zwsp}gatan 12`, 'a zero-width space in the street'),
  address('831 30 Östersund', 'postcode and town'),
  address('SE-831 30 Östersund', 'SE-postcode and town'),
  address('83130 Östersund', 'postcode in one'),
];

/** Everything the guard must refuse. */
export const personalDataCorpus: readonly PersonalDataSample[] = [
  ...identityNumbers,
  ...phoneNumbers,
  ...emailAddresses,
  ...postalAddresses,
];

/** Ordinary Swedish text (and the product's own keys and references) the guard must let through. */
export const ordinaryTexts: readonly OrdinarySample[] = [
  { text: '2025-03-01', form: 'an ISO date' },
  { text: '1 mars 2025', form: 'a date in words' },
  { text: '01.03.2025', form: 'a dotted date' },
  { text: '1/3 2025', form: 'a date with a slash' },
  { text: '2025-03-01 – 2025-03-31', form: 'a period' },
  { text: '2025-03-01–2025-03-31', form: 'a period without spaces' },
  { text: '01.03–31.03', form: 'a period without years' },
  { text: '2025-03-01 09.00', form: 'a date and a time' },
  { text: '2026-03-31T09:00:00+02:00', form: 'an ISO instant with offset' },
  { text: '2026-03-31T07:00:00.000Z', form: 'an ISO instant in UTC' },
  { text: '10.1', form: 'a clause number' },
  { text: '§17', form: 'a paragraph sign' },
  { text: '§§ 10–12', form: 'a range of paragraphs' },
  { text: 'punkt 10.1 och 10.2', form: 'two clause numbers' },
  { text: '10.1 10.2 10.3 10.4', form: 'a list of clause numbers' },
  { text: '4 kap. 4 a § brottsbalken', form: 'a law reference' },
  { text: 'SFS 2017:900', form: 'a statute number' },
  { text: '10 kr', form: 'a small amount' },
  { text: '1 500 000 kr', form: 'an amount with thousands apart' },
  { text: '10 000 000 kronor', form: 'ten million' },
  { text: '12 500 kr per år', form: 'a yearly amount' },
  { text: '0,5 procent', form: 'a percentage' },
  { text: '09:00', form: 'a time' },
  { text: 'kl. 9', form: 'a time in words' },
  { text: 'kl. 09.00', form: 'a dotted time' },
  { text: 'kl. 09.00–10.00', form: 'a span of time' },
  { text: 'tisdagar 09.00 - 11.30', form: 'a weekly time' },
  { text: 'inom 48 timmar', form: 'a duration in words' },
  { text: 'PT48H', form: 'an ISO duration' },
  { text: 'vecka 12', form: 'a week number' },
  { text: 'avtalsperioden 2024–2027', form: 'a span of years' },
  { text: 'Under 2024 hölls 52 samråd', form: 'a sentence with numbers' },
  { text: 'Riskbedömning enligt Patriark inom 2 veckor', form: 'a short title with a number' },
  { text: 'handlingsplan 2025', form: 'a plan and a year' },
  { text: 'RVC-2611-KQZTMB', form: 'a generated case reference' },
  { text: 'SAMRAD-2603-ABCDEF', form: 'another case reference' },
  { text: 'ostersunds-kommun', form: 'a municipality key' },
  { text: 'polisen-region-nord', form: 'a party key' },
  { text: 'consultation.outcome.recorded', form: 'an event type' },
  { text: 'riskAssessment', form: 'an enumerated value' },
  { text: 'a1', form: 'an assigned action key' },
  { text: 'AT-läkare', form: 'a word with AT' },
];
