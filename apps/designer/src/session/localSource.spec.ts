import { ApiError } from '../api/errors';
import { localSource, unavailableSource } from './localSource';
import { createTokenStore, type KeyValueStorage } from './tokenStore';

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

describe('localSource', () => {
  it('signs in with the API’s token endpoint, keeps the token in the given storage and forgets it on sign-out', async () => {
    const storage = memoryStorage();
    const source = localSource(
      {
        requestToken: (username, password) =>
          username === 'strateg' && password === 'rätt'
            ? Promise.resolve({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 60 })
            : Promise.reject(new ApiError(401, 'AUTH_INVALID_CREDENTIALS', 'no')),
      },
      createTokenStore(storage),
    );
    expect(source.method).toBe('local');
    await expect(source.signInWithPassword('strateg', 'fel')).rejects.toMatchObject({
      code: 'AUTH_INVALID_CREDENTIALS',
    });
    expect(source.accessToken()).toBeNull();
    expect(await source.signInWithPassword('strateg', 'rätt')).toBe('tok');
    expect(source.accessToken()).toBe('tok');
    expect(storage.entries.size).toBe(1);
    await source.signOut();
    expect(source.accessToken()).toBeNull();
    expect(storage.entries.size).toBe(0);
    await expect(source.signInAtProvider('/')).rejects.toThrow();
  });
});

describe('unavailableSource', () => {
  it('has no token and says why on the sign-in page', async () => {
    const source = unavailableSource('Tjänsten svarar inte.');
    expect([source.method, source.accessToken(), source.startNotice]).toEqual([
      'unavailable',
      null,
      'Tjänsten svarar inte.',
    ]);
    await expect(source.signInWithPassword('a', 'b')).rejects.toThrow();
  });
});
