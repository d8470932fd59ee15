import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { feedSecretHash } from './calendar-feeds.service.js';
import { FEED_MAX_REQUESTS } from './feed-throttle.service.js';

const agreement = 'jamtland-operation-norrsken';
const feeds = `/api/agreements/${agreement}/calendar-feeds`;

// A party's calendar feed, subscribed to without signing in, against the real PostgreSQL and Redis
// (the throttle's counts live there).
describe('calendar feeds by secret address', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);
  const get = (path: string) => fetch(`${app.samverkan.url}${path}`);

  beforeAll(async () => {
    app = await startTestApp('redis');
    app.clock.set(new Date('2026-05-14T10:00:00+02:00'));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives the party’s calendar of the published version without a token, and stores only the secret’s hash', async () => {
    const made = await as('strateg.jamtland', 'POST', feeds, { party: 'ostersunds-kommun' });
    expect(made.status).toBe(201);
    const path = String(made.body['path']);
    expect(path).toMatch(/^\/api\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, no-store');
    const text = await feed.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('Östersunds kommun');
    // From the first of last month (April 2026) to a year ahead.
    expect(text).toMatch(/DTSTART[^:\r\n]*:202604/);
    expect(text).not.toMatch(/DTSTART[^:\r\n]*:202603/);
    const secret = path.slice('/api/feeds/'.length, -'.ics'.length);
    const rows: { token_hash: string }[] = await app.samverkan.app
      .get(DataSource)
      .query('SELECT token_hash FROM calendar_feed WHERE id = $1', [made.body['id']]);
    expect(rows).toEqual([{ token_hash: feedSecretHash(secret) }]);
    expect(JSON.stringify(rows)).not.toContain(secret);
    const listed = await as('strateg.jamtland', 'GET', feeds);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it('answers 404 for a revoked address as for one that never was', async () => {
    const made = await as('strateg.jamtland', 'POST', feeds, { party: 'krokoms-kommun' });
    const path = String(made.body['path']);
    expect((await get(path)).status).toBe(200);
    const revoked = await as('strateg.jamtland', 'DELETE', `${feeds}/${String(made.body['id'])}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body['revokedAt']).toEqual(expect.any(String));
    const after = await get(path);
    expect(after.status).toBe(404);
    expect(((await after.json()) as { code: string }).code).toBe('CALENDAR_FEED_NOT_FOUND');
    expect((await get(`/api/feeds/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('lets only the county’s strategists make and revoke feeds; another county’s strategist gets 404', async () => {
    const other = await as('strateg.vasternorrland', 'POST', feeds, { party: 'ostersunds-kommun' });
    expect([other.status, other.body['code']]).toEqual([404, 'AGREEMENT_NOT_FOUND']);
    expect((await as('strateg.vasternorrland', 'GET', feeds)).status).toBe(404);
    const admin = await as('admin', 'POST', feeds, { party: 'ostersunds-kommun' });
    expect([admin.status, admin.body['code']]).toEqual([403, 'AGREEMENT_FORBIDDEN']);
    expect((await as('admin', 'GET', feeds)).status).toBe(200);
    const notAParty = await as('strateg.jamtland', 'POST', feeds, { party: 'sundsvalls-kommun' });
    expect(notAParty.status).toBe(422);
    expect(notAParty.body['details']).toMatchObject({ problems: [{ path: 'party', code: 'notAParty' }] });
  });

  it('throttles one address, not the others', async () => {
    const made = await as('strateg.jamtland', 'POST', feeds, { party: 'are-kommun' });
    const path = String(made.body['path']);
    for (let i = 0; i < FEED_MAX_REQUESTS; i++) expect((await get(path)).status).toBe(200);
    const throttled = await get(path);
    expect(throttled.status).toBe(429);
    expect(((await throttled.json()) as { code: string }).code).toBe('CALENDAR_FEED_THROTTLED');
    const another = await as('strateg.jamtland', 'POST', feeds, { party: 'are-kommun' });
    expect((await get(String(another.body['path']))).status).toBe(200);
  });
});
