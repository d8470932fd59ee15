import { STORAGE_KEY, createTokenStore, type KeyValueStorage } from './tokenStore';

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

describe('createTokenStore', () => {
  const token = { accessToken: 'abc.def.ghi', tokenType: 'Bearer' as const, expiresIn: 3600 };

  it('keeps the token until it expires', () => {
    const storage = memoryStorage();
    let now = 1_000_000;
    const store = createTokenStore(storage, () => now);

    expect(store.save(token)).toEqual({ accessToken: 'abc.def.ghi', expiresAt: 1_000_000 + 3_600_000 });
    expect(store.load()?.accessToken).toBe('abc.def.ghi');

    now += 3_600_000 - 1;
    expect(store.load()).not.toBeNull();
    now += 1;
    expect(store.load()).toBeNull();
    expect(storage.entries.has(STORAGE_KEY)).toBe(false);
  });

  it('forgets the token on clear', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.save(token);
    store.clear();
    expect(store.load()).toBeNull();
    expect(storage.entries.size).toBe(0);
  });

  it.each(['not json', '{"accessToken":42,"expiresAt":1}', '{"accessToken":"","expiresAt":9e15}', '[]'])(
    'drops an unreadable entry %s',
    (raw) => {
      const storage = memoryStorage();
      storage.entries.set(STORAGE_KEY, raw);
      expect(createTokenStore(storage).load()).toBeNull();
      expect(storage.entries.has(STORAGE_KEY)).toBe(false);
    },
  );
});
