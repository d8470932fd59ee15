import { transition } from 'xstate';
import { compileRoutine } from '../compile/compile-routine.js';
import { RoutineError } from '../errors/routine-error.js';
import { agreementLifecycle } from '../templates/agreement-lifecycle.js';
import { rvcReferral } from '../templates/rvc-referral.js';
import { bindingsFor } from '../testing/builders.js';
import { restoreSnapshot } from './restore-snapshot.js';
import { applyEvent, startRoutine } from './run-routine.js';

describe('a snapshot stored as JSON', () => {
  const rvc = compileRoutine(rvcReferral, bindingsFor('rvc-referral@1'));

  it('comes back with machine.resolveState and runs on where it stopped', () => {
    let { snapshot } = startRoutine(rvc, {}, '2026-03-28T10:00:00+01:00');
    ({ snapshot } = applyEvent(rvc, snapshot, { type: 'case.referral.made' }, '2026-03-28T10:00:00+01:00'));
    ({ snapshot } = applyEvent(rvc, snapshot, { type: 'case.contact.attemptFailed' }, '2026-03-28T11:00:00+01:00'));
    const stored = JSON.stringify(snapshot);

    const restored = rvc.machine.resolveState(JSON.parse(stored));
    expect(restored.value).toEqual(snapshot.value);
    expect(restored.context).toEqual(snapshot.context);

    const [next] = transition(rvc.machine, restored, { type: 'case.contact.made' });
    expect(next.value).toBe('supportOffered');
  });

  it('is checked before it is restored: restoreSnapshot takes the text or the parsed object', () => {
    let { snapshot } = startRoutine(rvc, {}, '2026-03-28T10:00:00+01:00');
    ({ snapshot } = applyEvent(rvc, snapshot, { type: 'case.referral.made' }, '2026-03-28T10:00:00+01:00'));
    const fromText = restoreSnapshot(rvc, JSON.stringify(snapshot));
    const fromObject = restoreSnapshot(rvc, JSON.parse(JSON.stringify(snapshot)));
    expect(fromText.value).toEqual({ awaitingContact: 'withinDeadline' });
    expect(fromObject.context.counts).toEqual({});
    expect(applyEvent(rvc, fromText, { type: 'case.contact.made' }, '2026-03-29T10:00:00+02:00').snapshot.value).toBe(
      'supportOffered',
    );
  });

  it('keeps a parallel state, its per-party progress and its recorded dates', () => {
    const lifecycle = compileRoutine(agreementLifecycle, bindingsFor('agreement-lifecycle@1'));
    let { snapshot } = startRoutine(lifecycle, { termEndsOn: '2026-12-31' }, '2026-01-05T09:00:00+01:00');
    ({ snapshot } = applyEvent(
      lifecycle,
      snapshot,
      { type: 'agreement.signature.recorded', party: 'polisen' },
      '2026-01-06T09:00:00+01:00',
    ));
    const restored = restoreSnapshot(lifecycle, JSON.stringify(snapshot));
    expect(restored.context.done).toEqual({ sign: ['polisen'] });
    const { snapshot: inForce } = applyEvent(
      lifecycle,
      restored,
      { type: 'agreement.signature.recorded', party: 'ostersunds-kommun' },
      '2026-01-07T09:00:00+01:00',
    );
    const again = restoreSnapshot(lifecycle, JSON.stringify(inForce));
    expect(again.value).toEqual({ inForce: { term: 'running', followUp: 'planDue', changes: 'stable' } });
    expect(again.context.records.termEndsOn).toBe('2026-12-31');
  });

  it('is refused when it does not fit the routine version', () => {
    const code = (stored: unknown): string | undefined => {
      try {
        restoreSnapshot(rvc, stored);
        return undefined;
      } catch (error) {
        return error instanceof RoutineError ? error.code : 'other';
      }
    };
    const { snapshot } = startRoutine(rvc, {}, '2026-03-28T10:00:00+01:00');
    const json = JSON.parse(JSON.stringify(snapshot));
    expect(code('{not json')).toBe('ROUTINE_SNAPSHOT_INVALID');
    expect(code({ ...json, value: 'noSuchState' })).toBe('ROUTINE_SNAPSHOT_INVALID');
    expect(code({ ...json, context: { counts: {} } })).toBe('ROUTINE_SNAPSHOT_INVALID');
  });
});
