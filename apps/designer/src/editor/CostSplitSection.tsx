import { costSplitOf, formatKronor, isParty } from '@samverkan/agreements';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { stockholmToday, yearOf } from '../app/stockholm';
import { DraftField } from './DraftField';
import { setSection } from './draft';
import type { SectionProps } from './section-props';

const CLAUSE = '13';

/** Kronor as typed ("1 200 000") to öre; the text itself when it is no amount, for validation to name. */
function kronorToOre(text: string): number | string {
  const digits = text.replace(/\s/g, '');
  return /^\d+$/.test(digits) ? Number(digits) * 100 : text;
}

/**
 * The cost split: one item shared by the municipalities by population (the register's figures
 * and their year), with each party's share in kronor computed as the user types, by the same
 * calculator as the API's cost split (costSplitOf).
 */
export function CostSplitSection({ version, current, change, errors }: SectionProps) {
  const [year, setYear] = useState(yearOf(stockholmToday()));
  const item = version.costSplit?.items?.[0];
  const municipalities = version.parties.filter((p) => isParty(p) && p.kind === 'municipality');
  const populationDate = municipalities.find((p) => p.population?.date)?.population?.date;

  function setItem(name: string, amount: number | string | undefined) {
    const payers = municipalities.map((p) => p.key);
    change((content) =>
      setSection(content, 'costSplit', {
        items: [
          {
            key: 'samverkan',
            name,
            ...(amount === undefined ? {} : { amount }),
            method: {
              method: 'byPopulation',
              payers,
              population: { ...(populationDate ? { date: populationDate } : {}), source: 'Kommunregistret (SCB)' },
              clause: CLAUSE,
            },
            clause: CLAUSE,
          },
        ],
        clause: CLAUSE,
      }),
    );
  }

  const preview = current?.costSplit ? costSplitOf(current, year) : null;
  return (
    <section aria-labelledby="costs-heading" className="editor-section">
      <h2 id="costs-heading">Kostnadsfördelning</h2>
      {item === undefined || item.method.method !== 'byPopulation' ? (
        item === undefined ? (
          <Button className="button button--secondary" onPress={() => setItem('Samordnarfunktion', 0)}>
            Fördela en kostnad efter invånarantal
          </Button>
        ) : (
          <p>Kostnaderna fördelas enligt {item.method.method}; ändra dem genom API:t.</p>
        )
      ) : (
        <>
          <DraftField
            label="Kostnadspost"
            path="costSplit.items.0.name"
            clause={item.clause}
            value={item.name}
            error={errors.get('costSplit.items.0.name')}
            onChange={(name) => setItem(name, item.amount)}
          />
          <DraftField
            label="Belopp per år i kronor"
            path="costSplit.items.0.amount"
            clause={item.clause}
            inputMode="numeric"
            value={item.amount === undefined ? '' : String(item.amount / 100)}
            error={errors.get('costSplit.items.0.amount')}
            onChange={(text) => setItem(item.name, text.trim() === '' ? undefined : kronorToOre(text))}
            description="Fördelas mellan kommunerna efter invånarantal."
          />
          <DraftField
            label="Visa fördelningen för år"
            path="preview.year"
            inputMode="numeric"
            value={String(year)}
            onChange={(text) => /^\d{4}$/.test(text) && setYear(Number(text))}
          />
        </>
      )}
      <div aria-live="polite">
        {preview?.items.map((entry) =>
          entry.status === 'computed' && entry.outcome.kind === 'computed' ? (
            <table key={entry.key} className="table">
              <caption>
                {entry.name} {year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Underlag</th>
                  <th scope="col">Andel</th>
                </tr>
              </thead>
              <tbody>
                {entry.outcome.shares.map((share) => (
                  <tr key={share.partyKey}>
                    <th scope="row">{version.parties.find((p) => p.key === share.partyKey)?.name ?? share.partyKey}</th>
                    <td>
                      {share.basis.kind === 'population'
                        ? `${share.basis.count.toLocaleString('sv-SE')} invånare (${share.basis.year})`
                        : share.basis.kind}
                    </td>
                    <td>{formatKronor(share.amountOre)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Totalt</th>
                  <td />
                  <td>{formatKronor(entry.outcome.totalOre)}</td>
                </tr>
              </tfoot>
            </table>
          ) : null,
        )}
      </div>
    </section>
  );
}
