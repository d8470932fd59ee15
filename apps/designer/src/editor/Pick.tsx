import { Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { clauseLabel } from './draft';
import type { RefOption } from './governance';

interface PickProps {
  label: string;
  /** The clause the choice cites, shown beside the label. */
  clause?: string | undefined;
  options: readonly RefOption[];
  error?: string | undefined;
  description?: string | undefined;
}

function LabelWithClause({ label, clause }: { label: string; clause?: string | undefined }) {
  const cited = clauseLabel(clause);
  return (
    <Label>
      {label}
      {cited ? <span className="clause-ref"> ({cited})</span> : null}
    </Label>
  );
}

function Error({ error }: { error?: string | undefined }) {
  return (
    <FieldError className="field-error">
      <span className="visually-hidden">Fel: </span>
      {error}
    </FieldError>
  );
}

/**
 * One of the agreement's parties, roles or bodies, by key (react-aria's radios: Tab to the group,
 * arrows within it), with the library's error under the label, tied to the group.
 */
export function PickOne({
  value,
  onChange,
  ...props
}: PickProps & { value: string | null; onChange: (key: string) => void }) {
  // A key that names nothing (a removed body) is not a choice: no radio is chosen, the error says why.
  const known = props.options.some((o) => o.key === value) ? value : null;
  return (
    <RadioGroup
      className="radio-group"
      value={known}
      onChange={onChange}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <LabelWithClause label={props.label} clause={props.clause} />
      {props.description ? (
        <Text slot="description" className="hint">
          {props.description}
        </Text>
      ) : null}
      {props.options.map((option) => (
        <Radio key={option.key} value={option.key}>
          {option.name}
        </Radio>
      ))}
      <Error error={props.error} />
    </RadioGroup>
  );
}

/** Any number of the agreement's parties, roles, bodies or target groups, by key. */
export function PickMany({
  value,
  onChange,
  ...props
}: PickProps & { value: readonly string[]; onChange: (keys: string[]) => void }) {
  return (
    <CheckboxGroup
      className="checkbox-group"
      value={[...value]}
      onChange={onChange}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <LabelWithClause label={props.label} clause={props.clause} />
      {props.description ? (
        <Text slot="description" className="hint">
          {props.description}
        </Text>
      ) : null}
      {props.options.map((option) => (
        <Checkbox key={option.key} value={option.key}>
          {option.name}
        </Checkbox>
      ))}
      <Error error={props.error} />
    </CheckboxGroup>
  );
}
