import { initialTransition, transition } from 'xstate';
import { RoutineError } from '../errors/routine-error.js';
import { consultation } from '../templates/consultation.js';
import { rvcReferral } from '../templates/rvc-referral.js';
import { aRoutine, bindingsFor } from '../testing/builders.js';
import { compileRoutine } from './compile-routine.js';

describe('compileRoutine', () => {
  it('builds a machine whose parameters and roles are pinned in the instance', () => {
    const routine = compileRoutine(rvcReferral, {
      ...bindingsFor('rvc-referral@1'),
      parameters: { maxContactAttempts: { type: 'count', value: 1, source: { clause: '3.1' } } },
    });
    expect(routine.ref).toBe('rvc-referral@1');
    const [snapshot] = initialTransition(routine.machine, {});
    expect(snapshot.context.parameters['contactWithin']).toEqual({ type: 'duration', value: 'PT48H' });
    expect(snapshot.context.parameters['maxContactAttempts']).toEqual({ type: 'count', value: 1 });
    expect(snapshot.context.roles['police']).toEqual({ to: ['polisen'] });
  });

  it('runs the registry’s guards: one failed attempt is enough when the county says so', () => {
    const routine = compileRoutine(rvcReferral, {
      ...bindingsFor('rvc-referral@1'),
      parameters: { maxContactAttempts: { type: 'count', value: 1 } },
    });
    let [snapshot] = initialTransition(routine.machine, {});
    [snapshot] = transition(routine.machine, snapshot, { type: 'case.referral.made' });
    [snapshot] = transition(routine.machine, snapshot, { type: 'case.contact.attemptFailed' });
    expect(snapshot.value).toBe('unreachable');
  });

  it('has no XState delays: deadline events come from durable timers', () => {
    const routine = compileRoutine(consultation, bindingsFor('consultation@1'));
    const [, actions] = initialTransition(routine.machine, { homeMunicipality: 'are-kommun' });
    expect(actions.map((action) => action.type)).toEqual(['routine.entered']);
    expect(JSON.stringify(routine.machine.config)).not.toContain('"after"');
  });

  it('refuses an invalid definition or binding with every problem', () => {
    let error: unknown;
    try {
      compileRoutine(aRoutine().build(), { roles: {} });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RoutineError);
    expect(error instanceof RoutineError ? error.problems.map((problem) => problem.code) : []).toEqual(['unboundRole']);
  });
});
