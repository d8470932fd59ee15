import type { AuthUser } from '../../platform/auth/auth-user.js';
import { canReadDrafts, canReadPublished, canWrite } from './agreement-access.js';

function aUser(overrides: Partial<AuthUser> = {}): AuthUser {
  return {
    id: 'u1',
    username: 'someone',
    displayName: 'Someone',
    roles: ['member'],
    party: { id: 'p1', key: 'polismyndigheten', name: 'Polismyndigheten', kind: 'police' },
    counties: [],
    ...overrides,
  };
}

describe('agreement access', () => {
  it('lets a strategist write only the counties granted', () => {
    const strategist = aUser({ roles: ['strategist'], counties: ['23'] });
    expect(canWrite(strategist, '23')).toBe(true);
    expect(canWrite(strategist, '22')).toBe(false);
    expect(canWrite(aUser({ roles: ['member'], counties: ['23'] }), '23')).toBe(false);
  });

  it('lets members of a party read published versions, not drafts', () => {
    const police = aUser();
    expect(canReadPublished(police, '23', ['polismyndigheten', 'ostersunds-kommun'])).toBe(true);
    expect(canReadPublished(police, '23', ['ostersunds-kommun'])).toBe(false);
    expect(canReadDrafts(police, '23')).toBe(false);
  });

  it('lets an admin read everything and write nothing', () => {
    const admin = aUser({ roles: ['admin'] });
    expect(canReadDrafts(admin, '01')).toBe(true);
    expect(canReadPublished(admin, '01', [])).toBe(true);
    expect(canWrite(admin, '01')).toBe(false);
  });
});
