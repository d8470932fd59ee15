import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identitySeedSchema } from './identity-seed.js';

describe('identity seed', () => {
  it('accepts the shipped config/identity/users.json', () => {
    const file = path.join(import.meta.dirname, '../../../../../config/identity/users.json');
    const seed = identitySeedSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(seed.users.map((user) => user.username)).toContain('strateg.jamtland');
  });

  it('grants counties to strategists only', () => {
    const result = identitySeedSchema.safeParse({
      users: [{ username: 'x', displayName: 'X', party: 'b', roles: ['member'], counties: ['23'] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['users', 0, 'counties']);
  });
});
