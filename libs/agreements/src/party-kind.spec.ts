import { partyKindLabels, partyKindSchema, partyKinds } from './party-kind.js';

describe('party kinds', () => {
  it('has a Swedish label for every kind', () => {
    for (const kind of partyKinds) expect(partyKindLabels[kind]).toMatch(/\S/);
  });

  it('refuses an unknown kind', () => {
    expect(partyKindSchema.safeParse('church').success).toBe(false);
    expect(partyKindSchema.parse('police')).toBe('police');
  });
});
