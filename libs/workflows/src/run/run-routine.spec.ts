import { compileRoutine } from '../compile/compile-routine.js';
import { RoutineError } from '../errors/routine-error.js';
import { agreementLifecycle } from '../templates/agreement-lifecycle.js';
import { consultation } from '../templates/consultation.js';
import { rvcReferral } from '../templates/rvc-referral.js';
import { bindingsFor } from '../testing/builders.js';
import { applyEvent, startRoutine } from './run-routine.js';

// Jämtland binds the RVC centre role to its municipalities: the case's home municipality plays it.
const jamtlandRvc = compileRoutine(rvcReferral, {
  roles: {
    police: { to: ['polisen-region-nord'] },
    supportCentre: { to: ['ostersunds-kommun', 'are-kommun'], choose: 'homeMunicipality' },
  },
  parameters: { contactWithin: { type: 'duration', value: 'PT48H' } },
});

function referred() {
  const started = startRoutine(jamtlandRvc, { homeMunicipality: 'ostersunds-kommun' }, '2026-03-27T15:00:00+01:00');
  return applyEvent(jamtlandRvc, started.snapshot, { type: 'case.referral.made' }, '2026-03-28T10:00:00+01:00');
}

function errorOf(action: () => unknown): RoutineError {
  try {
    action();
  } catch (error) {
    if (error instanceof RoutineError) return error;
    throw error;
  }
  throw new Error('expected a RoutineError');
}

