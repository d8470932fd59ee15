import { isParty, parseTemplateRef } from '@samverkan/agreements';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useApi } from '../app/contexts';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { PickMany } from './Pick';
import { DraftField } from './DraftField';
import { addItem, clauseLabel, errorsUnder, freeKey, listAsTyped, patchItem, removeItem } from './draft';
import { countyParameter, defaultText, newBinding, offeredRoutines, parameterText, unitOf } from './routine-catalogue';
import type { SectionProps } from './section-props';

type Binding = {
  key: string;
  template: string;
  source?: unknown;
  roles?: Record<string, { to?: string[]; choose?: 'homeMunicipality' }>;
  parameters?: Record<string, { type: string; value: unknown; source?: unknown }>;
  targetGroups?: string[];
};

/**
 * Routine bindings: a routine template from the API's catalogue, the parties that play each of
 * its roles, its parameters. The bindings are shown as typed (listAsTyped), so a role's boxes
 * show what was just ticked, and a binding that does not validate yet is shown with its errors.
 */
export function RoutinesSection(props: SectionProps) {
  const { content, change, template } = props;
  const bindings = listAsTyped(content, 'routines', template) as Binding[];
  const inTemplate = new Set((template?.content.routines ?? []).map((r) => r.key));
  return (
    <section aria-labelledby="routines-heading" className="editor-section">
      <h2 id="routines-heading">Rutiner</h2>
      {bindings.length === 0 ? <p>Inga rutiner är bundna än.</p> : null}
      {bindings.map((binding, index) => (
        <BindingFields
          key={binding.key}
          {...props}
          binding={binding}
          index={index}
          onRemove={() => change((c) => removeItem(c, 'routines', binding.key, inTemplate.has(binding.key)))}
        />
      ))}
      <AddRoutine bound={bindings} change={change} />
    </section>
  );
}

function BindingFields({
  binding,
  index,
  version,
  change,
  errors,
  onRemove,
  template,
}: SectionProps & { binding: Binding; index: number; onRemove: () => void }) {
  const api = useApi();
  const ref = parseTemplateRef(binding.template);
  const definition = useQuery({ ...queries.routine(api, ref?.key ?? '', ref?.version ?? 0), enabled: !!ref });
  const parties = version.parties.filter(isParty);
  const path = `routines.${index}`;
  const patch = (fields: Record<string, unknown>) => change((c) => patchItem(c, 'routines', binding.key, fields));
  const roles = binding.roles ?? {};
  const cited = typeof binding.source === 'object' ? clauseLabel((binding.source as { clause?: string }).clause) : null;
  const spec = definition.data;
  return (
    <fieldset className="fieldset">
      <legend>
        {spec?.title ?? binding.template} ({binding.template})
        {cited ? <span className="clause-ref"> ({cited})</span> : null}
      </legend>
      <QueryStatus query={definition} what="rutinens definition" />
      {spec?.description ? <p className="hint">{spec.description}</p> : null}
      {Object.entries(spec?.roles ?? {}).map(([role, roleSpec]) => {
        const bound = roles[role] ?? { to: [] };
        const rolePath = `${path}.roles.${role}`;
        const error = errorsUnder(errors, rolePath);
        const setRole = (next: { to?: string[]; choose?: 'homeMunicipality' }) =>
          patch({ roles: { ...roles, [role]: next } });
        return (
          <div key={role} className="role-binding">
            <CheckboxGroup
              className="checkbox-group"
              value={bound.to ?? []}
              isInvalid={error !== undefined}
              validationBehavior="aria"
              onChange={(to) => setRole({ ...bound, to })}
            >
              <Label>
                {roleSpec.title} ({role}){cited ? <span className="clause-ref"> ({cited})</span> : null}
              </Label>
              <Text slot="description" className="hint">
                {roleSpec.owes}
              </Text>
              {parties.map((party) => (
                <Checkbox key={party.key} value={party.key}>
                  {party.name}
                </Checkbox>
              ))}
              <FieldError className="field-error">
                <span className="visually-hidden">Fel: </span>
                {error}
              </FieldError>
            </CheckboxGroup>
            {spec?.input?.['homeMunicipality'] &&
            (bound.choose || parties.some((p) => p.kind === 'municipality' && bound.to?.includes(p.key))) ? (
              <Checkbox
                isSelected={bound.choose === 'homeMunicipality'}
                onChange={(on) => {
                  setRole(on ? { ...bound, choose: 'homeMunicipality' } : { to: bound.to ?? [] });
                }}
              >
                {roleSpec.title}: i varje ärende den utsattas hemkommun bland de valda
              </Checkbox>
            ) : null}
          </div>
        );
      })}
      <TargetGroups
        version={version}
        binding={binding}
        error={errorsUnder(errors, `${path}.targetGroups`)}
        clause={cited ? (binding.source as { clause: string }).clause : undefined}
        // Unticking the last one leaves the field out (the schema's min 1): null over the template's.
        onChange={(keys) =>
          patch({
            targetGroups: keys.length
              ? keys
              : template?.content.routines?.some((r) => r.key === binding.key)
                ? null
                : undefined,
          })
        }
      />
      {Object.entries(spec?.parameters ?? {}).map(([name, parameterSpec]) => {
        const given = binding.parameters?.[name];
        const parameterPath = `${path}.parameters.${name}`;
        const error = errorsUnder(errors, parameterPath);
        const setText = (text: string) =>
          patch({
            parameters: { ...binding.parameters, [name]: countyParameter(name, parameterSpec, text) },
          });
        const useDefault = () => {
          const rest = { ...binding.parameters };
          delete rest[name];
          patch({ parameters: rest });
        };
        const unit = unitOf(parameterSpec.type);
        return (
          <div key={name} className="parameter">
            {parameterSpec.type === 'boolean' ? (
              <RadioGroup
                className="radio-group"
                value={given === undefined ? null : String(given.value)}
                onChange={setText}
                isInvalid={error !== undefined}
                validationBehavior="aria"
              >
                <Label>{parameterSpec.title}</Label>
                <Radio value="true">Ja</Radio>
                <Radio value="false">Nej</Radio>
                <FieldError className="field-error">
                  <span className="visually-hidden">Fel: </span>
                  {error}
                </FieldError>
              </RadioGroup>
            ) : (
              <DraftField
                label={unit ? `${parameterSpec.title}, ${unit}` : parameterSpec.title}
                path={`${parameterPath}.value`}
                inputMode={unit ? 'numeric' : 'text'}
                value={given ? parameterText(parameterSpec.type, given.value) : ''}
                error={error}
                description={
                  given
                    ? 'Länets eget val.'
                    : (defaultText(parameterSpec) ?? 'Inget förval: länet anger värdet om det behövs.')
                }
                onChange={setText}
              />
            )}
            {given ? (
              <Button className="button button--secondary" onPress={useDefault}>
                Använd förvalet för {parameterSpec.title.toLowerCase()}
              </Button>
            ) : null}
          </div>
        );
      })}
      <Button className="button button--secondary" onPress={onRemove}>
        Ta bort rutinen {spec?.title ?? binding.template}
      </Button>
    </fieldset>
  );
}

