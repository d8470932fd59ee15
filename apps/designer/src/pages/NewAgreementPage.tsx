import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useApi } from '../app/contexts';
import { paths } from '../app/paths';
import { ApiError } from '../api/errors';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { type NewAgreementFields, firstDraft, newAgreementSchema } from '../editor/new-agreement';
import { errorMessage } from '../i18n/messages';

/** A new county from a template: the template, the county, its municipalities, region and police. */
export function NewAgreementPage() {
  useDocumentTitle('Nytt avtal från mall');
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery(queries.templates(api));
  const register = useQuery(queries.municipalities(api));
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, watch } = useForm<NewAgreementFields>({
    resolver: zodResolver(newAgreementSchema),
    defaultValues: { template: '', county: '', municipalities: [], region: '', police: '', key: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const county = watch('county');
  const counties = [...new Map((register.data ?? []).map((m) => [m.countyCode, m.countyName])).entries()].sort();
  const municipalities = (register.data ?? []).filter((m) => m.countyCode === county);
  const agreementTemplates = (templates.data ?? []).filter((t) => t.kind === 'agreement');

  const submit = handleSubmit(async (fields) => {
    setError(null);
    try {
      const template = await api.template(fields.template);
      const created = await api.createAgreement(
        firstDraft(fields, register.data ?? [], template.content.title ?? template.name),
      );
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
      await navigate(paths.editor(created.agreementKey, created.version));
    } catch (failure) {
      const problems =
        failure instanceof ApiError
          ? (failure.details?.['problems'] as { path: string; message: { sv: string } }[] | undefined)
          : undefined;
      setError(
        problems?.length
          ? `Avtalet skapades inte: ${problems.map((p) => `${p.path}: ${p.message.sv}`).join('; ')}`
          : `Avtalet skapades inte. ${errorMessage(failure, 'read')}`,
      );
    }
  });

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Nytt avtal från mall</h1>
      <QueryStatus query={templates} what="mallarna" />
      <QueryStatus query={register} what="kommunregistret" />
      <div role="alert" className="alert-region">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Controller
          control={control}
          name="template"
          render={({ field, fieldState }) => (
            <RadioGroup
              className="radio-group"
              // null, not '': with a value no radio has, react-aria takes every radio out of the Tab order.
              value={field.value || null}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
            >
              <Label>Mall</Label>
              {agreementTemplates.map((t) => (
                <Radio key={t.ref} value={t.ref}>
                  {t.name} ({t.ref})
                </Radio>
              ))}
              <FieldError className="field-error">{fieldState.error?.message}</FieldError>
            </RadioGroup>
          )}
        />
        <Controller
          control={control}
          name="county"
          render={({ field, fieldState }) => (
            <Select
              className="field"
              selectedKey={field.value || null}
              onSelectionChange={(key) => field.onChange(String(key))}
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
              placeholder="Välj län"
            >
              <Label>Län</Label>
              <Button className="select-button">
                <SelectValue />
                <span aria-hidden="true"> ▾</span>
              </Button>
              <FieldError className="field-error">{fieldState.error?.message}</FieldError>
              <Popover className="popover">
                <ListBox className="listbox">
                  {counties.map(([code, name]) => (
                    // textValue: typing a county's first letters finds it (type to select).
                    <ListBoxItem key={code} id={code} className="listbox-item" textValue={`${name} (${code})`}>
                      {name} ({code})
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
          )}
        />
        <Controller
          control={control}
          name="municipalities"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              className="checkbox-group"
              value={field.value}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
            >
              <Label>Kommuner ur kommunregistret</Label>
              <Text slot="description" className="hint">
                {county ? 'Med invånarantal och dess år.' : 'Välj först ett län.'}
              </Text>
              {municipalities.map((m) => (
                <Checkbox key={m.code} value={m.code}>
                  {m.name} ({m.code}):{' '}
                  {m.population
                    ? `${m.population.count.toLocaleString('sv-SE')} invånare (${m.population.year ?? m.population.date?.slice(0, 4) ?? ''})`
                    : 'invånarantal saknas'}
                </Checkbox>
              ))}
              <FieldError className="field-error">{fieldState.error?.message}</FieldError>
            </CheckboxGroup>
          )}
        />
        <FormText control={control} name="region" label="Regionen (part)" />
        <FormText control={control} name="police" label="Polisområdet (part)" />
        <FormText
          control={control}
          name="key"
          label="Avtalets nyckel"
          description="Till exempel blekinge-samverkan; syns i adresserna."
        />
        <Button type="submit" className="button">
          Skapa utkastet
        </Button>
      </form>
    </div>
  );
}

function FormText({
  control,
  name,
  label,
  description,
}: {
  control: ReturnType<typeof useForm<NewAgreementFields>>['control'];
  name: 'region' | 'police' | 'key';
  label: string;
  description?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={fieldState.invalid ? 'field field--invalid' : 'field'}
          name={name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label>{label}</Label>
          {description ? (
            <Text slot="description" className="hint">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldState.error?.message}</FieldError>
          <Input ref={field.ref} spellCheck={false} />
        </TextField>
      )}
    />
  );
}