describe('startRoutine and applyEvent: an RVC case', () => {
  it('opens the police task at the start, for the bound police', () => {
    const { effects } = startRoutine(
      jamtlandRvc,
      { homeMunicipality: 'ostersunds-kommun' },
      '2026-03-27T15:00:00+01:00',
    );
    expect(effects.entered).toEqual(['consentRequested']);
    expect(effects.openTasks).toEqual([
      expect.objectContaining({ key: 'referContact', owedBy: 'police', parties: ['polisen-region-nord'] }),
    ]);
    expect(effects.armTimers).toEqual([]);
  });

  it('needs the home municipality where a role is played by it', () => {
    expect(errorOf(() => startRoutine(jamtlandRvc, {}, '2026-03-27T15:00:00+01:00')).problems).toEqual([
      expect.objectContaining({ code: 'homeMunicipalityRequired', path: 'homeMunicipality' }),
    ]);
    expect(
      errorOf(() => startRoutine(jamtlandRvc, { homeMunicipality: 'lulea-kommun' }, '2026-03-27T15:00:00+01:00'))
        .problems,
    ).toEqual([expect.objectContaining({ code: 'unknownHomeMunicipality' })]);
  });

  // Issue 9: the start input is case data like any payload, and is refused as such.
  it('refuses a start input that looks like personal data as personal data', () => {
    const refused = errorOf(() =>
      startRoutine(jamtlandRvc, { homeMunicipality: '811218-9876' }, '2026-03-27T15:00:00+01:00'),
    );
    expect({ code: refused.code, problems: refused.problems }).toEqual({
      code: 'PERSONAL_DATA_REJECTED',
      problems: [expect.objectContaining({ code: 'personalData', path: 'homeMunicipality' })],
    });
  });

  it('gives the home municipality a contact task due 48 hours after the referral, with its reminders and escalation', () => {
    const { effects } = referred();
    expect(effects.left).toEqual(['consentRequested']);
    expect(effects.entered).toEqual(['awaitingContact', 'awaitingContact.withinDeadline']);
    expect(effects.closeTasks).toEqual([
      { key: 'referContact', task: 'referContact', state: 'consentRequested', outcome: 'completed' },
    ]);
    expect(effects.openTasks).toEqual([
      expect.objectContaining({
        key: 'makeContact',
        parties: ['ostersunds-kommun'],
        dueAt: '2026-03-30T11:00:00+02:00',
      }),
    ]);
    expect(effects.armTimers.map(({ kind, dueAt, to }) => `${kind} ${dueAt} ${to.join()}`)).toEqual([
      'deadline 2026-03-30T11:00:00+02:00 ',
      'reminder 2026-03-29T23:00:00+02:00 supportCentre',
      'reminder 2026-03-30T11:00:00+02:00 supportCentre',
      'escalation 2026-03-30T11:00:00+02:00 police',
    ]);
  });

  it('completing in time closes the task and cancels the reminders and the escalation', () => {
    const { snapshot } = referred();
    const { effects } = applyEvent(jamtlandRvc, snapshot, { type: 'case.contact.made' }, '2026-03-29T09:00:00+02:00');
    expect(effects.closeTasks).toEqual([
      { key: 'makeContact', task: 'makeContact', state: 'awaitingContact', outcome: 'completed' },
    ]);
    // Only the state that armed timers has any to cancel (its child within the deadline has none).
    expect(effects.cancelTimers).toEqual([{ state: 'awaitingContact' }]);
    expect(effects.entered).toEqual(['supportOffered']);
  });

  it('when the deadline passes, the case is overdue and the task stays open', () => {
    const { snapshot } = referred();
    const late = applyEvent(
      jamtlandRvc,
      snapshot,
      { type: 'case.contact.deadlinePassed' },
      '2026-03-30T11:00:00+02:00',
    );
    expect(late.snapshot.value).toEqual({ awaitingContact: 'overdue' });
    expect(late.effects.closeTasks).toEqual([]);
    // Still in awaitingContact: its reminders and escalations stay armed.
    expect(late.effects.cancelTimers).toEqual([]);
  });

  it('counts failed attempts and gives up after the set number, cancelling the contact task', () => {
    let { snapshot } = referred();
    for (let attempt = 1; attempt < 3; attempt += 1) {
      ({ snapshot } = applyEvent(
        jamtlandRvc,
        snapshot,
        { type: 'case.contact.attemptFailed' },
        '2026-03-28T12:00:00+01:00',
      ));
      expect(snapshot.value).toEqual({ awaitingContact: 'withinDeadline' });
    }
    const last = applyEvent(jamtlandRvc, snapshot, { type: 'case.contact.attemptFailed' }, '2026-03-28T13:00:00+01:00');
    expect(last.snapshot.value).toBe('unreachable');
    expect(last.effects.closeTasks).toEqual([expect.objectContaining({ key: 'makeContact', outcome: 'cancelled' })]);
  });

  it('ignores a timer whose state does nothing with its event, and refuses such an event from a person', () => {
    const { snapshot } = referred();
    const contacted = applyEvent(jamtlandRvc, snapshot, { type: 'case.contact.made' }, '2026-03-29T09:00:00+02:00');
    const stale = applyEvent(
      jamtlandRvc,
      contacted.snapshot,
      { type: 'case.contact.deadlinePassed' },
      '2026-03-30T11:00:00+02:00',
    );
    expect(stale.changed).toBe(false);
    expect(stale.snapshot).toBe(contacted.snapshot);
    expect(
      errorOf(() =>
        applyEvent(jamtlandRvc, contacted.snapshot, { type: 'case.contact.made' }, '2026-03-29T10:00:00+02:00'),
      ).code,
    ).toBe('ROUTINE_EVENT_NOT_ALLOWED');
  });

  it('refuses unknown events, stray fields and anything that looks like personal data', () => {
    const { snapshot } = applyEvent(
      jamtlandRvc,
      referred().snapshot,
      { type: 'case.contact.made' },
      '2026-03-29T09:00:00+02:00',
    );
    expect(
      errorOf(() => applyEvent(jamtlandRvc, snapshot, { type: 'case.cake.baked' }, '2026-03-29T10:00:00+02:00')).code,
    ).toBe('ROUTINE_EVENT_NOT_ALLOWED');
    const stray = errorOf(() =>
      applyEvent(
        jamtlandRvc,
        snapshot,
        { type: 'case.support.accepted', offered: ['crisisTalk'], name: 'Anna' },
        '2026-03-29T10:00:00+02:00',
      ),
    );
    expect(stray.code).toBe('ROUTINE_EVENT_INVALID');
    expect(stray.problems).toEqual([expect.objectContaining({ code: 'fieldNotAllowed', path: 'name' })]);
    const personal = errorOf(() =>
      applyEvent(
        jamtlandRvc,
        snapshot,
        { type: 'case.support.accepted', offered: ['19850312-1234'] },
        '2026-03-29T10:00:00+02:00',
      ),
    );
    expect(personal.code).toBe('PERSONAL_DATA_REJECTED');
  });
});

