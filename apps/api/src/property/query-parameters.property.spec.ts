import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { type BoundedClient, boundedClient, expectAnswered, slowest } from './bounded-client.js';
import { junkString } from './junk.js';
import { PROPERTY_TIMEOUT_MS, propertyRuns, report } from './property-runs.js';
import { inTargetGroup } from '../testing/case-facts.js';
import { NOTIFICATIONS_QUEUE } from '../engine/notifications/notification-queue.js';
import { EMAIL_QUEUE, WEBHOOKS_QUEUE } from '../modules/delivery/delivery-queues.js';

// Issue 9: generated query strings on every GET route of the running application (read from
// Express's route table, so a new route is covered the day it is added): the parameters each
// route reads and any others, repeated, empty, in any Unicode, percent-escapes that decode to
// nothing, very long values, dates and years far outside the view dates. Never a 5xx, never a
// stalled request, every refusal in the API's error form.
const agreement = 'jamtland-operation-norrsken';

/** 200 requests: 5–10 s on the 2-core development machine. */
const RUNS = 200;

/**
 * Routes left out, and why. document.pdf reads no query, and each request is a Chromium render
 * (two at a time per process, seconds each): a render per run would be most of this property's
 * time for nothing the document's HTML route does not show.
 */
const skipped = new Set(['GET /api/agreements/:agreement/versions/:version/document.pdf']);

/** Names the routes read (view-query.ts, the municipalities' county), and some they do not. */
const names = fc.constantFrom(
  'from',
  'to',
  'party',
  'body',
  'date',
  'noticeDate',
  'year',
  'against',
  'county',
  'version',
  'limit',
  '__proto__',
  'constructor',
  'from[]',
  'party[key]',
  '',
);
const values = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      '2026-02-29',
      '2024-02-29',
      '1899-12-31',
      '2200-01-01',
      '+275760-09-13',
      '-000001-01-01',
      'ostersunds-kommun',
      'samradsgrupp',
      'template',
      'latest',
      '23',
      '1e400',
      '-1',
      '0x10',
      '2026.5',
      'Infinity',
      '',
    ),
    weight: 3,
  },
  { arbitrary: fc.integer().map(String), weight: 1 },
  // encodeURIComponent cannot escape half a surrogate pair; raw escapes of it are tried below.
  { arbitrary: junkString.filter((s) => !/\p{Cs}/u.test(s)), weight: 2 },
  // Long values (å is six characters escaped), now and then beyond Node's 16 kB of request line and headers (431).
  { arbitrary: fc.constantFrom(100, 1000, 3000).map((n) => 'å'.repeat(n)), weight: 1 },
);

/** A query as a client might send it: pairs to encode, and now and then raw escapes that decode to nothing. */
const queries = fc.array(
  fc.oneof(
    { arbitrary: fc.tuple(names, values), weight: 6 },
    {
      arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%80', '&&', '=', 'from', 'from=', '=x'),
      weight: 1,
    },
  ),
  { maxLength: 6 },
);
const queryString = (query: (string | [string, string])[]): string =>
  query
    .map((pair) => (typeof pair === 'string' ? pair : `${encodeURIComponent(pair[0])}=${encodeURIComponent(pair[1])}`))
    .join('&');

describe('property: generated query strings on every GET route', () => {
  let app: TestApp;
  let call: BoundedClient;
  let routes: string[] = [];
  const objects: Record<string, string[]> = {};

  beforeAll(async () => {
    app = await startTestApp('redis');
    call = boundedClient(app);
    const draft = await call('strateg.jamtland', 'POST', `/api/agreements/${agreement}/versions`, {});
    const started = await call('polis.nord', 'POST', '/api/instances', {
      agreement,
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    const feed = await call('strateg.jamtland', 'POST', `/api/agreements/${agreement}/calendar-feeds`, {
      party: 'ostersunds-kommun',
    });
    expect([draft.status, started.status, feed.status]).toEqual([201, 201, 201]);
    // What each path parameter is filled with: objects that exist, so the query is what is tried.
    Object.assign(objects, {
      agreement: [agreement, 'vasternorrland-stod-och-kompetenscentrum'],
      version: ['latest', '1', String(draft.body['version'])],
      id: [String(started.body['id'])],
      key: ['rvc-referral', 'consultation'],
      ref: ['samverkan-base@1'],
      party: ['polisen-region-nord', 'ostersunds-kommun'],
      queue: [EMAIL_QUEUE, WEBHOOKS_QUEUE, NOTIFICATIONS_QUEUE, 'no-such-queue'],
      // A party's feed by its secret address, and one that does not exist.
      file: [String(feed.body['path']).replace('/api/feeds/', ''), 'no-such-feed.ics'],
    });
    const express = (app.samverkan.app as INestApplication).getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    routes = express.router.stack
      .flatMap((layer) => (layer.route?.methods['get'] ? [`GET ${layer.route.path}`] : []))
      .filter((route) => !skipped.has(route));
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The route's path with its parameters filled, by the generated choices; a hostile one now and then. */
  function pathOf(route: string, choice: number, hostile: string | undefined): string {
    return route.slice('GET '.length).replace(/:(\w+)/g, (_, name: string) => {
      const candidates = objects[name];
      if (!candidates) throw new Error(`${route}: no object for :${name}; add one above`);
      return hostile === undefined ? (candidates[choice % candidates.length] ?? '') : encodeURIComponent(hostile);
    });
  }

  it(
    'answers every generated query with 200 or a clean 4xx, bounded',
    async () => {
      expect(routes.length).toBeGreaterThan(20);
      const runs = fc.record({
        route: fc.nat(),
        choice: fc.nat(),
        query: queries,
        // Path parameters are not this property's subject (platform/http/hostile-input.spec.ts), but
        // one run in six fills them with what a route must refuse: overflowing versions among them.
        hostile: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 5 },
          {
            arbitrary: fc.oneof(
              fc.constantFrom(
                '99999999999',
                '2147483648',
                '-1',
                '0',
                '1.5',
                '1e3',
                'latest',
                'samverkan-base@99999999999',
                'rvc@2147483648',
              ),
              junkString.filter((s) => !/\p{Cs}/u.test(s)),
            ),
            weight: 1,
          },
        ),
        user: fc.constantFrom('strateg.jamtland', 'polis.nord', 'admin', 'samordnare.jamtland'),
      });
      const statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(runs, async (run) => {
          const route = routes[run.route % routes.length] ?? '';
          const reply = await call(
            run.user,
            'GET',
            `${pathOf(route, run.choice, run.hostile)}?${queryString(run.query)}`,
          );
          statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
          expectAnswered(reply, { ...run, route });
        }),
        propertyRuns(RUNS),
      );
      report('query parameters', { statuses, slowest });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
