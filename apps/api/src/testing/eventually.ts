/** How often `eventually` looks again: often enough to see work done, rarely enough not to load the machine. */
const POLL_MS = 50;

/**
 * Waits for work done elsewhere (a queue's worker firing a job): looks every POLL_MS until
 * `probe` answers something `done` accepts, and answers that; after `timeoutMs` it answers the
 * last look, for the test's assertion to say what was missing. A wait for a result, not a sleep
 * for a duration: it ends as soon as the work is done.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() >= until) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
