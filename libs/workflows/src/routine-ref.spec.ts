import { isStandardRoutine } from './routine-ref.js';

describe('isStandardRoutine', () => {
  it('knows the standard routines by reference', () => {
    expect(isStandardRoutine('rvc-referral@1')).toBe(true);
    expect(isStandardRoutine('child-consultation@2')).toBe(true);
  });

  it('refuses unknown keys and malformed references', () => {
    expect(isStandardRoutine('bake-cake@1')).toBe(false);
    expect(isStandardRoutine('rvc-referral')).toBe(false);
  });
});