describe('the agreement lifecycle', () => {
  const lifecycle = compileRoutine(agreementLifecycle, bindingsFor('agreement-lifecycle@1'));
  const start = () =>
    startRoutine(lifecycle, { termEndsOn: '2026-12-31', followUpPlanDueOn: '2026-06-30' }, '2026-01-05T09:00:00+01:00');
  const signed = () => {
    const first = applyEvent(
      lifecycle,
      start().snapshot,
      { type: 'agreement.signature.recorded', party: 'polisen' },
      '2026-01-07T09:00:00+01:00',
    );
    return applyEvent(
      lifecycle,
      first.snapshot,
      { type: 'agreement.signature.recorded', party: 'ostersunds-kommun' },
      '2026-01-08T09:00:00+01:00',
    );
  };

  it('closes each party’s signing task as it signs, and enters into force with the last signature', () => {
    const first = applyEvent(
      lifecycle,
      start().snapshot,
      { type: 'agreement.signature.recorded', party: 'polisen' },
      '2026-01-07T09:00:00+01:00',
    );
    expect(first.effects.closeTasks).toEqual([
      { key: 'sign:polisen', task: 'sign', state: 'sentForSignature', item: 'polisen', outcome: 'completed' },
    ]);
    expect(first.effects.entered).toEqual([]);

    const last = signed();
    expect(last.effects.closeTasks).toEqual([
      expect.objectContaining({ key: 'sign:ostersunds-kommun', outcome: 'completed' }),
    ]);
    expect(last.effects.entered).toContain('inForce.term.running');
    expect(last.effects.armTimers).toContainEqual(
      expect.objectContaining({
        kind: 'deadline',
        event: 'agreement.term.endReached',
        dueAt: '2027-01-01T00:00:00+01:00',
      }),
    );
  });

  it('takes a signature only from a party that signs', () => {
    expect(
      errorOf(() =>
        applyEvent(
          lifecycle,
          start().snapshot,
          { type: 'agreement.signature.recorded', party: 'kvinnojouren' },
          '2026-01-07T09:00:00+01:00',
        ),
      ).problems,
    ).toEqual([expect.objectContaining({ code: 'partyNotInRole', path: 'party' })]);
  });

  it('renews for a year when the term ends, and arms the next end', () => {
    const renewed = applyEvent(
      lifecycle,
      signed().snapshot,
      { type: 'agreement.term.endReached' },
      '2027-01-01T00:00:00+01:00',
    );
    expect(renewed.snapshot.context.records.termEndsOn).toBe('2027-12-31');
    expect(renewed.effects.left).toEqual(['inForce.term.running']);
    expect(renewed.effects.entered).toEqual(['inForce.term.running']);
    expect(renewed.effects.armTimers).toEqual([
      expect.objectContaining({ kind: 'deadline', dueAt: '2028-01-01T00:00:00+01:00' }),
    ]);
  });

  it('dates a withdrawal with libs/agreements: notice on 30 June leaves at the year end', () => {
    const notice = applyEvent(
      lifecycle,
      signed().snapshot,
      { type: 'agreement.notice.given', party: 'polisen', noticeGivenOn: '2026-06-30' },
      '2026-06-30T10:00:00+02:00',
    );
    expect(notice.snapshot.context.records).toMatchObject({
      withdrawingParty: 'polisen',
      withdrawalEffectiveOn: '2026-12-31',
    });
    expect(notice.effects.armTimers).toContainEqual(
      expect.objectContaining({
        kind: 'deadline',
        event: 'agreement.withdrawal.effective',
        dueAt: '2027-01-01T00:00:00+01:00',
      }),
    );
  });

  it('re-enters the annual report: the delivered task closes and next year’s opens', () => {
    const planned = applyEvent(
      lifecycle,
      signed().snapshot,
      { type: 'agreement.followUpPlan.adopted' },
      '2026-05-01T10:00:00+02:00',
    );
    const report = applyEvent(
      lifecycle,
      planned.snapshot,
      { type: 'agreement.annualReport.delivered' },
      '2027-04-20T10:00:00+02:00',
    );
    expect(report.effects.closeTasks).toEqual([expect.objectContaining({ key: 'annualReport', outcome: 'completed' })]);
    expect(report.effects.openTasks).toEqual([
      expect.objectContaining({ key: 'annualReport', dueAt: '2028-04-20T10:00:00+02:00' }),
    ]);
    expect(report.effects.cancelTimers).toEqual([{ state: 'inForce.followUp.reporting' }]);
  });
});

