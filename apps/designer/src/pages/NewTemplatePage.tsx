import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FieldError, Input, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, useForm, type Control } from 'react-hook-form';
import { z } from 'zod';
import { useApi } from '../app/contexts';
import type { PublishedTemplate } from '../api/client';
import { ApiError } from '../api/errors';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { errorMessage } from '../i18n/messages';

/** The form; the API checks the key again (the template schema's rule) and answers its problems by path. */
export const newTemplateSchema = z.object({
  agreement: z.string().min(1, 'Välj ett avtal'),
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
      'Nyckeln skrivs med små bokstäver och siffror, ord förenade med bindestreck',
    ),
  name: z.string().trim().min(1, 'Ge mallen ett namn'),
  description: z.string().trim().min(1, 'Beskriv mallen: vad den är och vilket avtal den kommer från'),
});
type Fields = z.infer<typeof newTemplateSchema>;

/**
 * The admin publishes a county's published agreement as a template for other counties. The
 * template leaves out the county's own record (its key, county, date, sources and signing); the
 * page lists what was left out. An existing template key gets its next version.
 */
export function NewTemplatePage() {
  useDocumentTitle('Publicera ett avtal som mall');
  const api = useApi();
  const queryClient = useQueryClient();
  const agreements = useQuery(queries.agreements(api));
  const published = (agreements.data ?? []).filter((a) => a.publishedVersion !== null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<PublishedTemplate | null>(null);
  const form = useForm<Fields>({
    resolver: zodResolver(newTemplateSchema),
    defaultValues: { agreement: '', key: '', name: '', description: '' },
  });

  const submit = form.handleSubmit(async (fields) => {
    setError(null);
    setDone(null);
    try {
      setDone(await api.publishTemplate(fields));
      await queryClient.invalidateQueries({ queryKey: ['templates'] });
    } catch (failure) {
      const problems =
        failure instanceof ApiError
          ? (failure.details?.['problems'] as { path: string; message: { sv: string } }[] | undefined)
          : undefined;
      for (const problem of problems ?? []) {
        const field = problem.path.split('.')[0] as keyof Fields;
        if (field in newTemplateSchema.shape) form.setError(field, { message: problem.message.sv });
      }
      setError(
        problems?.length
          ? 'Mallen publicerades inte: se fälten.'
          : `Mallen publicerades inte. ${errorMessage(failure, 'read')}`,
      );
    }
  });

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Publicera ett avtal som mall</h1>
      <p className="lead">
        Ett läns publicerade avtal blir en mall som andra län kan börja från. Mallen behåller avtalets parter som
        organisationer, roller, organ, åtaganden, regler, rutiner och paragrafer, men inte länets egna uppgifter.
      </p>
      <QueryStatus query={agreements} what="avtalen" />
      <div role="alert" className="alert-region">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <div role="status">
        {done ? (
          <section aria-labelledby="done-heading" className="notice">
            <h2 id="done-heading">Mallen {done.template.ref} är publicerad</h2>
            <p>
              Gjord av version {done.version} av {done.agreement}. Utelämnat ur mallen:
            </p>
            <ul>
              {done.left.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Controller
          control={form.control}
          name="agreement"
          render={({ field, fieldState }) => (
            <RadioGroup
              className="radio-group"
              value={field.value}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
            >
              <Label>Avtal (den publicerade versionen)</Label>
              {published.map((a) => (
                <Radio key={a.key} value={a.key}>
                  {a.name} (version {a.publishedVersion})
                </Radio>
              ))}
              <FieldError className="field-error">{fieldState.error?.message}</FieldError>
            </RadioGroup>
          )}
        />
        <TemplateText
          control={form.control}
          name="key"
          label="Mallens nyckel"
          description="Till exempel norrsken-mall. Finns nyckeln redan blir detta mallens nästa version."
        />
        <TemplateText control={form.control} name="name" label="Mallens namn" />
        <TemplateText control={form.control} name="description" label="Beskrivning" multiline />
        <Button type="submit" className="button" isPending={form.formState.isSubmitting}>
          Publicera som mall
        </Button>
      </form>
    </div>
  );
}

function TemplateText({
  control,
  name,
  label,
  description,
  multiline = false,
}: {
  control: Control<Fields>;
  name: 'key' | 'name' | 'description';
  label: string;
  description?: string;
  multiline?: boolean;
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
          {multiline ? <TextArea ref={field.ref} rows={4} /> : <Input ref={field.ref} spellCheck={false} />}
        </TextField>
      )}
    />
  );
}
