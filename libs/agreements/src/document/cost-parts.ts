import { formatKronor } from '../describe/money.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { type CostMethod } from '../schema/cost-method.js';
import { type FactView, type PartView } from './document-view.js';
import { fundingTable, yearlyFundingParts } from './funding-parts.js';
import { type Names } from './names.js';
import { amountCell, fact, part, row, table } from './parts.js';
import { formatDateSv, formatPercent, listSv } from './swedish-words.js';

/**
 * Kostnader: each cost item with its yearly amount (öre, printed as kronor) and how it is split,
 * the totals the text states, funding (and, where it reduces the split, each year's gross,
 * funding and net per party), and who bears their own costs.
 */
export function costParts(version: AgreementVersion, names: Names): PartView[] {
  const split = version.costSplit;
  if (!split) return [];
  const parts: PartView[] = [];
  const items = split.items ?? [];
  if (items.length > 0) {
    const rows = items.map((item) =>
      row(item.name, amountCell(amount(item.amount)), method(item.method, names), item.clause),
    );
    const totals = (split.totals ?? []).map((total) =>
      row(total.label, amountCell(kronor(total.amount)), `Summa av ${total.items.length} poster`, total.clause),
    );
    const details = [...new Set(items.flatMap((item) => methodDetails(item.method, names)))];
    const cite = names.citeColumn([...items, ...(split.totals ?? [])].map((x) => x.clause));
    parts.push(
      part({
        heading: 'Kostnader och fördelning',
        table: table(
          `t-costs${cite.wide ? ' t-wide-cite' : ''}`,
          'Kostnader per år och hur de fördelas',
          ['Post', 'Belopp per år', 'Fördelning', cite.header],
          rows,
          totals,
        ),
      }),
    );
    if (details.length > 0) parts.push(part({ paragraphs: details }));
  }
  parts.push(...fundingTable(split, names), ...yearlyFundingParts(version, names));
  const facts: FactView[] = [];
  if (split.selfFunded) {
    facts.push(
      fact(
        'Bär sina egna kostnader',
        split.selfFunded.parties.map((key) => names.of(key)),
        names.cite(split.selfFunded.clause),
      ),
    );
  }
  if (split.otherCostsDecidedBy) {
    facts.push(
      fact(
        'Beslut om övriga kostnader',
        names.of(split.otherCostsDecidedBy.body),
        names.cite(split.otherCostsDecidedBy.clause),
      ),
    );
  }
  if (facts.length > 0 || parts.length === 0) {
    parts.push(
      part({
        heading: parts.length === 0 ? null : 'Övriga kostnader',
        facts,
        citation: names.according([split.clause]),
      }),
    );
  }
  return parts;
}

function amount(ore: number | undefined): string {
  return ore === undefined ? 'Ej angivet' : kronor(ore);
}

/** An amount that never breaks across lines: "1 710 000 kr" with no-break spaces. */
function kronor(ore: number): string {
  return formatKronor(ore).replace(/ /g, '\u00a0');
}

function method(m: CostMethod, names: Names): string {
  switch (m.method) {
    case 'byPopulation':
      return `Efter invånarantal mellan ${names.group(m.payers)}`;
    case 'equal':
      return `Lika delar mellan ${names.group(m.payers)}`;
    case 'fixedShares': {
      const [only] = m.shares;
      if (m.shares.length === 1 && only && only.percent === 100) return `Bekostas av ${names.of(only.party)}`;
      return `Fasta andelar: ${listSv(m.shares.map((s) => `${names.of(s.party)} ${formatPercent(s.percent)}`))}`;
    }
    case 'asSetInAgreement':
      return `Enligt fördelningen i ${m.agreement}, mellan ${names.group(m.payers)}`;
  }
}

/** What a split by population rests on, said once below the table rather than in every row. */
function methodDetails(m: CostMethod, names: Names): string[] {
  if (m.method !== 'byPopulation') return [];
  const when = m.population.date
    ? ` den ${formatDateSv(m.population.date)}`
    : m.population.year !== undefined
      ? ` ${m.population.year}`
      : '';
  const lines = [`Fördelning efter invånarantal: folkmängd${when}. Källa: ${m.population.source}.`];
  if (m.statedPerInhabitant) {
    const about = m.statedPerInhabitant.approximate ? 'omkring ' : '';
    lines.push(
      `Texten anger ${about}${formatKronor(m.statedPerInhabitant.amount)} per invånare (${names.cite(m.statedPerInhabitant.clause)}).`,
    );
  }
  if (m.population.countyChoice) lines.push(`Länets eget val: ${m.population.countyChoice.note}`);
  return lines;
}
