import { type RoutineBindings } from '../compile/routine-bindings.js';
import {
  type EventSpec,
  type ParameterSpec,
  type RoutineDefinition,
  type StateSpec,
} from '../definition/routine-definition.js';

/** Builders for tests (STYLE.md: builders, not fixtures). Not part of the lib's build. */

const product = { kind: 'product', note: 'Testrutin.' } as const;

/** A state: a title, a source, and what the test adds. */
export function aState(overrides: Partial<StateSpec> = {}): StateSpec {
  return { title: 'Tillstånd', source: product, ...overrides };
}

/**
 * A small valid routine to break on purpose: `open` (a task for `owner`, due after `answerWithin`)
 * → `case.answer.given` → `closed`.
 */
class RoutineBuilder {
  private definition: RoutineDefinition = {
    key: 'test-routine',
    version: 1,
    title: 'Testrutin',
    roles: { owner: { title: 'Ägare', owes: 'Svarar.' } },
    parameters: { answerWithin: { type: 'duration', title: 'Svar inom', default: 'PT48H' } },
    events: {
      'case.answer.given': { title: 'Svar har lämnats', sentBy: ['owner'] },
      'case.answer.due': { title: 'Fristen har gått ut', sentBy: ['timer'] },
    },
    initial: 'open',
    states: {
      open: aState({
        tasks: [{ key: 'answer', owedBy: 'owner', title: 'Svara', completedBy: ['case.answer.given'] }],
        deadline: { within: { parameter: 'answerWithin' }, event: 'case.answer.due' },
        on: { 'case.answer.given': { target: 'closed' } },
      }),
      closed: aState({ final: true }),
    },
  };

  withRole(name: string, title = name): this {
    this.definition.roles[name] = { title, owes: 'Gör sin del.' };
    return this;
  }

  withParameter(name: string, spec: ParameterSpec): this {
    this.definition.parameters[name] = spec;
    return this;
  }

  withEvent(name: string, spec: Partial<EventSpec> = {}): this {
    this.definition.events[name] = { title: name, sentBy: ['owner'], ...spec };
    return this;
  }

  withState(key: string, spec: StateSpec): this {
    this.definition.states[key] = spec;
    return this;
  }

  /** Changes the state `key` (which must exist) with `change`. */
  changingState(key: string, change: (state: StateSpec) => StateSpec): this {
    const state = this.definition.states[key];
    if (state) this.definition.states[key] = change(state);
    return this;
  }

  build(): RoutineDefinition {
    return structuredClone(this.definition);
  }
}

export function aRoutine(): RoutineBuilder {
  return new RoutineBuilder();
}

/** Bindings for the standard templates with a party or two per role, as a county would give. */
export function bindingsFor(ref: string): RoutineBindings {
  switch (ref) {
    case 'rvc-referral@1':
      return { roles: { police: { to: ['polisen'] }, supportCentre: { to: ['stodcentrum'] } } };
    case 'consultation@1':
    case 'consultation@2':
      return {
        roles: {
          coordinator: { to: ['samordnare'] },
          police: { to: ['polisen'] },
          healthCare: { to: ['regionen'] },
          socialServices: { to: ['ostersunds-kommun', 'are-kommun'], choose: 'homeMunicipality' },
        },
      };
    case 'child-consultation@1':
      return {
        roles: {
          initiator: { to: ['operativ-samordnare'] },
          socialServices: { to: ['lulea-kommun', 'pitea-kommun'], choose: 'homeMunicipality' },
          healthCare: { to: ['regionen'] },
          prosecution: { to: ['aklagarmyndigheten'] },
          police: { to: ['polisen'] },
        },
      };
    case 'agreement-lifecycle@1':
      return { roles: { signatory: { to: ['polisen', 'ostersunds-kommun'] }, coordinator: { to: ['samordnare'] } } };
    default:
      return { roles: {} };
  }
}
