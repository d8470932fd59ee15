import { formatKronor } from '../describe/money.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type CostSplit, type Funding } from '../schema/cost-split.js';
import { costSplitOf, type FundedCostSplit } from '../views/cost-split-of.js';
import { deductionYearsOf, isDeducting } from '../views/funding-groups.js';
import { type PartView, type RowView } from './document-view.js';
import { type Names } from './names.js';
import { amountCell, part, row, table } from './parts.js';
import { formatDateSv } from './swedish-words.js';

/** An amount that never breaks across lines: "1 710 000 kr" with no-break spaces. */
export function kronor(ore: number): string {
  return formatKronor(ore).replace(/ /g, '\u00a0');
}

/** Finansiering: every funding, what it amounts to, and whether and how it reduces the split. */
export function fundingTable(split: CostSplit, names: Names): PartView[] {
  const funding = split.funding ?? [];
  if (funding.length === 0) return [];
  const rows = funding.map((f) => {
    const sum = f.amount === undefined ? 'Ej angivet' : `${f.approximate ? 'omkring ' : ''}${kronor(f.amount)}`;
    const how = [f.description, effect(f, split, names), f.reading ? `Läsning: ${f.reading.note}` : undefined]
      .filter((text): text is string => text !== undefined)
      .join(' ');
    return row(f.funder, amountCell(f.year === undefined ? sum : `${sum} (${f.year})`), how, f.clause);
  });
  const cite = names.citeColumn(funding.map((f) => f.clause));
  return [
    part({
      heading: 'Finansiering',
      table: table(
        `t-funding${cite.wide ? ' t-wide-cite' : ''}`,
        'Finansiering',
        ['Finansiär', 'Belopp', 'Beskrivning och hur den räknas', cite.header],
        rows,
      ),
    }),
  ];
}

function effect(f: Funding, split: CostSplit, names: Names): string {
  if (!isDeducting(f)) return 'Dras inte av från fördelningen.';
  const what = columnLabel(split, f.covers, names);
  return f.deduct === 'whole'
    ? `Betalar hela ${what} ${f.year}.`
    : `Dras av från ${what} ${f.year} innan resten fördelas.`;
}

function columnLabel(split: CostSplit, covers: readonly string[], names: Names): string {
  const total = (split.totals ?? []).find(
    (t) => t.items.length === covers.length && t.items.every((key) => covers.includes(key)),
  );
  if (total) return `”${total.label}”`;
  const items = split.items ?? [];
  return names.group(covers.map((key) => items.find((item) => item.key === key)?.name ?? key));
}

/**
 * Where funding reduces the split (seed 003 § 6.1), one part per year of the project period (or
 * per year some funding reduces): the gross of each reduced set of items, each funding, the net,
 * and what each party pays without funding and with it, exact in öre.
 */
export function yearlyFundingParts(version: AgreementVersion, names: Names): PartView[] {
  const split = version.costSplit;
  if (!split) return [];
  const deducting = deductionYearsOf(split);
  if (deducting.length === 0) return [];
  const period = split.projectPeriod;
  const years = period ? yearsBetween(period.start.date, period.end.date) : deducting;
  const parts: PartView[] = [];
  if (period) {
    const reading = [period.start, period.end].flatMap((d) => (d.reading ? [`Läsning: ${d.reading.note}`] : []));
    parts.push(
      part({
        heading: 'Projektperiod',
        citation: names.according([period.start.clause, period.end.clause]),
        paragraphs: [
          `Finansieringen avser projektperioden ${formatDateSv(period.start.date)}–${formatDateSv(period.end.date)}.`,
          ...reading,
        ],
      }),
    );
  }
  for (const year of years) parts.push(...yearParts(version, year, names));
  return parts;
}

function yearParts(version: AgreementVersion, year: number, names: Names): PartView[] {
  const view = costSplitOf(version, year);
  const paragraphs: string[] = [];
  const rows: RowView[] = [];
  for (const group of view.funded) rows.push(...groupRows(group));
  if (view.funded.length === 0) {
    paragraphs.push(`Texten anger ingen finansiering som minskar kostnaden ${year}; hela kostnaden fördelas.`);
  }
  for (const group of view.funded) {
    if (group.status === 'cannotCompute') {
      paragraphs.push(`${group.label} kan inte räknas: ${group.problems.map((p) => p.message.sv).join(' ')}`);
    }
  }
  const parts: PartView[] = [];
  if (rows.length > 0) {
    parts.push(
      part({
        heading: `Kostnad och finansiering ${year}`,
        table: table('t-funded', `Kostnad och finansiering ${year}`, ['Post', 'Belopp', 'Punkt'], rows),
      }),
    );
  }
  const payers = view.payers.map((p) =>
    row(
      names.of(p.partyKey),
      amountCell(kronor(p.grossOre)),
      amountCell(kronor(p.grossOre - p.netOre)),
      amountCell(kronor(p.netOre)),
    ),
  );
  const sum = (pick: (p: (typeof view.payers)[number]) => number) => view.payers.reduce((s, p) => s + pick(p), 0);
  const foot = row(
    'Summa',
    amountCell(kronor(sum((p) => p.grossOre))),
    amountCell(kronor(sum((p) => p.grossOre - p.netOre))),
    amountCell(kronor(sum((p) => p.netOre))),
  );
  if (!view.payersComplete) paragraphs.push('Poster utan belopp eller som inte kan räknas ingår inte i summorna.');
  paragraphs.push(
    'Varje andel är avrundad till hela öre så att andelarna summerar exakt till nettot (största rest); ingen avviker mer än ett öre från sin exakta andel.',
  );
  parts.push(
    part({
      heading: `Vad varje part betalar ${year}`,
      paragraphs,
      table: table(
        't-payers',
        `Vad varje part betalar ${year}`,
        ['Part', 'Kostnad utan finansiering', 'Minskning genom finansiering', 'Att betala'],
        payers,
        [foot],
      ),
    }),
  );
  return parts;
}

function groupRows(group: FundedCostSplit): RowView[] {
  const funding = group.funding.map((f) =>
    row(
      `− ${f.funder}${f.deduct === 'whole' ? ' (hela kostnaden)' : ''}`,
      amountCell(`${f.approximate ? 'omkring ' : ''}${kronor(f.amountOre)}`),
      f.clause,
    ),
  );
  if (group.status !== 'computed') return [row(`${group.label}, brutto`, amountCell('–'), ''), ...funding];
  const clause = group.funding[0]?.clause ?? '';
  return [
    row(`${group.label}, brutto`, amountCell(kronor(group.grossOre)), clause),
    ...funding,
    row(`${group.label}, netto att fördela`, amountCell(kronor(group.netOre)), clause),
  ];
}

function yearsBetween(start: string, end: string): number[] {
  const years: number[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) years.push(year);
  return years;
}