/** The API's routine catalogue: pick one, and it is bound with its roles still to play. */
function AddRoutine({ bound, change }: { bound: Binding[]; change: SectionProps['change'] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const catalogue = useQuery(queries.routines(api));
  const [chosen, setChosen] = useState<string | null>(null);
  const offered = offeredRoutines(catalogue.data ?? []).filter(
    (summary) => !bound.some((b) => parseTemplateRef(b.template)?.key === summary.key),
  );
  const picked = offered.find((s) => `${s.key}@${s.version}` === chosen);
  return (
    <fieldset className="fieldset">
      <legend>Lägg till en rutin</legend>
      <QueryStatus query={catalogue} what="rutinerna" />
      {catalogue.data && offered.length === 0 ? <p>Alla rutiner är redan bundna.</p> : null}
      {offered.length ? (
        <RadioGroup className="radio-group" value={chosen} onChange={setChosen}>
          <Label>Rutinmall</Label>
          {offered.map((summary) => (
            <Radio key={summary.key} value={`${summary.key}@${summary.version}`}>
              {summary.title} ({summary.key}@{summary.version})
            </Radio>
          ))}
        </RadioGroup>
      ) : null}
      <Button
        className="button button--secondary"
        isDisabled={!picked}
        onPress={() => {
          if (!picked) return;
          void queryClient.fetchQuery(queries.routine(api, picked.key, picked.version)).then((definition) => {
            change((c) => addItem(c, 'routines', newBinding(definition, freeKey(picked.key, bound))));
            setChosen(null);
          });
        }}
      >
        Lägg till rutinen
      </Button>
    </fieldset>
  );
}

/**
 * The agreement's target groups a case of this routine is for (a case is started with an
 * attestation that the person belongs to one of them). None ticked: a routine about no person.
 */
function TargetGroups({
  version,
  binding,
  error,
  clause,
  onChange,
}: {
  version: SectionProps['version'];
  binding: Binding;
  error: string | undefined;
  clause: string | undefined;
  onChange: (keys: string[]) => void;
}) {
  const groups = version.targetGroups ?? [];
  const chosen = binding.targetGroups ?? [];
  if (groups.length === 0 && chosen.length === 0) {
    return <p className="hint">Överenskommelsen anger inga målgrupper, så rutinen gäller inte en viss målgrupp.</p>;
  }
  return (
    <PickMany
      label="Målgrupper som rutinen är till för"
      clause={clause}
      // A key no group has any more stays ticked, with the library's error, until it is unticked.
      options={[
        ...groups.map(({ key, name }) => ({ key, name })),
        ...chosen.filter((key) => !groups.some((g) => g.key === key)).map((key) => ({ key, name: key })),
      ]}
      value={chosen}
      error={error}
      description="Ett ärende startas bara för en person som intygas höra till någon av dem. Ingen vald: rutinen gäller ingen viss person."
      onChange={onChange}
    />
  );
}
