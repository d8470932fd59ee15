import { buildRoutine } from '../compile/build-routine.js';
import { MAX_MICROSTEPS } from '../compile/microstep-limit.js';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { RoutineError } from '../errors/routine-error.js';
import { aRoutine, aState } from '../testing/builders.js';
import { validateRoutine } from '../validate/validate-routine.js';
import { applyEvent, startRoutine } from './run-routine.js';

const bindings = { roles: { owner: { to: ['polisen'] } } };
const at = '2026-03-27T15:00:00+01:00';

/** `open` → `case.answer.given` → `ping`, and `ping` and `pong` lead to each other without an event. */
function loopingAfterAnEvent(): RoutineDefinition {
  return aRoutine()
    .changingState('open', (state) => ({ ...state, on: { 'case.answer.given': { target: 'ping' } } }))
    .withState('ping', aState({ always: { target: 'pong' } }))
    .withState('pong', aState({ always: { target: 'ping' } }))
    .build();
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

// A definition validation would refuse, built into a machine without it (as one stored before
// the check, or one a future gap lets through): the engine still ends the step with an error.
describe('the microstep limit of one step of a routine', () => {
  it('is a stated, finite number', () => {
    expect(MAX_MICROSTEPS).toBe(1000);
  });

  it('refuses the start of a routine that loops from its first state, with ROUTINE_DEFINITION_LOOPS', () => {
    const definition = aRoutine()
      .changingState('open', (state) => ({ ...state, always: { target: 'pong' } }))
      .withState('pong', aState({ always: { target: 'open' } }))
      .build();
    expect(validateRoutine(definition, bindings).ok).toBe(false);
    const routine = buildRoutine(definition, bindings);

    const error = errorOf(() => startRoutine(routine, {}, at));

    expect(error).toBeInstanceOf(RoutineError);
    expect(error).toMatchObject({ code: 'ROUTINE_DEFINITION_LOOPS' });
    expect(error instanceof RoutineError ? error.localized.sv : '').toContain('test-routine@1');
  });

  it('refuses an event that starts a loop and leaves the snapshot as it was', () => {
    const definition = loopingAfterAnEvent();
    expect(validateRoutine(definition, bindings).ok).toBe(false);
    const routine = buildRoutine(definition, bindings);
    const started = startRoutine(routine, {}, at);

    const error = errorOf(() => applyEvent(routine, started.snapshot, { type: 'case.answer.given' }, at));

    expect(error).toMatchObject({ code: 'ROUTINE_DEFINITION_LOOPS' });
    expect(started.snapshot.value).toBe('open');
  });

  it('stops an always without a target whose action changes the memory every time', () => {
    const definition = aRoutine()
      .changingState('open', (state) => ({
        ...state,
        always: { actions: [{ type: 'increment', params: { counter: 'spins' } }] },
      }))
      .build();
    expect(validateRoutine(definition, bindings).ok).toBe(false);

    const error = errorOf(() => startRoutine(buildRoutine(definition, bindings), {}, at));

    expect(error).toMatchObject({ code: 'ROUTINE_DEFINITION_LOOPS' });
  });
});
