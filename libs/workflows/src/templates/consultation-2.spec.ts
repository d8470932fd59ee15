import { compileRoutine } from '../compile/compile-routine.js';
import { type RoutineSnapshot } from '../compile/routine-snapshot.js';
import { RoutineError } from '../errors/routine-error.js';
import { checkMigration } from '../migrate/migrate-state.js';
import { applyEvent, startRoutine } from '../run/run-routine.js';
import { bindingsFor } from '../testing/builders.js';
import { validateRoutine } from '../validate/validate-routine.js';
import { consultation } from './consultation.js';
import { consultation2 } from './consultation-2.js';

const routine = compileRoutine(consultation2, bindingsFor('consultation@2'));
const at = '2026-03-24T09:00:00+01:00';

/** A consultation convened at once, ready to be held. */
function convened(): RoutineSnapshot {
  let { snapshot } = startRoutine(routine, { homeMunicipality: 'are-kommun' }, '2026-03-23T09:00:00+01:00');
  ({ snapshot } = applyEvent(
    routine,
    snapshot,
    { type: 'consultation.type.set', consultationType: 'acute', participants: ['police', 'socialServices'] },
    at,
  ));
  return snapshot;
}
const hold = (payload: Record<string, unknown>) =>
  applyEvent(routine, convened(), { type: 'consultation.held', ...payload }, at);
/** The refusal's code and its problems as [path, code]. */
function refusal(payload: Record<string, unknown>): { code: string; problems: [string, string][] } {
  try {
    hold(payload);
  } catch (error) {
    if (!(error instanceof RoutineError)) throw error;
    return { code: error.code, problems: error.problems.map((p) => [p.path, p.code]) };
  }
  throw new Error('not refused');
}
const withConsent = { consentBasis: 'consent', consentExplained: true, consentForm: 'used', hasChildren: false };

// Issue 11, seed 002 §§ 8 and 12: the consultation records consent and children as the text asks.
describe('consultation@2: consent and children when a consultation is held', () => {
  it('records that consent was explained, the form used, children and external attendees by function', () => {
    const { snapshot } = hold({
      ...withConsent,
      hasChildren: true,
      childRightsConsidered: true,
      externalAttendees: ['womensShelter', 'interpreter'],
    });
    expect(snapshot.value).toBe('outcomePending');
    expect(snapshot.context.records).toMatchObject({
      consentBasis: 'consent',
      consentExplained: true,
      consentForm: 'used',
      hasChildren: true,
      childRightsConsidered: true,
      externalAttendees: ['womensShelter', 'interpreter'],
    });
  });

  it('with consent: the explanation (§ 8) and the form or why not (§ 12) are required', () => {
    expect(refusal({ consentBasis: 'consent', hasChildren: false })).toEqual({
      code: 'ROUTINE_EVENT_INVALID',
      problems: [
        ['consentForm', 'requiredWhen'],
        ['consentExplained', 'mustBe'],
      ],
    });
    expect(refusal({ ...withConsent, consentExplained: false }).problems).toEqual([['consentExplained', 'mustBe']]);
    // Why not, from the fixed list only: a typed reason could carry a name.
    expect(hold({ ...withConsent, consentForm: 'notUsedAcute' }).snapshot.context.records.consentForm).toBe(
      'notUsedAcute',
    );
    expect(refusal({ ...withConsent, consentForm: 'hon ville inte' }).problems).toEqual([
      ['consentForm', 'invalidValue'],
    ]);
  });

  it('de-identified (§ 12): no consent form; the explanation may still be recorded', () => {
    expect(refusal({ consentBasis: 'deidentified', consentForm: 'used', hasChildren: false }).problems).toEqual([
      ['consentForm', 'notAllowedWhen'],
    ]);
    expect(hold({ consentBasis: 'deidentified', hasChildren: false }).snapshot.value).toBe('outcomePending');
  });

  it('when the adult has children, their rights must have been considered (articles 3 and 19)', () => {
    let message = '';
    try {
      hold({ ...withConsent, hasChildren: true });
    } catch (error) {
      if (error instanceof RoutineError) message = error.problems[0]?.message.sv ?? '';
    }
    expect(message).toContain('artikel 3 och 19 i barnkonventionen (§ 8)');
    expect(refusal({ ...withConsent, hasChildren: true, childRightsConsidered: false }).problems).toEqual([
      ['childRightsConsidered', 'mustBe'],
    ]);
    expect(refusal({ consentBasis: 'consent', consentExplained: true, consentForm: 'used' }).problems).toEqual([
      ['hasChildren', 'required'],
    ]);
  });

  it('takes an external attendee by function from the fixed list, never a name', () => {
    expect(refusal({ ...withConsent, externalAttendees: ['prosecutor Anna'] }).problems).toEqual([
      ['externalAttendees.0', 'invalidValue'],
    ]);
    expect(refusal({ ...withConsent, externalAttendees: ['Anna Svensson, 070-123 45 67'] }).code).toBe(
      'PERSONAL_DATA_REJECTED',
    );
  });

  it('is a new version: version 1 stays as published, and its running cases move to version 2 state for state', () => {
    expect(consultation.version).toBe(1);
    expect(consultation.events['consultation.held']?.payload).toEqual({ consentBasis: 'required' });
    expect(checkMigration(consultation, consultation2, {})).toEqual([]);
    expect(validateRoutine(consultation2, bindingsFor('consultation@2'))).toMatchObject({ ok: true });
  });
});

describe('rules between an event’s fields are checked when a definition is validated', () => {
  it('refuses a rule on a field its event does not carry, and a value the field cannot hold', () => {
    const held = consultation2.events['consultation.held'];
    if (!held) throw new Error('no consultation.held');
    const broken = {
      ...consultation2,
      events: {
        ...consultation2.events,
        'consultation.held': {
          ...held,
          rules: [
            {
              when: { field: 'consentBasis', is: 'perhaps' },
              require: ['slotAt'],
              why: 'Prov.',
              source: { kind: 'product', note: 'Prov.' },
            },
          ],
        },
      },
    };
    const result = validateRoutine(broken);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['events[consultation.held].rules.0.when.is', 'ruleValueInvalid'],
      ['events[consultation.held].rules.0.require.0', 'ruleFieldNotInPayload'],
    ]);
  });
});
