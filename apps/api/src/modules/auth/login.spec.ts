import { type TestApp, startTestApp } from '../../testing/test-app.js';

// The unauthenticated sign-in, as an attacker sees it: it must not tell which usernames exist by
// its timing, and no body, however malformed, may end in a 500.
describe('local sign-in', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Without Redis (the embedded set-up): the counts live in this process. A high address limit,
    // as every request here comes from one address; the account limit is the default (10).
    app = await startTestApp('postgres', { LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = async (body: string | Uint8Array) => {
    const response = await fetch(`${app.samverkan.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), text };
  };

  it('tells the designer to sign in locally, and lets its page reach no other origin', async () => {
    const response = await fetch(`${app.samverkan.url}/auth/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ mode: 'local' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('connect-src');
  });

  const timed = async (username: string) => {
    const started = performance.now();
    const reply = await post(JSON.stringify({ username, password: 'not-the-password' }));
    expect(reply.status).toBe(401);
    return performance.now() - started;
  };

  it('spends the same work on an unknown username as on a known one with a wrong password', async () => {
    await timed('admin');
    await timed('nobody-warm-up');
    let known = 0;
    let unknown = 0;
    for (let i = 0; i < 4; i++) {
      known += await timed('admin');
      unknown += await timed(`nobody-${i}`);
    }
    // A correctness bound, not a speed target: before, unknown names answered ten times faster.
    expect(unknown).toBeGreaterThan(known / 3);
  });

  it('answers NUL characters and other junk in the body with a 4xx JSON error, never a 500', async () => {
    const bodies: (string | Uint8Array)[] = [
      JSON.stringify({ username: 'adm\u0000in', password: 'samverkan' }),
      JSON.stringify({ username: 'admin', password: 'sam\u0000verkan' }),
      JSON.stringify({ username: '\u0000', password: '\u0000' }),
      JSON.stringify({ username: '\u001b[31madmin', password: 'x' }),
      JSON.stringify({ username: 'admin\u0007', password: 'x' }),
      JSON.stringify({ username: '\ud800', password: 'x' }),
      JSON.stringify({ username: 'a'.repeat(10_000), password: 'x' }),
      JSON.stringify({ username: { $ne: null }, password: 'x' }),
      JSON.stringify({ username: ['admin'], password: ['samverkan'] }),
      JSON.stringify({ username: 'admin' }),
      JSON.stringify({ username: 'admin', password: 'x', __proto__: { isAdmin: true }, constructor: 1 }),
      '[]',
      '{}',
      '42',
      '\u0000',
      '{"username":"admin","password":"x"',
      new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), // {"<invalid UTF-8>":1}
      '',
    ];
    for (const body of bodies) {
      const reply = await post(body);
      expect({ body, status: reply.status >= 400 && reply.status < 500 }).toEqual({ body, status: true });
      expect(reply.type).toContain('application/json');
      expect(JSON.parse(reply.text)).toEqual(expect.objectContaining({ code: expect.any(String) }));
    }
    const nul = await post(JSON.stringify({ username: 'adm\u0000in', password: 'samverkan' }));
    expect(nul.status).toBe(422);
    // The input limits of every route refuse NUL before the sign-in schema sees it.
    expect(JSON.parse(nul.text)).toMatchObject({
      code: 'INPUT_INVALID_CHARACTER',
      details: { problems: [{ path: 'username', message: 'holds a NUL character' }] },
    });
    const bell = await post(JSON.stringify({ username: 'admin\u0007', password: 'samverkan' }));
    expect(JSON.parse(bell.text)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { problems: [{ path: 'username', message: 'must not contain control characters' }] },
    });
  });

  it('throttles an account without Redis too, in process memory', async () => {
    const attempt = () => post(JSON.stringify({ username: 'polis.nord', password: 'wrong' }));
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
    const blocked = await post(JSON.stringify({ username: 'polis.nord', password: 'samverkan' }));
    expect(blocked.status).toBe(429);
    expect(JSON.parse(blocked.text)).toMatchObject({ code: 'AUTH_THROTTLED' });
  });
});
