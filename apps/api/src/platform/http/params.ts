import { z } from 'zod';

/** Route parameters are text; these say whether a text can name a row at all, before any query. */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return uuid.test(text);
}

/** A version number: 1 … 999 999 999 (within PostgreSQL's integer), written without sign or leading zero. */
export function parseVersionNumber(text: string): number | undefined {
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined;
}

/** The same range for a version number in a JSON body. */
export const versionNumberSchema = z.number().int().min(1).max(999_999_999);
