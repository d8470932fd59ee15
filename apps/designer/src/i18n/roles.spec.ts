import { ROLES } from '../api/types';
import { ROLE_LABELS, roleLabel, roleLabels } from './roles';

describe('roleLabel', () => {
  it.each([
    ['admin', 'Administratör'],
    ['strategist', 'Strateg'],
    ['coordinator', 'Samordnare'],
    ['member', 'Partsrepresentant'],
  ])('names %s in Swedish as %s', (role, label) => {
    expect(roleLabel(role)).toBe(label);
  });

  it('has a distinct Swedish label for every role', () => {
    const labels = ROLES.map((role) => ROLE_LABELS[role]);
    expect(new Set(labels).size).toBe(ROLES.length);
    for (const role of ROLES) expect(ROLE_LABELS[role]).not.toBe(role);
  });

  it('shows a role it does not know as the API names it', () => {
    expect(roleLabel('auditor')).toBe('auditor');
  });

  it('does not treat properties of Object.prototype as roles', () => {
    expect(roleLabel('toString')).toBe('toString');
    expect(roleLabel('constructor')).toBe('constructor');
  });
});

describe('roleLabels', () => {
  it('lists known roles in a fixed order without duplicates, unknown ones last', () => {
    expect(roleLabels(['member', 'auditor', 'admin', 'member'])).toEqual([
      'Administratör',
      'Partsrepresentant',
      'auditor',
    ]);
  });

  it('gives an empty list for no roles', () => {
    expect(roleLabels([])).toEqual([]);
  });
});
