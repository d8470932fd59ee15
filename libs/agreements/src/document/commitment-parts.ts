import { describeCadence } from '../describe/cadence.js';
import { levelLabels } from '../describe/labels.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type Commitment, type CommitmentRecurrence } from '../schema/commitment.js';
import { type PartView } from './document-view.js';
import { type Names } from './names.js';
import { part, row, table } from './parts.js';
import { capitalize, formatDateSv, listSv } from './swedish-words.js';

/**
 * Parternas åtaganden, grouped by who owes them as the text groups them ("samtliga parter",
 * "samtliga kommuner", one party, a role): groups in the order the text first names them, each
 * commitment in its own words with its clause and when it falls due.
 */
export function commitmentParts(version: AgreementVersion, names: Names): PartView[] {
  const commitments = version.commitments ?? [];
  const withLevel = commitments.some((c) => c.level !== undefined);
  const groups = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const id = [...new Set(commitment.by)].sort().join(' ');
    groups.set(id, [...(groups.get(id) ?? []), commitment]);
  }
  const cite = names.citeColumn(commitments.map((c) => c.clause));
  const headers = ['Åtagande', 'När', ...(withLevel ? ['Nivå'] : []), cite.header];
  const variant = `${withLevel ? 't-commitments-level' : 't-commitments'}${cite.wide ? ' t-wide-cite' : ''}`;
  return [...groups.values()].map((group) => {
    const heading = names.groupHeading(group[0]?.by ?? []);
    const rows = group.map((c) =>
      row(c.text, when(c, names), ...(withLevel ? [c.level ? capitalize(levelLabels[c.level]) : '–'] : []), c.clause),
    );
    return part({ heading, table: table(variant, `Åtaganden: ${heading}`, headers, rows) });
  });
}

function when(commitment: Commitment, names: Names): string {
  const words: string[] = [];
  switch (commitment.kind) {
    case 'standing':
      words.push('Löpande');
      break;
    case 'recurring':
      words.push(commitment.recurrence ? recurrence(commitment.recurrence, names) : 'Återkommande');
      break;
    case 'dueByDate':
      words.push(commitment.due ? `Senast ${formatDateSv(commitment.due)}` : 'Vid ett datum som texten inte anger');
      break;
  }
  if (commitment.reportsTo) words.push(`rapporteras till ${listSv(commitment.reportsTo.map((key) => names.of(key)))}`);
  if (commitment.countyChoice) words.push(`länets eget val: ${commitment.countyChoice.note}`);
  return words.join('; ');
}

function recurrence(value: CommitmentRecurrence, names: Names): string {
  switch (value.kind) {
    case 'meetingsOf':
      return `Vid varje möte i ${names.of(value.body)}`;
    case 'recurrence':
    case 'countPerPeriod':
      return capitalize(describeCadence(value));
  }
}
