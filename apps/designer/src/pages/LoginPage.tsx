import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { MESSAGES } from '../i18n/messages';
import { signInSchema, type SignInFields } from '../session/signInForm';
import type { SignInMethod } from '../session/source';

export interface LoginPageProps {
  /** Resolves to an error message for the user, or null when signed in. */
  onSignIn: (username: string, password: string) => Promise<string | null>;
  /** A note from earlier, e.g. that the user signed out or the session expired. */
  notice?: string | null | undefined;
  /** How this installation signs in (the API says): the form, the provider's button, or neither. */
  method?: SignInMethod | undefined;
  /** Goes to the identity provider; resolves to an error message when it cannot. */
  onSignInAtProvider?: (() => Promise<string | null>) | undefined;
}

/**
 * The sign-in page. Locally (the embedded demo) a form: react-hook-form, checked by
 * signInSchema before anything is sent. With an identity provider a button that goes there.
 */
export function LoginPage({ method = 'local', ...props }: LoginPageProps) {
  useDocumentTitle('Logga in');
  if (method === 'local') return <PasswordSignIn {...props} />;
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Logga in</h1>
      {method === 'oidc' && props.onSignInAtProvider ? (
        <ProviderSignIn notice={props.notice ?? null} onSignInAtProvider={props.onSignInAtProvider} />
      ) : (
        // Nothing to sign in with: the reason is the notice (not configured, or the service is down).
        <div role="alert" className="alert-region">
          <p className="alert">{props.notice ?? MESSAGES.signInNotConfigured}</p>
        </div>
      )}
    </div>
  );
}

interface ProviderSignInProps {
  notice: string | null;
  onSignInAtProvider: () => Promise<string | null>;
}

/** Sign-in at the county's identity provider (OpenID Connect): one button, the rest happens there. */
function ProviderSignIn({ notice, onSignInAtProvider }: ProviderSignInProps) {
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const start = async () => {
    setError(null);
    setLeaving(true);
    const message = await onSignInAtProvider();
    // On success the browser is on its way to the provider; nothing more to do.
    if (message === null) return;
    setLeaving(false);
    setError(message);
  };
  return (
    <>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <p>Du loggar in med din organisations inloggningstjänst. Därefter kommer du tillbaka hit.</p>
      <Button className="button" onPress={() => void start()} isDisabled={leaving}>
        Logga in
      </Button>
      {leaving ? (
        <p role="status" className="hint">
          Går till inloggningstjänsten…
        </p>
      ) : null}
    </>
  );
}

type PasswordSignInProps = Pick<LoginPageProps, 'onSignIn' | 'notice'>;

/** Sign-in with the local issuer: react-hook-form, checked by signInSchema before anything is sent. */
function PasswordSignIn({ onSignIn, notice = null }: PasswordSignInProps) {
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, setValue, setFocus, formState } = useForm<SignInFields>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: '', password: '' },
    // Errors appear on sending and then follow the typing, never while the user first types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });

  const submit = handleSubmit(
    async ({ username, password }) => {
      // Cleared first, so that the same message given twice is announced twice.
      setError(null);
      const message = await onSignIn(username.trim(), password);
      // On success this page is replaced; nothing more to do.
      if (message === null) return;
      setError(message);
      setValue('password', '');
      setFocus('password');
    },
    () => setError(null),
  );

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Logga in</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={formState.isSubmitting}>
        <SignInField control={control} name="username" label="Användarnamn" type="text" autoComplete="username" />
        <SignInField
          control={control}
          name="password"
          label="Lösenord"
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" className="button">
          Logga in
        </Button>
        {formState.isSubmitting ? (
          <p role="status" className="hint">
            Loggar in…
          </p>
        ) : null}
      </form>
    </div>
  );
}

interface SignInFieldProps {
  control: Control<SignInFields>;
  name: keyof SignInFields;
  label: string;
  type: 'text' | 'password';
  autoComplete: string;
}

/** A labelled field whose error sits under its label and is tied to it (aria-describedby). */
function SignInField({ control, name, label, type, autoComplete }: SignInFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={fieldState.invalid ? 'field field--invalid' : 'field'}
          name={field.name}
          type={type}
          autoComplete={autoComplete}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          isRequired
          validationBehavior="aria"
        >
          <Label>{label}</Label>
          <FieldError className="field-error">
            <span className="visually-hidden">Fel: </span>
            {fieldState.error?.message}
          </FieldError>
          <Input ref={field.ref} autoCapitalize={type === 'text' ? 'none' : undefined} spellCheck={false} />
        </TextField>
      )}
    />
  );
}
