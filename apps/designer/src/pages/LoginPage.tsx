import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { validateSignIn, type SignInFieldErrors } from '../session/signInForm';

export interface LoginPageProps {
  /** Resolves to an error message for the user, or null when signed in. */
  onSignIn: (username: string, password: string) => Promise<string | null>;
  /** A note from earlier, e.g. that the user signed out or the session expired. */
  notice?: string | null | undefined;
}

export function LoginPage({ onSignIn, notice = null }: LoginPageProps) {
  useDocumentTitle('Logga in');
  const id = useId();
  const usernameId = `${id}-username`;
  const passwordId = `${id}-password`;
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(): Promise<void> {
    if (submitting) return;
    const errors = validateSignIn({ username, password });
    setFieldErrors(errors);
    // Cleared first, so that the same message given twice is announced twice.
    setError(null);
    if (errors.username || errors.password) {
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setSubmitting(true);
    const message = await onSignIn(username.trim(), password);
    // On success this page is replaced; nothing more to do.
    if (message === null) return;
    setSubmitting(false);
    setError(message);
    setPassword('');
    passwordRef.current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void submit();
  }

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
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={submitting}>
        <Field
          id={usernameId}
          label="Användarnamn"
          error={fieldErrors.username}
          input={
            <input
              ref={usernameRef}
              id={usernameId}
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-invalid={fieldErrors.username ? true : undefined}
              aria-describedby={fieldErrors.username ? `${usernameId}-error` : undefined}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          }
        />
        <Field
          id={passwordId}
          label="Lösenord"
          error={fieldErrors.password}
          input={
            <input
              ref={passwordRef}
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={fieldErrors.password ? `${passwordId}-error` : undefined}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          }
        />
        <button type="submit" className="button">
          Logga in
        </button>
        {submitting ? (
          <p role="status" className="hint">
            Loggar in…
          </p>
        ) : null}
      </form>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error: string | undefined;
  input: ReactNode;
}

function Field({ id, label, error, input }: FieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      ) : null}
      {input}
    </div>
  );
}
