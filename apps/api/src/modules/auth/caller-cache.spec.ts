import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CALLER_CACHE_SIZE, CALLER_CACHE_TTL_MS, CallerCache } from './caller-cache.js';

const user = (username: string): AuthUser => ({
  id: username,
  username,
  displayName: username,
  roles: ['member'],
  party: { id: 'p', key: 'polisen-region-nord', name: 'Polisen', kind: 'police' },
  counties: [],
});

describe('the cache of verified callers', () => {
  it('remembers a token’s user for its time to live, never past the token’s expiry', () => {
    const cache = new CallerCache();
    cache.set('a', user('a'), 0, undefined);
    cache.set('b', user('b'), 0, 1_000);
    expect(cache.get('a', CALLER_CACHE_TTL_MS - 1)?.username).toBe('a');
    expect(cache.get('a', CALLER_CACHE_TTL_MS)).toBeUndefined();
    expect(cache.get('b', 999)?.username).toBe('b');
    expect(cache.get('b', 1_000)).toBeUndefined();
  });

  it('keeps nothing of an expired token and stays within its size', () => {
    const cache = new CallerCache();
    cache.set('old', user('old'), 5_000, 4_000);
    expect(cache.get('old', 5_000)).toBeUndefined();
    for (let i = 0; i <= CALLER_CACHE_SIZE; i++) cache.set(`t${i}`, user(`u${i}`), 0, undefined);
    expect(cache.get('t0', 1)).toBeUndefined();
    expect(cache.get(`t${CALLER_CACHE_SIZE}`, 1)?.username).toBe(`u${CALLER_CACHE_SIZE}`);
  });
});
