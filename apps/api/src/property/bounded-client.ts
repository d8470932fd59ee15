import type { Reply, TestApp } from '../testing/test-app.js';

/**
 * How long one request of a property may take before it counts as a stalled process. Generous
 * on purpose (a loaded 2-core machine answers the slowest view here in well under a second):
 * it tells a hang or a walk to the year 9999 from a slow moment, never measures speed.
 */
export const REQUEST_BOUND_MS = 10_000;

/** The slowest request of this spec file, for PROPERTY_VERBOSE=1 (how far below the bound the run stayed). */
export const slowest = { request: '', ms: 0 };

export interface TimedReply extends Reply {
  /** What was asked, for the failure message: `PUT /api/…`. */
  request: string;
  ms: number;
}

/**
 * Calls the running app over HTTP as a seeded user, like `TestApp.as`, but gives up after
 * REQUEST_BOUND_MS: a request that never answers fails the property with what it asked,
 * instead of holding the test until Jest's own timeout.
 */
export function boundedClient(app: TestApp) {
  return async (username: string, method: string, path: string, body?: unknown): Promise<TimedReply> => {
    const request = `${method} ${path}`;
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(`${app.samverkan.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await app.token(username)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_BOUND_MS),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new Error(`${request} did not answer within ${REQUEST_BOUND_MS} ms (a stalled process)`);
      }
      throw error;
    }
    const text = await response.text();
    const type = response.headers.get('content-type');
    const ms = performance.now() - started;
    if (ms > slowest.ms) Object.assign(slowest, { request, ms: Math.round(ms) });
    return {
      request,
      ms,
      status: response.status,
      text,
      type,
      body: type?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
}

export type BoundedClient = ReturnType<typeof boundedClient>;

/**
 * What every answer to hostile input must be: no 5xx, within the bound, and a refusal in the
 * API's error form — JSON `{ code, message }`, a 422 naming the path of each problem. Returns
 * a description of what is wrong, or undefined, so a property can say which request failed.
 */
export function answerProblem(reply: TimedReply): string | undefined {
  const where = `${reply.request} → ${reply.status}`;
  if (reply.status >= 500) return `${where}: a server error ${reply.text.slice(0, 500)}`;
  if (reply.ms > REQUEST_BOUND_MS) return `${where}: took ${Math.round(reply.ms)} ms`;
  if (reply.status < 400) return undefined;
  // Node's HTTP parser refuses a request line and headers beyond its 16 kB (a very long query)
  // before the app sees the request: a bodyless 431, the one refusal the app cannot word.
  if (reply.status === 431) return undefined;
  const { code, message, details } = reply.body;
  if (!reply.type?.includes('application/json') || typeof code !== 'string' || typeof message !== 'string') {
    return `${where}: a refusal without { code, message }: ${reply.text.slice(0, 300)}`;
  }
  if (reply.status === 422) {
    const problems = (details as { problems?: unknown } | undefined)?.problems;
    const pathed =
      Array.isArray(problems) &&
      problems.length > 0 &&
      problems.every((p) => typeof (p as { path?: unknown } | null)?.path === 'string');
    if (!pathed) return `${where}: a 422 ${code} without details.problems[].path: ${reply.text.slice(0, 300)}`;
  }
  return undefined;
}

/** Fails with the request and its answer unless the answer is one hostile input may get. */
export function expectAnswered(reply: TimedReply, context: unknown = undefined): void {
  const problem = answerProblem(reply);
  if (problem) {
    throw new Error(context === undefined ? problem : `${problem}\n  input: ${JSON.stringify(context).slice(0, 2000)}`);
  }
}
