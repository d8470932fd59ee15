import { type Problem } from '@samverkan/agreements';
import { type RoutineDefinition, type TransitionSpec } from '../definition/routine-definition.js';
import { standardRoutines } from '../templates/standard-routines.js';
import { aRoutine, aState } from '../testing/builders.js';
import { validateRoutine } from './validate-routine.js';

const eventlessCodes = new Set(['eventlessCycle', 'alwaysStaysInState']);

function eventlessProblems(definition: RoutineDefinition): Problem[] {
  const result = validateRoutine(definition);
  return result.ok ? [] : result.problems.filter((problem) => eventlessCodes.has(problem.code));
}

function codesAt(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.code} ${problem.path}`).sort();
}

/** `open` → `case.answer.given` → `first`, then the states the test gives. */
function routineThrough(first: string, states: Record<string, ReturnType<typeof aState>>): RoutineDefinition {
  let builder = aRoutine()
    .withParameter('maxAttempts', { type: 'count', title: 'Försök', default: 2 })
    .changingState('open', (state) => ({ ...state, on: { 'case.answer.given': { target: first } } }));
  for (const [key, spec] of Object.entries(states)) builder = builder.withState(key, spec);
  return builder.build();
}

const countReached: TransitionSpec['guard'] = {
  type: 'countReached',
  params: { counter: 'attempts', parameter: 'maxAttempts' },
};

describe('transitions without an event (always, onDone)', () => {
  it('rejects an unguarded always cycle A → B → A at both transitions, in Swedish and English', () => {
    const problems = eventlessProblems(
      routineThrough('a', { a: aState({ always: { target: 'b' } }), b: aState({ always: { target: 'a' } }) }),
    );

    expect(codesAt(problems)).toEqual(['eventlessCycle states.a.always', 'eventlessCycle states.b.always']);
    for (const problem of problems) {
      expect(problem.message.sv).toMatch(/slinga \(([ab]) → [ab] → \1\)/);
      expect(problem.message.en).toMatch(/loop \(([ab]) → [ab] → \1\)/);
    }
  });

  it('rejects a cycle whatever its guards and actions, since no registry guard is sure to break it', () => {
    const problems = eventlessProblems(
      routineThrough('a', {
        a: aState({ always: [{ guard: countReached, target: 'b' }, { target: 'closed' }] }),
        b: aState({ always: { target: 'a', actions: [{ type: 'increment', params: { counter: 'attempts' } }] } }),
      }),
    );

    expect(codesAt(problems)).toEqual(['eventlessCycle states.a.always.0', 'eventlessCycle states.b.always']);
  });

  it('rejects an always that stays in its state: no target, its own state, a state inside it', () => {
    const problems = eventlessProblems(
      routineThrough('a', {
        a: aState({
          always: [
            { guard: countReached, actions: [{ type: 'increment', params: { counter: 'attempts' } }] },
            { guard: countReached, target: 'a', reenter: true },
            { target: 'b' },
          ],
        }),
        b: aState({
          initial: 'inner',
          always: [{ guard: countReached, target: '.inner' }, { target: 'closed' }],
          states: { inner: aState({ on: { 'case.answer.given': { target: '#closed' } } }) },
        }),
      }),
    );

    expect(codesAt(problems)).toEqual([
      'alwaysStaysInState states.a.always.0',
      'alwaysStaysInState states.a.always.1',
      'alwaysStaysInState states.b.always.0',
    ]);
    expect(problems.map((problem) => problem.message.en)).toEqual([
      expect.stringContaining('has no target'),
      expect.stringContaining('leads to its own state'),
      expect.stringContaining('leads to b.inner, inside b'),
    ]);
  });

  it('follows targets through the tree: an always into its parent enters its own state again', () => {
    const problems = eventlessProblems(
      routineThrough('p', {
        p: aState({
          initial: 'x',
          states: {
            x: aState({ always: { target: '#p' } }),
            y: aState({ on: { 'case.answer.given': { target: '#closed' } } }),
          },
          on: { 'case.answer.given': { target: '.y' } },
        }),
      }),
    );

    expect(codesAt(problems)).toEqual(['eventlessCycle states.p.states.x.always']);
    expect(problems[0]?.message.en).toContain('(p.x → p.x)');
  });

  it('counts onDone among the eventless transitions: a state done as soon as it is entered loops with an always back', () => {
    const problems = eventlessProblems(
      routineThrough('p', {
        p: aState({ initial: 'done', states: { done: aState({ final: true }) }, onDone: { target: 'q' } }),
        q: aState({ always: { target: 'p' } }),
      }),
    );

    expect(codesAt(problems)).toEqual(['eventlessCycle states.p.onDone', 'eventlessCycle states.q.always']);
  });

  it('knows that a transition into one region of a parallel state enters the other regions too', () => {
    const problems = eventlessProblems(
      routineThrough('both', {
        both: aState({
          parallel: true,
          states: {
            left: aState({
              initial: 'start',
              states: {
                start: aState({ on: { 'case.answer.given': { target: 'end' } } }),
                end: aState({ on: { 'case.answer.given': { target: '#closed' } } }),
              },
            }),
            right: aState({
              initial: 'waiting',
              states: { waiting: aState({ always: { target: '#both.left.end' } }) },
            }),
          },
        }),
      }),
    );

    expect(codesAt(problems)).toEqual(['eventlessCycle states.both.states.right.states.waiting.always']);
  });

  it('accepts eventless transitions that lead on without coming back', () => {
    const definition = routineThrough('a', {
      a: aState({ always: [{ guard: countReached, target: 'b' }, { target: 'c' }] }),
      b: aState({ always: { target: 'closed' } }),
      c: aState({
        initial: 'waiting',
        states: {
          waiting: aState({ on: { 'case.answer.given': { target: 'finished' } } }),
          finished: aState({ final: true }),
        },
        onDone: { target: 'closed' },
      }),
    });

    expect(validateRoutine(definition)).toMatchObject({ ok: true });
  });

  it('accepts every standard routine', () => {
    for (const definition of Object.values(standardRoutines)) {
      expect(eventlessProblems(definition)).toEqual([]);
    }
  });

  it("reserves XState's own event names, so a definition cannot act on a done state or stop an instance", () => {
    const definition = aRoutine()
      .withEvent('xstate.stop')
      .changingState('open', (state) => ({
        ...state,
        on: { 'case.answer.given': { target: 'closed' }, 'xstate.stop': { target: 'closed' } },
      }))
      .build();

    const result = validateRoutine(definition);

    expect(result.ok ? [] : codesAt(result.problems)).toEqual(['reservedEventName events[xstate.stop]']);
  });
});
