import { type PartyKind, partyKindLabels, partyKinds } from '@samverkan/agreements';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useApi } from '../app/contexts';
import { queries } from '../api/queries';
import { DraftField } from './DraftField';
import { addItem, listAsTyped, patchItem, removeItem } from './draft';
import { newParty } from './parties';
import type { SectionProps } from './section-props';

type TypedParty = {
  key: string;
  name?: string;
  kind?: PartyKind;
  clause?: string;
  municipalityCode?: string;
  population?: { count: number; year?: number; date?: string };
};

/**
 * The parties: each one's name (as it signs) and kind, its municipality and population; a party
 * can be added (a municipality from the register) and removed. A removed party that something
 * still names leaves the library's error at that field (a role, a payer, a commitment).
 */
export function PartiesSection({ content, change, errors, template, version }: SectionProps) {
  const parties = listAsTyped(content, 'parties', template) as TypedParty[];
  const inTemplate = new Set((template?.content.parties ?? []).map((p) => p.key));
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <section aria-labelledby="parties-heading" className="editor-section">
      <h2 id="parties-heading">Parter</h2>
      <ul className="plain-list">
        {parties.map((party, index) => (
          <li key={party.key}>
            <DraftField
              label={`Namn (${party.kind ? partyKindLabels[party.kind] : ''})`}
              path={`parties.${index}.name`}
              clause={party.clause}
              value={party.name ?? ''}
              error={errors.get(`parties.${index}.name`) ?? errors.get(`parties.${index}.key`)}
              onChange={(name) => change((c) => patchItem(c, 'parties', party.key, { name }))}
              description={
                party.population
                  ? `Kommunkod ${party.municipalityCode ?? ''}, ${party.population.count.toLocaleString('sv-SE')} invånare (${
                      party.population.year ?? party.population.date?.slice(0, 4) ?? ''
                    })`
                  : undefined
              }
            />
            <Button
              className="button button--secondary"
              onPress={() => {
                change((c) => removeItem(c, 'parties', party.key, inTemplate.has(party.key)));
                setRemoved(party.name ?? party.key);
              }}
            >
              Ta bort {party.name}
            </Button>
          </li>
        ))}
      </ul>
      <p role="status" className="hint">
        {removed ? `${removed} är borttagen. Där parten fortfarande nämns visas ett fel vid fältet.` : null}
      </p>
      <AddParty taken={parties} county={version.county.code} change={change} />
    </section>
  );
}

function AddParty({ taken, county, change }: { taken: TypedParty[]; county: string; change: SectionProps['change'] }) {
  const api = useApi();
  const register = useQuery(queries.municipalities(api));
  const [kind, setKind] = useState<PartyKind | null>(null);
  const [name, setName] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const municipalities = (register.data ?? []).filter(
    (m) => m.countyCode === county && !taken.some((p) => p.municipalityCode === m.code),
  );
  const municipality = municipalities.find((m) => m.code === code);
  const ready = kind === 'municipality' ? municipality !== undefined : kind !== null && name.trim() !== '';
  return (
    <fieldset className="fieldset">
      <legend>Lägg till en part</legend>
      <RadioGroup className="radio-group" value={kind} onChange={(k) => setKind(k as PartyKind)}>
        <Label>Slag av part</Label>
        {partyKinds.map((k) => (
          <Radio key={k} value={k}>
            {partyKindLabels[k]}
          </Radio>
        ))}
      </RadioGroup>
      {kind === 'municipality' ? (
        <RadioGroup className="radio-group" value={code} onChange={setCode}>
          <Label>Kommun ur kommunregistret</Label>
          {municipalities.map((m) => (
            <Radio key={m.code} value={m.code}>
              {m.name} ({m.code})
              {m.population
                ? `: ${m.population.count.toLocaleString('sv-SE')} invånare (${m.population.year ?? m.population.date?.slice(0, 4) ?? ''})`
                : ''}
            </Radio>
          ))}
        </RadioGroup>
      ) : kind ? (
        <DraftField label="Partens namn" path="new-party.name" value={name} onChange={setName} />
      ) : null}
      <Button
        className="button button--secondary"
        isDisabled={!ready}
        onPress={() => {
          if (!kind) return;
          change((c) => addItem(c, 'parties', newParty(kind, name, taken, municipality)));
          setName('');
          setCode(null);
          setKind(null);
        }}
      >
        Lägg till parten
      </Button>
    </fieldset>
  );
}
