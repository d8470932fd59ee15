import { randomBytes } from 'node:crypto';
import { open, seal } from './secret-box.js';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and the stored form does not contain the secret', () => {
    const sealed = seal(key, 'whsec_abc123', 'polisen-mitt');
    expect(sealed).not.toContain('whsec_abc123');
    expect(open(key, sealed, 'polisen-mitt')).toBe('whsec_abc123');
  });

  it('seals the same secret differently each time (a fresh nonce)', () => {
    expect(seal(key, 's', 'p')).not.toBe(seal(key, 's', 'p'));
  });

  it('refuses another key, another context, or altered bytes', () => {
    const sealed = seal(key, 'whsec_abc123', 'polisen-mitt');
    expect(() => open(randomBytes(32), sealed, 'polisen-mitt')).toThrow();
    expect(() => open(key, sealed, 'another-party')).toThrow();
    const [v, n, body = '', t] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => open(key, [v, n, flipped.toString('base64url'), t].join('.'), 'polisen-mitt')).toThrow();
  });
});
