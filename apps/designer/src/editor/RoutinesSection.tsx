import { isParty } from '@samverkan/agreements';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { DraftField } from './DraftField';
import { addItem, patchItem } from './draft';
import { ROUTINE_TEMPLATES, type RoutineTemplateInfo } from './routine-templates';
import type { SectionProps } from './section-props';

/** Routine bindings: a routine template, the parties that play each of its roles, its parameters. */
export function RoutinesSection({ version, change, errors }: SectionProps) {
  const parties = version.parties.filter(isParty);
  const bound = version.routines ?? [];
  const unbound = ROUTINE_TEMPLATES.filter((t) => !bound.some((b) => b.template === t.ref));
  return (
    <section aria-labelledby="routines-heading" className="editor-section">
      <h2 id="routines-heading">Rutiner</h2>
      {bound.map((binding, index) => {
        const info = ROUTINE_TEMPLATES.find((t) => t.ref === binding.template);
        return (
          <fieldset key={binding.key} className="fieldset">
            <legend>
              {info?.title ?? binding.template} ({binding.template})
            </legend>
            {info
              ? info.roles.map((role) => (
                  <CheckboxGroup
                    key={role.name}
                    className="checkbox-group"
                    value={binding.roles[role.name]?.to ?? []}
                    isInvalid={errors.has(`routines.${index}.roles.${role.name}`)}
                    onChange={(to) =>
                      change((content) =>
                        patchItem(content, 'routines', binding.key, {
                          roles: { ...binding.roles, [role.name]: { ...binding.roles[role.name], to } },
                        }),
                      )
                    }
                  >
                    <Label>{role.title}</Label>
                    {parties.map((party) => (
                      <Checkbox key={party.key} value={party.key}>
                        {party.name}
                      </Checkbox>
                    ))}
                  </CheckboxGroup>
                ))
              : null}
            {info?.hours.map((parameter) => {
              const given = binding.parameters?.[parameter.name];
              const hours =
                typeof given?.value === 'string' ? (/^PT(\d+)H$/.exec(given.value)?.[1] ?? given.value) : '';
              const path = `routines.${index}.parameters.${parameter.name}`;
              return (
                <DraftField
                  key={parameter.name}
                  label={`${parameter.title}, timmar`}
                  path={`${path}.value`}
                  inputMode="numeric"
                  value={hours}
                  error={errors.get(`${path}.value`) ?? errors.get(path)}
                  description="Länets eget val där texten inte anger någon tid."
                  onChange={(text) =>
                    change((content) =>
                      patchItem(content, 'routines', binding.key, {
                        parameters: {
                          ...binding.parameters,
                          [parameter.name]: {
                            type: 'duration',
                            value: /^\d+$/.test(text.trim()) ? `PT${text.trim()}H` : text,
                            source: {
                              countyChoice: { note: `Länets val: ${parameter.title.toLowerCase()} ${text} timmar.` },
                            },
                          },
                        },
                      }),
                    )
                  }
                />
              );
            })}
          </fieldset>
        );
      })}
      {unbound.map((template) => (
        <Button
          key={template.ref}
          className="button button--secondary"
          onPress={() => change((content) => addItem(content, 'routines', bindingOf(template, version.parties)))}
        >
          Lägg till {template.title.toLowerCase()}
        </Button>
      ))}
    </section>
  );
}

/** A new binding: each role played by the parties of the kinds that usually play it. */
function bindingOf(template: RoutineTemplateInfo, parties: SectionProps['version']['parties']) {
  const roles = Object.fromEntries(
    template.roles.map((role) => {
      const to = parties.filter((p) => isParty(p) && role.kinds.includes(p.kind)).map((p) => p.key);
      return [role.name, role.choose ? { to, choose: role.choose } : { to }];
    }),
  );
  return { key: template.key, template: template.ref, source: 'template', roles };
}
