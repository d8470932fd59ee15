import { partyKindLabels } from '@samverkan/agreements';
import { DraftField } from './DraftField';
import { patchItem } from './draft';
import type { SectionProps } from './section-props';

/** The parties: each one's name (as it signs) and kind, its municipality and population. */
export function PartiesSection({ version, change, errors }: SectionProps) {
  return (
    <section aria-labelledby="parties-heading" className="editor-section">
      <h2 id="parties-heading">Parter</h2>
      <ul className="plain-list">
        {version.parties.map((party, index) => (
          <li key={party.key}>
            <DraftField
              label={`Namn (${partyKindLabels[party.kind] ?? party.kind})`}
              path={`parties.${index}.name`}
              clause={party.clause}
              value={party.name}
              error={errors.get(`parties.${index}.name`) ?? errors.get(`parties.${index}.key`)}
              onChange={(name) => change((content) => patchItem(content, 'parties', party.key, { name }))}
              description={
                party.population
                  ? `Kommunkod ${party.municipalityCode ?? ''}, ${party.population.count.toLocaleString('sv-SE')} invånare (${
                      party.population.year ?? party.population.date?.slice(0, 4) ?? ''
                    })`
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
