import type { Body } from '@samverkan/agreements';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { DraftField } from './DraftField';
import { numberOrText } from './draft';

export type CadenceDraft = Record<string, unknown> & { kind?: string };

interface CadenceFieldsProps {
  body: Body;
  index: number;
  errors: Map<string, string>;
  setCadence: (cadence: CadenceDraft | null) => void;
}

/** A body's cadence: a recurrence rule with its time, or a number of meetings per year or term. */
export function CadenceFields({ body, index, errors, setCadence }: CadenceFieldsProps) {
  const cadence = (body.cadence ?? null) as CadenceDraft | null;
  const path = `bodies.${index}.cadence`;
  const clause = (cadence?.['clause'] as string | undefined) ?? body.clause;
  const field = (name: string) =>
    cadence?.[name] === undefined || cadence[name] === null ? '' : String(cadence[name]);
  const set = (name: string, value: unknown) => setCadence({ ...(cadence ?? {}), [name]: value ?? null });
  return (
    <div className="cadence">
      <RadioGroup
        className="radio-group"
        value={cadence?.kind ?? 'none'}
        onChange={(kind) =>
          setCadence(
            kind === 'recurrence'
              ? { kind, rrule: 'FREQ=WEEKLY;BYDAY=TU', timeOfDay: '09:00', clause }
              : kind === 'countPerPeriod'
                ? { kind, min: 4, max: 4, per: 'year', clause }
                : null,
          )
        }
      >
        <Label>Hur ofta {body.name} möts</Label>
        <Radio value="recurrence">Efter en regel (t.ex. varje vecka)</Radio>
        <Radio value="countPerPeriod">Ett antal gånger per år eller termin</Radio>
        <Radio value="none">Anges inte</Radio>
      </RadioGroup>
      {cadence?.kind === 'recurrence' ? (
        <>
          <DraftField
            label="Regel (RFC 5545 RRULE)"
            path={`${path}.rrule`}
            clause={clause}
            value={field('rrule')}
            error={errors.get(`${path}.rrule`)}
            description="Till exempel FREQ=WEEKLY;BYDAY=TU för varje tisdag."
            onChange={(text) => set('rrule', text)}
          />
          <DraftField
            label="Klockslag"
            path={`${path}.timeOfDay`}
            value={field('timeOfDay')}
            error={errors.get(`${path}.timeOfDay`)}
            description="TT:MM, svensk tid."
            onChange={(text) => set('timeOfDay', text === '' ? null : text)}
          />
        </>
      ) : null}
      {cadence?.kind === 'countPerPeriod' ? (
        <>
          <DraftField
            label="Minst antal möten"
            path={`${path}.min`}
            clause={clause}
            value={field('min')}
            inputMode="numeric"
            error={errors.get(`${path}.min`) ?? errors.get(path)}
            onChange={(text) => set('min', numberOrText(text))}
          />
          <DraftField
            label="Högst antal möten"
            path={`${path}.max`}
            value={field('max')}
            inputMode="numeric"
            error={errors.get(`${path}.max`)}
            onChange={(text) => set('max', numberOrText(text))}
          />
          <RadioGroup className="radio-group" value={field('per') || 'year'} onChange={(per) => set('per', per)}>
            <Label>Per</Label>
            <Radio value="year">år</Radio>
            <Radio value="term">termin</Radio>
          </RadioGroup>
        </>
      ) : null}
    </div>
  );
}
