// The load: clients that each send one request at a time over a kept-alive connection, for a
// fixed time. Only 2xx answers count; anything else is tallied by status and code. node:http
// rather than fetch: on two shared cores the driver's own CPU is taken from the server, and
// fetch costs about twice as much per request.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const agent = new http.Agent({ keepAlive: true });

function send(url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export const PASSWORD = 'samverkan';
export const AGREEMENT = 'jamtland-operation-norrsken';
export const START = { agreement: AGREEMENT, routine: 'rvc', input: {
    homeMunicipality: 'ostersunds-kommun',
    // Who the case is for (issue 11): inside Jämtland's target group (§ 7).
    violenceCategory: 'mensViolenceAgainstWomen',
    attestation: { age: true, residence: true },
  },
};

/**
 * One RVC case from referral to its end: every event a person sends in the routine's happy path,
 * plus two failed contact attempts (a transition that only counts). Seven events, two senders.
 */
export const CASE_WALK = [
  { as: 'police', event: { type: 'case.referral.made' } },
  { as: 'centre', event: { type: 'case.contact.attemptFailed' } },
  { as: 'centre', event: { type: 'case.contact.attemptFailed' } },
  { as: 'centre', event: { type: 'case.contact.made' } },
  { as: 'centre', event: { type: 'case.support.accepted', offered: ['crisisTalk', 'legalProcessSupport'] } },
  { as: 'centre', event: { type: 'case.handover.made', handedOverTo: ['socialServices'] } },
  { as: 'centre', event: { type: 'case.followUp.completed' } },
];
export const USERS = { police: 'polis.nord', centre: 'socialtjanst.ostersund' };

export class ApiClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.tokens = {};
  }

  async signIn() {
    for (const [as, username] of Object.entries(USERS)) {
      const reply = await this.request('POST', '/auth/token', undefined, { username, password: PASSWORD }, true);
      if (reply.status !== 200)
        throw new Error(`sign-in of ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
      this.tokens[as] = reply.body.accessToken;
    }
  }

  /** The body is parsed only when asked for or on failure: the driver's CPU is the server's too. */
  async request(method, path, as, body, parse = false) {
    const headers = { 'content-type': 'application/json' };
    if (as) headers.authorization = `Bearer ${this.tokens[as]}`;
    const response = await send(`${this.baseUrl}${path}`, method, headers, body && JSON.stringify(body));
    const ok = response.status >= 200 && response.status < 300;
    if (!parse && ok) return { ok, status: response.status };
    const text = response.body.toString('utf8');
    try {
      return { ok, status: response.status, body: JSON.parse(text) };
    } catch {
      return { ok, status: response.status, body: text.slice(0, 200) };
    }
  }

  async startCase() {
    const reply = await this.request('POST', '/api/instances', 'police', START, true);
    return { ...reply, id: reply.ok ? reply.body.id : undefined };
  }

  sendEvent(id, step) {
    return this.request('POST', `/api/instances/${id}/events`, step.as, step.event);
  }
}

/** Walks whole cases, one request after the other (warm-up, and the wire count). */
export async function walkCases(client, count, onRequest = () => {}) {
  for (let i = 0; i < count; i++) {
    const started = await client.startCase();
    if (!started.ok) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
    onRequest('start');
    for (const step of CASE_WALK) {
      const reply = await client.sendEvent(started.id, step);
      if (!reply.ok) throw new Error(`${step.event.type}: ${reply.status} ${JSON.stringify(reply.body)}`);
      onRequest(step.event.type);
    }
  }
}

async function drive({ clients, durationMs, step }) {
  const latencies = [];
  const failures = new Map();
  let ok = 0;
  const began = performance.now();
  const until = began + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const state = {};
      while (performance.now() < until) {
        const sent = performance.now();
        const reply = await step(state);
        if (reply.ok) {
          ok++;
          latencies.push(performance.now() - sent);
        } else {
          const key = `${reply.status} ${reply.body?.code ?? ''}`.trim();
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
      }
    }),
  );
  // Until the last answer: requests sent before the end are waited for and counted.
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { ok, seconds, perSecond: ok / seconds, p50: at(0.5), p99: at(0.99), failures: Object.fromEntries(failures) };
}

/** Case starts per second; every case started joins the pool the event phases walk. */
export function driveStarts(client, { clients, durationMs, pool }) {
  return drive({
    clients,
    durationMs,
    step: async () => {
      const reply = await client.startCase();
      if (reply.ok) pool.push(reply.id);
      return reply;
    },
  });
}

/**
 * Events per second: each client walks a case from the pool to its end, then takes the next.
 * Should the pool run dry, a client starts a case itself (counted in `startedInBand`, its time
 * inside the phase): the figure is then slightly low, and the printout says so.
 */
export async function driveEvents(client, { clients, durationMs, pool }) {
  let startedInBand = 0;
  const result = await drive({
    clients,
    durationMs,
    step: async (state) => {
      if (state.id === undefined || state.next >= CASE_WALK.length) {
        let id = pool.shift();
        if (id === undefined) {
          const started = await client.startCase();
          if (!started.ok) return started;
          startedInBand++;
          id = started.id;
        }
        Object.assign(state, { id, next: 0 });
      }
      const reply = await client.sendEvent(state.id, CASE_WALK[state.next]);
      if (reply.ok) state.next++;
      else state.id = undefined; // a refused event leaves the case where it is: take another
      return reply;
    },
  });
  return { ...result, startedInBand };
}

/** The HTTP stack alone (Express, Nest, headers, request log; no database, no token): a floor. */
export const FLOOR_PATH = '/.well-known/jwks.json';

export function driveFloor(client, { clients, durationMs }) {
  return drive({ clients, durationMs, step: () => client.request('GET', FLOOR_PATH) });
}
