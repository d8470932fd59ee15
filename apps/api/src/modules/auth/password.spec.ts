import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('samverkan');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifyPassword('samverkan', stored)).resolves.toBe(true);
    await expect(verifyPassword('Samverkan', stored)).resolves.toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('samverkan')).not.toBe(await hashPassword('samverkan'));
  });

  it('refuses a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'plain')).resolves.toBe(false);
  });

  it('keeps a dummy hash of the same cost that no password matches', async () => {
    const stored = await hashPassword('samverkan');
    const cost = (hash: string) => hash.split('$').slice(0, 4);
    expect(cost(dummyPasswordHash)).toEqual(cost(stored));
    await expect(verifyPassword('', dummyPasswordHash)).resolves.toBe(false);
    await expect(verifyPassword('samverkan', dummyPasswordHash)).resolves.toBe(false);
  });
});
