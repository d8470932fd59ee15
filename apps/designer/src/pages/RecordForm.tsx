import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { DraftField } from '../editor/DraftField';
import type { RefOption } from '../editor/governance';
import { PickOne } from '../editor/Pick';
import { type RecordField, recordFailure } from './record-problems';

export const FUNCTION_HINT = 'En funktion, till exempel kommundirektör – aldrig ett namn';

export interface RecordValues {
  party: string | null;
  day: string;
  signatoryFunction: string;
}

export interface RecordFormViewProps {
  legend: string;
  /** The API's name of the day: `signedOn` for a signature, `givenOn` for a notice. */
  dayField: 'signedOn' | 'givenOn';
  dayHint: string;
  parties: readonly RefOption[];
  values: RecordValues;
  errors: ReadonlyMap<RecordField, string>;
  alert: string | null;
  status: string;
  saving: boolean;
  submitLabel: string;
  onChange: (values: RecordValues) => void;
  onSubmit: (event: FormEvent) => void;
}

/**
 * A party, a day and the signatory's function, in a fieldset: the API's problems at their fields,
 * a refusal in the alert and the result in the status. A plain function of its props (tested so).
 */
export function RecordFormView(props: RecordFormViewProps) {
  const { values, errors, onChange } = props;
  return (
    <form className="form" onSubmit={props.onSubmit} noValidate>
      <fieldset className="fieldset">
        <legend>{props.legend}</legend>
        <PickOne
          label="Part"
          options={props.parties}
          value={values.party}
          onChange={(party) => onChange({ ...values, party })}
          error={errors.get('party')}
        />
        <DraftField
          label="Datum"
          path={props.dayField}
          value={values.day}
          onChange={(day) => onChange({ ...values, day })}
          error={errors.get(props.dayField)}
          description={props.dayHint}
          inputMode="numeric"
        />
        <DraftField
          label="Undertecknarens funktion"
          path="signatoryFunction"
          value={values.signatoryFunction}
          onChange={(signatoryFunction) => onChange({ ...values, signatoryFunction })}
          error={errors.get('signatoryFunction')}
          description={FUNCTION_HINT}
        />
      </fieldset>
      <div role="alert" className="alert-region">
        {props.alert ? <p className="alert">{props.alert}</p> : null}
      </div>
      <div className="actions">
        <Button type="submit" className="button" isDisabled={props.saving}>
          {props.submitLabel}
        </Button>
      </div>
      <p role="status">{props.status}</p>
    </form>
  );
}

export interface RecordFormProps {
  legend: string;
  dayField: 'signedOn' | 'givenOn';
  dayHint: string;
  initialDay: string;
  parties: readonly RefOption[];
  submitLabel: string;
  /** "Underskriften", "Uppsägningen": the subject of the alert's sentence. */
  what: string;
  /** Posts the values; resolves to what the status announces. */
  save: (values: RecordValues & { party: string }) => Promise<string>;
}

/** The form's state around RecordFormView: the API checks everything again and decides who may. */
export function RecordForm({ initialDay, save, what, ...view }: RecordFormProps) {
  const blank: RecordValues = { party: null, day: initialDay, signatoryFunction: '' };
  const [values, setValues] = useState<RecordValues>(blank);
  const [errors, setErrors] = useState<ReadonlyMap<RecordField, string>>(new Map());
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setStatus('');
    setAlert(null);
    if (values.party === null) {
      setErrors(new Map([['party', 'Välj en part.']]));
      setAlert(`${what} registrerades inte. Rätta uppgifterna vid fälten.`);
      return;
    }
    setErrors(new Map());
    setSaving(true);
    try {
      setStatus(await save({ ...values, party: values.party }));
      setValues(blank);
    } catch (error) {
      const failure = recordFailure(error, what);
      setErrors(failure.fields);
      setAlert(failure.alert);
    } finally {
      setSaving(false);
    }
  }

  return (
    <RecordFormView
      {...view}
      values={values}
      errors={errors}
      alert={alert}
      status={status}
      saving={saving}
      onChange={setValues}
      onSubmit={(event) => void submit(event)}
    />
  );
}