describe('a consultation’s outcome', () => {
  const routine = compileRoutine(consultation, bindingsFor('consultation@1'));
  const held = () => {
    let { snapshot } = startRoutine(routine, { homeMunicipality: 'are-kommun' }, '2026-03-23T09:00:00+01:00');
    const at = '2026-03-24T09:00:00+01:00';
    ({ snapshot } = applyEvent(
      routine,
      snapshot,
      { type: 'consultation.type.set', consultationType: 'acute', participants: ['police', 'socialServices'] },
      at,
    ));
    ({ snapshot } = applyEvent(routine, snapshot, { type: 'consultation.held', consentBasis: 'deidentified' }, at));
    return snapshot;
  };
  const outcome = {
    type: 'consultation.outcome.recorded',
    actions: [
      { key: 'a1', role: 'socialServices', kind: 'protectiveMeasures', within: { workingDays: 3 } },
      { key: 'a2', role: 'police', kind: 'riskAssessment', within: { duration: 'P1W' } },
    ],
  };

  it('gives each action to its role as a task with its own due time', () => {
    const { effects } = applyEvent(routine, held(), outcome, '2026-03-26T15:00:00+01:00');
    expect(
      effects.openTasks.map(({ key, owedBy, parties, dueAt, title }) => ({ key, owedBy, parties, dueAt, title })),
    ).toEqual([
      {
        key: 'carryOutAction:a1',
        owedBy: 'socialServices',
        parties: ['are-kommun'],
        dueAt: '2026-03-31T15:00:00+02:00',
        title: 'Vidta skyddsåtgärder utifrån den bedömda risken',
      },
      {
        key: 'carryOutAction:a2',
        owedBy: 'police',
        parties: ['polisen'],
        dueAt: '2026-04-02T15:00:00+02:00',
        title: 'Bedöm risken för fortsatt våld',
      },
    ]);
    expect(
      effects.armTimers.filter((timer) => timer.tasks.includes('carryOutAction:a1')).map((timer) => timer.key),
    ).toEqual([
      'actionsOpen#carryOutAction:a1#reminder.0',
      'actionsOpen#carryOutAction:a1#reminder.1',
      'actionsOpen#carryOutAction:a1#escalation.0',
    ]);
  });

  it('closes an action done and cancels its notices; the last one done moves on to follow-up', () => {
    const open = applyEvent(routine, held(), outcome, '2026-03-26T15:00:00+01:00');
    const first = applyEvent(
      routine,
      open.snapshot,
      { type: 'consultation.action.completed', action: 'a1' },
      '2026-03-27T10:00:00+01:00',
    );
    expect(first.effects.closeTasks).toEqual([
      expect.objectContaining({ key: 'carryOutAction:a1', outcome: 'completed' }),
    ]);
    expect(first.effects.cancelTimers).toEqual([
      {
        state: 'actionsOpen',
        keys: [
          'actionsOpen#carryOutAction:a1#reminder.0',
          'actionsOpen#carryOutAction:a1#reminder.1',
          'actionsOpen#carryOutAction:a1#escalation.0',
        ],
      },
    ]);
    const last = applyEvent(
      routine,
      first.snapshot,
      { type: 'consultation.action.completed', action: 'a2' },
      '2026-03-30T10:00:00+02:00',
    );
    expect(last.snapshot.value).toBe('followUp');
    expect(last.effects.closeTasks).toEqual([
      expect.objectContaining({ key: 'carryOutAction:a2', outcome: 'completed' }),
    ]);
  });

  it('refuses completing an action the outcome did not assign', () => {
    const open = applyEvent(routine, held(), outcome, '2026-03-26T15:00:00+01:00');
    expect(
      errorOf(() =>
        applyEvent(
          routine,
          open.snapshot,
          { type: 'consultation.action.completed', action: 'a9' },
          '2026-03-27T10:00:00+01:00',
        ),
      ).problems,
    ).toEqual([expect.objectContaining({ code: 'unknownAssignedAction' })]);
  });

  // P99999999Y gave the task no due time and failed the event in the database with a 500 (the
  // class of value the API's routine property found in a parameter's default).
  it('refuses an action due beyond the longest duration a due time is counted with', () => {
    const far = {
      ...outcome,
      actions: [{ key: 'a1', role: 'police', kind: 'riskAssessment', within: { duration: 'P99999999Y' } }],
    };
    expect(errorOf(() => applyEvent(routine, held(), far, '2026-03-26T15:00:00+01:00')).problems).toEqual([
      expect.objectContaining({ code: 'invalidValue', path: 'actions.0.within.duration' }),
    ]);
  });

  it('refuses an action given to a role the routine does not have', () => {
    const bad = {
      ...outcome,
      actions: [{ key: 'a1', role: 'mayor', kind: 'riskAssessment', within: { workingDays: 1 } }],
    };
    expect(errorOf(() => applyEvent(routine, held(), bad, '2026-03-26T15:00:00+01:00')).problems).toEqual([
      expect.objectContaining({ code: 'unknownRole', path: 'actions.0.role' }),
    ]);
  });

  // Issue 9: a typed title could carry a name or an address; the coordinator picks from the list.
  it('takes an action only from the routine’s list, never a typed title or a key of its own', () => {
    const action = { key: 'a1', role: 'police', kind: 'riskAssessment', within: { workingDays: 1 } };
    const refused = (actions: unknown[]) =>
      errorOf(() => applyEvent(routine, held(), { ...outcome, actions }, '2026-03-26T15:00:00+01:00'));
    const unlisted = refused([{ ...action, kind: 'visitAnnaAndersson' }]);
    expect({ code: unlisted.code, problems: unlisted.problems }).toEqual({
      code: 'ROUTINE_EVENT_INVALID',
      problems: [expect.objectContaining({ code: 'unknownActionKind', path: 'actions.0.kind' })],
    });
    const titled = refused([{ ...action, title: 'Hembesök hos Anna Andersson' }]);
    // The field it may not carry is named (the one zod translator of the libraries, issue 10).
    expect({ code: titled.code, problems: titled.problems }).toEqual({
      code: 'ROUTINE_EVENT_INVALID',
      problems: [expect.objectContaining({ code: 'unknownField', path: 'actions.0.title' })],
    });
    const named = refused([{ ...action, key: 'anna-andersson' }]);
    expect(named.problems).toEqual([expect.objectContaining({ path: 'actions.0.key' })]);
  });
});
