import { DateTime } from 'luxon';
import { agreementLifecycle } from '../templates/agreement-lifecycle.js';
import { consultation } from '../templates/consultation.js';
import { rvcReferral } from '../templates/rvc-referral.js';
import { bindingsFor } from '../testing/builders.js';
import { deadlinesOnEntry } from './deadlines-on-entry.js';

const hoursBetween = (a: string, b: string): number => DateTime.fromISO(b).diff(DateTime.fromISO(a), 'hours').hours;

describe('deadlinesOnEntry', () => {
  it('makes "within 48 hours" 48 elapsed hours across the change to summer time', () => {
    // Entered Saturday 28 March 2026 10:00 in Stockholm (CET); clocks go forward on Sunday 29th.
    const plan = deadlinesOnEntry(
      rvcReferral,
      bindingsFor('rvc-referral@1'),
      'awaitingContact',
      '2026-03-28T10:00:00+01:00',
    );

    const deadline = plan.timers.find((timer) => timer.kind === 'deadline');
    expect(deadline).toMatchObject({ dueAt: '2026-03-30T11:00:00+02:00', event: 'case.contact.deadlinePassed' });
    expect(hoursBetween('2026-03-28T10:00:00+01:00', deadline?.dueAt ?? '')).toBe(48);
    expect(plan.tasks).toEqual([
      expect.objectContaining({
        key: 'makeContact',
        owedBy: 'supportCentre',
        parties: ['stodcentrum'],
        dueAt: '2026-03-30T11:00:00+02:00',
      }),
    ]);
  });

  it('reads an entry time in any offset as the same instant', () => {
    const utc = deadlinesOnEntry(rvcReferral, bindingsFor('rvc-referral@1'), 'awaitingContact', '2026-03-28T09:00:00Z');
    expect(utc.timers.find((timer) => timer.kind === 'deadline')?.dueAt).toBe('2026-03-30T11:00:00+02:00');
  });

  it('reminds the owing role before and at the due time, and escalates to the police after it', () => {
    const plan = deadlinesOnEntry(
      rvcReferral,
      bindingsFor('rvc-referral@1'),
      'awaitingContact',
      '2026-03-28T10:00:00+01:00',
    );
    const notices = plan.timers
      .filter((timer) => timer.kind !== 'deadline')
      .map(({ kind, dueAt, to, tasks }) => ({ kind, dueAt, to, tasks }));
    expect(notices).toEqual([
      { kind: 'reminder', dueAt: '2026-03-29T23:00:00+02:00', to: ['supportCentre'], tasks: ['makeContact'] },
      { kind: 'reminder', dueAt: '2026-03-30T11:00:00+02:00', to: ['supportCentre'], tasks: ['makeContact'] },
      { kind: 'escalation', dueAt: '2026-03-30T11:00:00+02:00', to: ['police'], tasks: ['makeContact'] },
    ]);
  });

  it('takes the county’s parameter over the template’s default', () => {
    const bindings = {
      ...bindingsFor('rvc-referral@1'),
      parameters: { contactWithin: { type: 'duration' as const, value: 'PT2S' } },
    };
    const plan = deadlinesOnEntry(rvcReferral, bindings, 'awaitingContact', '2026-05-04T09:00:00+02:00');
    expect(plan.timers.find((timer) => timer.kind === 'deadline')?.dueAt).toBe('2026-05-04T09:00:02+02:00');
  });

  it('counts working days past a weekend and the Easter holidays', () => {
    // Thursday 2 April 2026, 14:00: Good Friday, the weekend and Easter Monday are not working days.
    const plan = deadlinesOnEntry(
      consultation,
      bindingsFor('consultation@1'),
      'requested',
      '2026-04-02T14:00:00+02:00',
    );
    expect(plan.timers.find((timer) => timer.kind === 'deadline')?.dueAt).toBe('2026-04-08T14:00:00+02:00');
  });

  it('counts to a recorded instant: the booked consultation slot, reminded a day before', () => {
    const plan = deadlinesOnEntry(consultation, bindingsFor('consultation@1'), 'booked', '2026-03-26T10:00:00+01:00', {
      slotAt: '2026-03-31T09:00:00+02:00',
    });
    expect(plan.timers.map(({ kind, dueAt }) => ({ kind, dueAt }))).toEqual([
      { kind: 'deadline', dueAt: '2026-03-31T09:00:00+02:00' },
      { kind: 'reminder', dueAt: '2026-03-30T09:00:00+02:00' },
    ]);
  });

  it('leaves out a reminder that would come before the state was entered', () => {
    const plan = deadlinesOnEntry(consultation, bindingsFor('consultation@1'), 'booked', '2026-03-30T10:00:00+02:00', {
      slotAt: '2026-03-31T09:00:00+02:00',
    });
    expect(plan.timers.map(({ kind }) => kind)).toEqual(['deadline']);
  });

  it('makes a date due when its day is over: the follow-up plan "senast den 30:e juni"', () => {
    const plan = deadlinesOnEntry(
      agreementLifecycle,
      bindingsFor('agreement-lifecycle@1'),
      'inForce.followUp.planDue',
      '2023-03-01T00:00:00+01:00',
      {
        followUpPlanDueOn: '2023-06-30',
      },
    );
    expect(plan.timers.map(({ kind, dueAt, to }) => ({ kind, dueAt, to }))).toEqual([
      { kind: 'deadline', dueAt: '2023-07-01T00:00:00+02:00', to: [] },
      { kind: 'reminder', dueAt: '2023-06-17T00:00:00+02:00', to: ['coordinator'] },
      { kind: 'reminder', dueAt: '2023-07-01T00:00:00+02:00', to: ['coordinator'] },
      { kind: 'escalation', dueAt: '2023-07-01T00:00:00+02:00', to: ['signatory'] },
    ]);
  });

  it('opens one task per party where each party owes its own, with one reminder for all', () => {
    const plan = deadlinesOnEntry(
      agreementLifecycle,
      bindingsFor('agreement-lifecycle@1'),
      'sentForSignature',
      '2026-01-05T09:00:00+01:00',
    );
    expect(plan.tasks.map(({ key, parties }) => ({ key, parties }))).toEqual([
      { key: 'sign:polisen', parties: ['polisen'] },
      { key: 'sign:ostersunds-kommun', parties: ['ostersunds-kommun'] },
    ]);
    expect(plan.timers.filter((timer) => timer.kind === 'reminder').map((timer) => timer.tasks)).toEqual([
      ['sign:polisen', 'sign:ostersunds-kommun'],
      ['sign:polisen', 'sign:ostersunds-kommun'],
    ]);
  });

  it('arms nothing for a state without a deadline', () => {
    expect(
      deadlinesOnEntry(rvcReferral, bindingsFor('rvc-referral@1'), 'supportOffered', '2026-03-28T10:00:00+01:00')
        .timers,
    ).toEqual([]);
  });
});
