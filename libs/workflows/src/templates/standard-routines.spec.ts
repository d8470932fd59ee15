import { standardRoutineKeys } from '../routine-ref.js';
import { type RoutineDefinition, type StateSpec } from '../definition/routine-definition.js';
import { stateEntries } from '../definition/state-tree.js';
import { bindingsFor } from '../testing/builders.js';
import { validateRoutine } from '../validate/validate-routine.js';
import { childConsultation } from './child-consultation.js';
import { findStandardRoutine, standardRoutines } from './standard-routines.js';

const templates = Object.entries(standardRoutines);

describe('the standard routine templates', () => {
  it('are the four routines the engine ships, one per standard key, and the consultation’s second version', () => {
    expect(Object.keys(standardRoutines).sort()).toEqual(
      [...standardRoutineKeys.map((key) => `${key}@1`), 'consultation@2'].sort(),
    );
    expect(findStandardRoutine('rvc-referral@1')?.title).toBe('Förmedlad kontakt enligt RVC-metoden');
    expect(findStandardRoutine('rvc-referral@2')).toBeUndefined();
  });

  it.each(templates)('%s validates on its own', (_ref, definition) => {
    const result = validateRoutine(definition);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(templates)('%s validates with a county binding its roles', (ref, definition) => {
    const result = validateRoutine(definition, bindingsFor(ref));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(templates)('%s says where each of its states comes from', (_ref, definition) => {
    const unsourced = stateEntries(definition).filter(({ spec }) => !hasSource(spec));
    expect(unsourced.map(({ id }) => id)).toEqual([]);
  });

  it('marks the child consultation steps that come from Barnahus practice, not from the seed', () => {
    const kinds = stateEntries(childConsultation).map(({ spec }) => spec.source.kind);
    expect(kinds).toContain('practice');
    expect(childConsultation.states['concernRaised']?.source).toMatchObject({ kind: 'seed', seed: '001' });
    const practice = stateEntries(childConsultation).flatMap(({ spec }) =>
      spec.source.kind === 'practice' ? [spec.source.name] : [],
    );
    expect(new Set(practice)).toEqual(new Set(['Barnahus practice']));
  });

  it.each(templates)('%s names its events with dots and its facts in the past tense', (_ref, definition) => {
    const names = Object.keys((definition satisfies RoutineDefinition).events);
    expect(names.filter((name) => !/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/.test(name))).toEqual([]);
  });
});

function hasSource(spec: StateSpec): boolean {
  const source = spec.source;
  switch (source.kind) {
    case 'seed':
      return source.seed.length === 3 && source.clause.length > 0;
    case 'practice':
      return source.note.length > 0;
    case 'product':
      return source.note.length > 0;
  }
}
