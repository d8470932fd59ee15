import type { Reply } from './test-app.js';

type Call = (username: string, method: string, path: string, body?: unknown) => Promise<Reply>;

/**
 * Confirms every default a draft's routines take from the template or the product, as its
 * strategist does before publishing (issue 12); tests that publish a seed's content call it.
 * Answers the confirmation's reply, or null when there was nothing to confirm.
 */
export async function confirmDefaults(
  call: Call,
  strategist: string,
  agreement: string,
  version: number | string,
): Promise<Reply | null> {
  const base = `/api/agreements/${agreement}/versions/${version}`;
  const timers = await call(strategist, 'GET', `${base}/timers`);
  const unconfirmed = (timers.body['unconfirmed'] as string[] | undefined) ?? [];
  if (timers.status !== 200 || unconfirmed.length === 0) return null;
  const read = await call(strategist, 'GET', base);
  return call(strategist, 'POST', `${base}/default-confirmations`, {
    confirm: unconfirmed,
    rowVersion: read.body['rowVersion'],
  });
}
