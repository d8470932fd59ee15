import { type CostItemSplit, costSplitOf, formatKronor, isParty } from '@samverkan/agreements';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { stockholmToday, yearOf } from '../app/stockholm';
import { DraftField } from './DraftField';
import { clauseLabel, errorsUnder, freeKey } from './draft';
import {
  METHOD_LABELS,
  type MethodName,
  type TypedItem,
  costSplitAsTyped,
  kronorToOre,
  payersOf,
  switchMethod,
  withItems,
  withShare,
} from './cost-items';
import type { SectionProps } from './section-props';

/** The clause a new item cites when the split names none: the template's cost clause. */
const CLAUSE = '13';

/**
 * The cost split: its items, each split by population, in equal shares, in fixed shares or as
 * another agreement sets it, between the parties that pay it; each party's share in kronor and the
 * totals computed as the user types by the same calculator as the API's cost split (costSplitOf).
 */
export function CostSplitSection({ version, current, content, change, errors, template }: SectionProps) {
  const [year, setYear] = useState(yearOf(stockholmToday()));
  const { split, items } = costSplitAsTyped(content, template);
  const clause = typeof split['clause'] === 'string' ? split['clause'] : CLAUSE;
  const parties = version.parties.filter(isParty);
  const municipalities = parties.filter((p) => p.kind === 'municipality');
  const populationDate = municipalities.find((p) => p.population?.date)?.population?.date;
  const write = (next: TypedItem[]) => change((c) => withItems(c, template, next, clause));
  const patch = (key: string, fields: Record<string, unknown>) =>
    write(items.map((item) => (item.key === key ? { ...item, ...fields } : item)));

  function addItem(method: MethodName) {
    const payers = method === 'byPopulation' ? municipalities : parties;
    const base = switchMethod({ payers: payers.map((p) => p.key) }, method, clause, populationDate);
    write([
      ...items,
      {
        key: freeKey('kostnad', items),
        name: items.length ? 'Ny kostnadspost' : 'Samordnarfunktion',
        amount: 0,
        method: base,
        clause,
      },
    ]);
  }

  const preview = current?.costSplit ? costSplitOf(current, year) : null;
  const nameOf = (key: string) => version.parties.find((p) => p.key === key)?.name ?? key;
  return (
    <section aria-labelledby="costs-heading" className="editor-section">
      <h2 id="costs-heading">Kostnadsfördelning</h2>
      {items.map((item, index) => {
        const path = `costSplit.items.${index}`;
        const method = item.method ?? {};
        const methodName = method['method'] as MethodName | undefined;
        const itemClause = typeof item['clause'] === 'string' ? item['clause'] : clause;
        const cited = clauseLabel(itemClause);
        const name = typeof item['name'] === 'string' ? item['name'] : '';
        const amount = item['amount'];
        const setMethod = (fields: Record<string, unknown>) => patch(item.key, { method: { ...method, ...fields } });
        const payersError = errorsUnder(errors, `${path}.method.payers`);
        const sharesError = errors.get(`${path}.method.shares`) ?? errors.get(`${path}.method`);
        const shares = (Array.isArray(method['shares']) ? method['shares'] : []) as {
          party: string;
          percent: unknown;
        }[];
        return (
          <fieldset key={item.key} className="fieldset">
            <legend>
              Kostnadspost {index + 1}: {name}
              {cited ? <span className="clause-ref"> ({cited})</span> : null}
            </legend>
            <DraftField
              label="Kostnadspost"
              path={`${path}.name`}
              clause={itemClause}
              value={name}
              error={errors.get(`${path}.name`)}
              onChange={(text) => patch(item.key, { name: text })}
            />
            <DraftField
              label="Belopp per år i kronor"
              path={`${path}.amount`}
              clause={itemClause}
              inputMode="numeric"
              value={typeof amount === 'number' ? String(amount / 100) : typeof amount === 'string' ? amount : ''}
              error={errors.get(`${path}.amount`)}
              description="Tomt om texten inte anger beloppet."
              onChange={(text) => {
                const rest = { ...item };
                delete rest['amount'];
                write(
                  items.map((i) =>
                    i.key === item.key ? (text.trim() === '' ? rest : { ...rest, amount: kronorToOre(text) }) : i,
                  ) as TypedItem[],
                );
              }}
            />
            <RadioGroup
              className="radio-group"
              value={methodName ?? null}
              onChange={(to) =>
                patch(item.key, { method: switchMethod(method, to as MethodName, itemClause, populationDate) })
              }
            >
              <Label>Fördelas{cited ? <span className="clause-ref"> ({cited})</span> : null}</Label>
              {(Object.keys(METHOD_LABELS) as MethodName[]).map((m) => (
                <Radio key={m} value={m}>
                  {METHOD_LABELS[m]}
                </Radio>
              ))}
            </RadioGroup>
            {methodName === 'asSetInAgreement' ? (
              <DraftField
                label="Avtalet som anger fördelningen"
                path={`${path}.method.agreement`}
                clause={itemClause}
                value={typeof method['agreement'] === 'string' ? method['agreement'] : ''}
                error={errorsUnder(errors, `${path}.method.agreement`)}
                onChange={(agreement) => setMethod({ agreement })}
              />
            ) : null}
            {methodName === 'fixedShares' ? (
              <fieldset className="fieldset" aria-describedby={sharesError ? `${item.key}-shares-error` : undefined}>
                <legend>Andel per part i procent (tillsammans 100)</legend>
                {sharesError ? (
                  <p id={`${item.key}-shares-error`} className="field-error">
                    <span className="visually-hidden">Fel: </span>
                    {sharesError}
                  </p>
                ) : null}
                {parties.map((party) => {
                  const at = shares.findIndex((s) => s.party === party.key);
                  const share = shares[at];
                  return (
                    <DraftField
                      key={party.key}
                      label={`${party.name}, procent`}
                      path={at >= 0 ? `${path}.method.shares.${at}.percent` : `${path}.method.shares.${party.key}`}
                      clause={itemClause}
                      inputMode="text"
                      value={share ? String(share.percent).replace('.', ',') : ''}
                      error={at >= 0 ? errorsUnder(errors, `${path}.method.shares.${at}`) : undefined}
                      onChange={(text) =>
                        setMethod({
                          shares: withShare(
                            shares,
                            party.key,
                            text,
                            parties.map((p) => p.key),
                          ),
                        })
                      }
                    />
                  );
                })}
              </fieldset>
            ) : (
              <CheckboxGroup
                className="checkbox-group"
                value={payersOf(method)}
                isInvalid={payersError !== undefined}
                validationBehavior="aria"
                onChange={(payers) => setMethod({ payers })}
              >
                <Label>Betalas av{cited ? <span className="clause-ref"> ({cited})</span> : null}</Label>
                {(methodName === 'byPopulation' ? municipalities : parties).map((party) => (
                  <Checkbox key={party.key} value={party.key}>
                    {party.name}
                  </Checkbox>
                ))}
                <FieldError className="field-error">
                  <span className="visually-hidden">Fel: </span>
                  {payersError}
                </FieldError>
              </CheckboxGroup>
            )}
            <Button className="button button--secondary" onPress={() => write(items.filter((i) => i.key !== item.key))}>
              Ta bort kostnadspost {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <div className="button-row">
        <Button className="button button--secondary" onPress={() => addItem('byPopulation')}>
          {items.length ? 'Lägg till en kostnadspost efter invånarantal' : 'Fördela en kostnad efter invånarantal'}
        </Button>
        <Button className="button button--secondary" onPress={() => addItem('equal')}>
          Lägg till en kostnadspost i lika delar
        </Button>
      </div>
      {items.length ? (
        <DraftField
          label="Visa fördelningen för år"
          path="preview.year"
          inputMode="numeric"
          value={String(year)}
          onChange={(text) => /^\d{4}$/.test(text) && setYear(Number(text))}
        />
      ) : null}
      <div aria-live="polite">
        {items.length && !preview ? <p className="hint">Fördelningen visas när utkastet saknar fel.</p> : null}
        {preview?.items.map((entry) => (
          <ItemPreview key={entry.key} entry={entry} year={year} nameOf={nameOf} />
        ))}
        {preview && preview.items.length > 1 && preview.payers.length ? (
          <table className="table">
            <caption>Per part {year}</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Att betala</th>
              </tr>
            </thead>
            <tbody>
              {preview.payers.map((payer) => (
                <tr key={payer.partyKey}>
                  <th scope="row">{nameOf(payer.partyKey)}</th>
                  <td>{formatKronor(payer.netOre)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Totalt{preview.payersComplete ? '' : ' (utan poster som inte kan räknas)'}</th>
                <td>{formatKronor(preview.payers.reduce((sum, p) => sum + p.netOre, 0))}</td>
              </tr>
            </tfoot>
          </table>
        ) : null}
      </div>
    </section>
  );
}

function ItemPreview({ entry, year, nameOf }: { entry: CostItemSplit; year: number; nameOf: (key: string) => string }) {
  if (entry.status === 'amountNotSpecified') return <p>{entry.name}: texten anger inget belopp.</p>;
  if (entry.status === 'cannotCompute')
    return (
      <p>
        {entry.name} kan inte räknas: {entry.problems.map((p) => p.message.sv).join('; ')}
      </p>
    );
  const outcome = entry.outcome;
  if (outcome.kind === 'setInAnotherAgreement')
    return (
      <p>
        {entry.name} ({formatKronor(outcome.totalOre)}): {outcome.note.sv}
      </p>
    );
  return (
    <table className="table">
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
        {outcome.shares.map((share) => (
          <tr key={share.partyKey}>
            <th scope="row">{nameOf(share.partyKey)}</th>
            <td>
              {share.basis.kind === 'population'
                ? `${share.basis.count.toLocaleString('sv-SE')} invånare (${share.basis.year})`
                : share.basis.kind === 'equal'
                  ? `lika delar (1 av ${share.basis.partyCount})`
                  : `${share.basis.share.toLocaleString('sv-SE')} av ${share.basis.denominator}`}
            </td>
            <td>{formatKronor(share.amountOre)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totalt</th>
          <td />
          <td>{formatKronor(outcome.totalOre)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
