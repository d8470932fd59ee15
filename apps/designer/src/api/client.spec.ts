import { createApiClient, type Fetch } from './client';
import { ApiError, NetworkError } from './errors';

function fakeFetch(respond: (request: Request) => Response | Promise<Response>): { fetch: Fetch; requests: Request[] } {
  const requests: Request[] = [];
  const fetch: Fetch = async (request) => {
    requests.push(request);
    return respond(request);
  };
  return { fetch, requests };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient', () => {
  it('posts the credentials as JSON to /auth/token, without a token', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { accessToken: 't', tokenType: 'Bearer', expiresIn: 900 }));
    const api = createApiClient({ baseUrl: 'http://api.test', fetch, accessToken: () => 'old' });
    const token = await api.requestToken('anna', 'hemligt');

    expect(token).toEqual({ accessToken: 't', tokenType: 'Bearer', expiresIn: 900 });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('http://api.test/auth/token');
    expect(request?.method).toBe('POST');
    expect(await request?.json()).toEqual({ username: 'anna', password: 'hemligt' });
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('Authorization')).toBeNull();
  });

  it('sends the given token to /api/me and the session’s current one elsewhere', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, []));
    let current: string | null = 'first';
    const api = createApiClient({ baseUrl: 'http://x', fetch, accessToken: () => current });
    await api.fetchMe('checked-token');
    await api.agreements();
    current = 'second';
    await api.agreement('jamtland');
    current = null;
    await api.agreements();
    expect(requests.map((r) => [new URL(r.url).pathname, r.headers.get('Authorization')])).toEqual([
      ['/api/me', 'Bearer checked-token'],
      ['/api/agreements', 'Bearer first'],
      ['/api/agreements/jamtland', 'Bearer second'],
      ['/api/agreements', null],
    ]);
  });

  it('puts the version, the range and the year in the address, the agreement key encoded', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, {}));
    const api = createApiClient({ baseUrl: 'http://x', fetch });
    const ref = { agreement: 'a b', version: 3 };
    await api.version(ref);
    await api.calendar(ref, { from: '2027-01-01', to: '2027-12-31' });
    await api.costSplit(ref, 2027);
    expect(requests.map((r) => r.url.replace('http://x', ''))).toEqual([
      '/api/agreements/a%20b/versions/3',
      '/api/agreements/a%20b/versions/3/calendar?from=2027-01-01&to=2027-12-31',
      '/api/agreements/a%20b/versions/3/cost-split?year=2027',
    ]);
  });

  it('reads the signature round, the date reminders and the withdrawals at their addresses', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, {}));
    const api = createApiClient({ baseUrl: 'http://x', fetch });
    const ref = { agreement: 'a b', version: 3 };
    await api.signatures(ref);
    await api.reminders(ref);
    await api.withdrawals('a b');
    expect(requests.map((r) => `${r.method} ${r.url.replace('http://x', '')}`)).toEqual([
      'GET /api/agreements/a%20b/versions/3/signatures',
      'GET /api/agreements/a%20b/versions/3/reminders',
      'GET /api/agreements/a%20b/withdrawals',
    ]);
  });

  it('reads the document as text and the PDF as a blob', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.url.endsWith('.pdf')
        ? new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'Content-Type': 'application/pdf' } })
        : new Response('<!DOCTYPE html><html lang="sv"></html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    const api = createApiClient({ baseUrl: 'http://x', fetch });
    await expect(api.documentHtml({ agreement: 'k', version: 1 })).resolves.toBe(
      '<!DOCTYPE html><html lang="sv"></html>',
    );
    const pdf = await api.documentPdf({ agreement: 'k', version: 1 });
    expect(new TextDecoder().decode(await pdf.arrayBuffer())).toBe('%PDF');
    expect(requests.map((r) => r.headers.get('Accept'))).toEqual(['text/html', 'application/pdf']);
  });

  it('turns an error answer into an ApiError with the API’s code', async () => {
    const { fetch } = fakeFetch(() => json(401, { code: 'AUTH_INVALID_CREDENTIALS', message: 'Invalid credentials' }));
    const failure = createApiClient({ baseUrl: 'http://x', fetch }).requestToken('anna', 'fel');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS' });
  });

  it('keeps the status when the error body is not the API’s', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(createApiClient({ baseUrl: 'http://x', fetch }).fetchMe('t')).rejects.toMatchObject({
      status: 502,
      code: undefined,
    });
  });

  it('reports a failed request as a NetworkError, and an abort as an abort', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    await expect(createApiClient({ baseUrl: 'http://x', fetch }).fetchMe('t')).rejects.toBeInstanceOf(NetworkError);
    const aborting = fakeFetch(() => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(createApiClient({ baseUrl: 'http://x', fetch: aborting.fetch }).agreements()).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
