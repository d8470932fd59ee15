import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The stored form of one secret: version, nonce, ciphertext and tag, base64url, dot-separated. */
export type SealedSecret = string;

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit nonce per secret. `context` (e.g. the party's key) is bound
 * as additional data, so a sealed secret copied to another row does not open there.
 */
export function seal(key: Buffer, plain: string, context: string): SealedSecret {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, nonce, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens a sealed secret; throws when the key, the context or the bytes are not the ones sealed. */
export function open(key: Buffer, sealed: SealedSecret, context: string): string {
  const [version, nonce, body, tag] = sealed.split('.');
  if (version !== VERSION || !nonce || body === undefined || !tag) throw new Error('Not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
