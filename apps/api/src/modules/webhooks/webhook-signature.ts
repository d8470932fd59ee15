import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'X-Samverkan-Timestamp';
export const SIGNATURE_HEADER = 'X-Samverkan-Signature';

/** How old a timestamp a receiver should still accept: the example's and the docs' tolerance. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/**
 * The signature header of one request: `v1=<hex>` per valid secret, comma-separated (two during
 * a rotation, so a receiver that knows either secret verifies). HMAC-SHA256 over
 * `timestamp + "." + rawBody`, the timestamp in Unix seconds.
 */
export function signatureHeader(secrets: readonly string[], timestamp: string, rawBody: string): string {
  return secrets.map((secret) => `v1=${hmac(secret, timestamp, rawBody)}`).join(', ');
}

/**
 * What a receiver does (docs/notifications.md shows the same in a few lines): refuse a
 * timestamp outside the tolerance (a replay), then accept if any `v1=` matches its secret.
 */
export function verifySignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, rawBody), 'hex');
  return signature
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
