import { MAX_VERSION, type Problem } from '@samverkan/agreements';
import { aRoutine, aState } from '../testing/builders.js';
import { validateRoutine } from './validate-routine.js';

function problemsOf(result: ReturnType<typeof validateRoutine>): Problem[] {
  return result.ok ? [] : result.problems;
}

function codesAt(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.code} ${problem.path}`).sort();
}

describe('validateRoutine', () => {
  it('accepts a well-formed routine and returns it typed', () => {
    const result = validateRoutine(aRoutine().build(), { roles: { owner: { to: ['polisen'] } } });
    expect(result.ok).toBe(true);
  });

  it('finds every kind of problem of a broken definition at once', () => {
    const broken = aRoutine()
      .withRole('witness', 'Vittne')
      .withParameter('answerWithin', { type: 'count', title: 'Fel typ', default: 2 })
      .withParameter('attempts', { type: 'count', title: 'Försök' })
      .withEvent('case.answer.retried')
      .changingState('open', (state) => ({
        ...state,
        on: {
          'case.answer.given': { target: 'closed', guard: 'whenTheMoonIsFull' },
          'case.answer.retried': { target: 'nowhere', actions: ['sendAnEmail'] },
        },
      }))
      .withState('forgotten', aState({ on: { 'case.answer.given': { target: 'closed' } } }))
      .withState('stuck', aState())
      .build();
    const bindings = {
      roles: { owner: { to: ['polisen'] } },
      parameters: { answerWithin: { type: 'duration' as const, value: 'PT48H' } },
    };

    const problems = problemsOf(validateRoutine(broken, bindings));

    expect(codesAt(problems)).toEqual(
      [
        'unknownGuard states.open.on[case.answer.given].guard',
        'unknownAction states.open.on[case.answer.retried].actions.0',
        'unknownTarget states.open.on[case.answer.retried].target',
        'unreachableState states.forgotten',
        'unreachableState states.stuck',
        'noWayOut states.stuck',
        'parameterWrongType states.open.deadline.within.parameter',
        'parameterWrongType bindings.parameters.answerWithin.type',
        'parameterMissing bindings.parameters.attempts',
        'unboundRole bindings.roles.witness',
      ].sort(),
    );
  });

  // Issue 11: a time no text gives is optional (the county may set it); it is never missing.
  it('lets a binding leave an optional parameter unset, and refuses an optional one with a default', () => {
    const optional = aRoutine()
      .withParameter('answerWithin', { type: 'duration', title: 'Svar inom', optional: true })
      .build();
    expect(problemsOf(validateRoutine(optional, { roles: { owner: { to: ['polisen'] } } }))).toEqual([]);

    const required = aRoutine().withParameter('answerWithin', { type: 'duration', title: 'Svar inom' }).build();
    expect(codesAt(problemsOf(validateRoutine(required, { roles: { owner: { to: ['polisen'] } } })))).toEqual([
      'parameterMissing bindings.parameters.answerWithin',
    ]);

    const both = aRoutine()
      .withParameter('answerWithin', { type: 'duration', title: 'Svar inom', default: 'PT48H', optional: true })
      .build();
    expect(codesAt(problemsOf(validateRoutine(both)))).toEqual([
      'optionalWithDefault parameters.answerWithin.optional',
    ]);
  });

  it('gives each problem a message in Swedish and in English', () => {
    const problems = problemsOf(validateRoutine(aRoutine().withState('stuck', aState()).build()));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.message.sv).not.toEqual('');
      expect(problem.message.en).not.toEqual('');
    }
  });

  it('reports the form of a definition that is not one, field by field', () => {
    const problems = problemsOf(validateRoutine({ key: 'Not A Key', version: 0, roles: {}, states: {} }));
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['key', 'version', 'title', 'parameters', 'events', 'initial']),
    );
  });

  // Found by the API's routine property: version 2^31 passed here and failed in PostgreSQL's integer.
  it('takes versions up to MAX_VERSION and refuses larger ones at version', () => {
    expect(validateRoutine({ ...aRoutine().build(), version: MAX_VERSION }).ok).toBe(true);
    for (const version of [MAX_VERSION + 1, 2 ** 31]) {
      expect(problemsOf(validateRoutine({ ...aRoutine().build(), version })).map((p) => p.path)).toEqual(['version']);
    }
  });

  // P99999999Y passed and gave a case no due time: its next event failed in the database with a
  // 500 (found by the API's routine property).
  it('refuses durations and working days a due time cannot be counted with, in defaults, timers and bindings', () => {
    const definition = aRoutine()
      .withParameter('answerWithin', { type: 'duration', title: 'Svar inom', default: 'P99999999Y' })
      .withParameter('assessWithin', { type: 'workingDays', title: 'Bedöm inom', default: 10_001 })
      .withParameter('remindBefore', { type: 'duration', title: 'Påminn före', default: 'P100Y' })
      .withParameter('escalateAt', { type: 'duration', title: 'Eskalera', default: 'PT0S' })
      .changingState('open', (state) => ({
        ...state,
        reminders: [{ before: { duration: 'P101Y' } }, { before: { parameter: 'remindBefore' } }],
        escalations: [{ after: { parameter: 'escalateAt' }, to: 'owner' }],
      }))
      .build();
    expect(codesAt(problemsOf(validateRoutine(definition)))).toEqual([
      'durationTooLong parameters.answerWithin.default',
      'durationTooLong states.open.reminders.0.before.duration',
      'tooManyWorkingDays parameters.assessWithin.default',
    ]);
    const bound = validateRoutine(aRoutine().build(), {
      roles: { owner: { to: ['polisen'] } },
      parameters: { answerWithin: { type: 'duration', value: 'PT999999999H' } },
    });
    expect(codesAt(problemsOf(bound))).toEqual(['durationTooLong bindings.parameters.answerWithin.value']);
  });

  it('rejects guards and actions whose parameters do not fit the registry', () => {
    const definition = aRoutine()
      .changingState('open', (state) => ({
        ...state,
        on: {
          'case.answer.given': {
            target: 'closed',
            guard: { type: 'countReached', params: { counter: 'attempts', parameter: 'answerWithin' } },
            actions: [
              { type: 'record', params: { fields: ['offered'] } },
              { type: 'increment', params: { count: 'x' } },
            ],
          },
        },
      }))
      .build();

    expect(codesAt(problemsOf(validateRoutine(definition)))).toEqual(
      [
        'parameterWrongType states.open.on[case.answer.given].guard.params.parameter',
        'payloadFieldMissing states.open.on[case.answer.given].actions.0.params.fields',
        'unknownRegistryParam states.open.on[case.answer.given].actions.1.params.count',
        'missingRegistryParam states.open.on[case.answer.given].actions.1.params.counter',
      ].sort(),
    );
  });

  it('checks events, tasks and deadlines against what the definition declares', () => {
    const definition = aRoutine()
      .withEvent('case.never.used')
      .changingState('open', (state) => ({
        ...state,
        tasks: [
          { key: 'answer', owedBy: 'nobody', title: 'Svara', completedBy: ['case.answer.given'] },
          { key: 'answer', owedBy: 'owner', title: 'Igen', completedBy: ['case.answer.forgotten'] },
        ],
        deadline: { within: { parameter: 'answerWithin' }, event: 'case.answer.given' },
        escalations: [{ after: { duration: 'PT0S' }, to: 'boss' }],
      }))
      .withState(
        'closed',
        aState({
          final: true,
          tasks: [{ key: 'late', owedBy: 'owner', title: 'Sent', completedBy: ['case.answer.given'] }],
        }),
      )
      .build();

    expect(codesAt(problemsOf(validateRoutine(definition)))).toEqual(
      [
        'unknownRole states.open.tasks.0.owedBy',
        'completedByOtherRole states.open.tasks.0.completedBy.0',
        'duplicateTask states.open.tasks.1.key',
        'unknownEvent states.open.tasks.1.completedBy.0',
        'deadlineEventNotFromTimer states.open.deadline.event',
        'unknownRole states.open.escalations.0.to',
        'finalStateWithBehaviour states.closed',
        'completingEventNotHandled states.closed.tasks.0.completedBy.0',
        'unusedEvent events[case.answer.due]',
        'unusedEvent events[case.never.used]',
      ].sort(),
    );
  });

  it('names the role a binding lacks and the ones the routine does not have', () => {
    const problems = problemsOf(
      validateRoutine(aRoutine().build(), { roles: { owner: { to: [] }, boss: { to: ['x'] } } }),
    );
    expect(codesAt(problems)).toEqual(['unboundRole bindings.roles.owner', 'unknownRole bindings.roles.boss']);
  });
});
