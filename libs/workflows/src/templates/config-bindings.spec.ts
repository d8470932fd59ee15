import { type RoutineBinding, routineBindingSchema } from '@samverkan/agreements';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateRoutine } from '../validate/validate-routine.js';
import { findStandardRoutine } from './standard-routines.js';

// The product's own county files, read as the API reads them: their routine bindings must fit
// the templates (the names of roles and parameters are the contract between the two).
const agreementsDir = path.join(import.meta.dirname, '../../../../config/agreements');
const bindings: [string, RoutineBinding][] = readdirSync(agreementsDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const agreement: unknown = JSON.parse(readFileSync(path.join(agreementsDir, file), 'utf8'));
    const routines =
      agreement !== null && typeof agreement === 'object' && 'routines' in agreement ? agreement.routines : [];
    return (Array.isArray(routines) ? routines : []).map((routine): [string, RoutineBinding] => {
      const binding = routineBindingSchema.parse(routine);
      return [`${file} ${binding.key}`, binding];
    });
  });

describe('the routine bindings in config/agreements', () => {
  it('exist for every standard routine (the consultation in its second version)', () => {
    expect(new Set(bindings.map(([, binding]) => binding.template))).toEqual(
      new Set(['rvc-referral@1', 'consultation@2', 'child-consultation@1', 'agreement-lifecycle@1']),
    );
  });

  it.each(bindings)('%s fits its standard template', (_name, binding) => {
    const definition = findStandardRoutine(binding.template);
    expect(definition).toBeDefined();
    if (!definition) return;
    const result = validateRoutine(definition, binding);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
