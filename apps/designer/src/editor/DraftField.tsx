import { useEffect, useState } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { clauseLabel } from './draft';

export interface DraftFieldProps {
  label: string;
  /** The resolved version's path of the value, as the API's problems name it. */
  path: string;
  /** The clause the value cites, shown beside the label. */
  clause?: string | undefined;
  value: string;
  /** Called on every keystroke with the text as typed. */
  onChange: (text: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  type?: 'text' | 'time';
  inputMode?: 'numeric' | 'text';
  /** Focus on mount: the first field of what a button just added, where the button is gone. */
  autoFocus?: boolean;
}

/**
 * One field of the draft: its label with the clause it cites, its error (the library's Swedish
 * message for its path) under the label and tied to the field. It keeps the text as typed,
 * valid or not: nothing typed is lost.
 */
export function DraftField({
  label,
  path,
  clause,
  value,
  onChange,
  error,
  description,
  type = 'text',
  inputMode,
  autoFocus,
}: DraftFieldProps) {
  const [text, setText] = useState(value);
  // A value replaced from outside (a reload) shows; the user's own typing is kept otherwise.
  useEffect(() => setText(value), [value]);
  const cited = clauseLabel(clause);
  return (
    <TextField
      className={error ? 'field field--invalid' : 'field'}
      name={path}
      type={type}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(next);
      }}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {cited ? <span className="clause-ref"> ({cited})</span> : null}
      </Label>
      {description ? (
        <Text slot="description" className="hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">
        <span className="visually-hidden">Fel: </span>
        {error}
      </FieldError>
      <Input data-path={path} inputMode={inputMode} spellCheck={false} autoFocus={autoFocus} />
    </TextField>
  );
}
