import { canonicalJson, contentHash } from './content-hash.js';

describe('contentHash', () => {
  it('does not depend on key order', () => {
    expect(contentHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(contentHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
  });

  it('changes with any value, and with array order', () => {
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });

  it('writes canonical JSON', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'å'] })).toBe('{"a":[true,null,"å"],"b":1}');
    expect(contentHash({})).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
