import { createApiClient, type Fetch } from './client';
import { ApiError, NetworkError } from './errors';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>): { fetch: Fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: Fetch = async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, init };
    calls.push(call);
    return respond(call);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient', () => {
  it('posts the credentials as JSON to /auth/token', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { accessToken: 't', tokenType: 'Bearer', expiresIn: 900 }));
    const token = await createApiClient('http://api.test', fetch).requestToken('anna', 'hemligt');

    expect(token).toEqual({ accessToken: 't', tokenType: 'Bearer', expiresIn: 900 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('http://api.test/auth/token');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({ username: 'anna', password: 'hemligt' });
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json');
  });

  it('sends the bearer token to /api/me', async () => {
    const me = { id: '1', username: 'anna', displayName: 'Anna', roles: [], party: { id: 'p', name: 'P', kind: 'k' } };
    const { fetch, calls } = fakeFetch(() => json(200, me));
    await expect(createApiClient('', fetch).fetchMe('secret-token')).resolves.toEqual(me);
    expect(calls[0]?.url).toBe('/api/me');
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBe('Bearer secret-token');
  });

  it('turns an error answer into an ApiError with the API’s code', async () => {
    const { fetch } = fakeFetch(() => json(401, { code: 'AUTH_INVALID_CREDENTIALS', message: 'Invalid credentials' }));
    const failure = createApiClient('', fetch).requestToken('anna', 'fel');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS' });
  });

  it('keeps the status when the error body is not the API’s', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(createApiClient('', fetch).fetchMe('t')).rejects.toMatchObject({ status: 502, code: undefined });
  });

  it('reports a failed request as a NetworkError', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    await expect(createApiClient('', fetch).fetchMe('t')).rejects.toBeInstanceOf(NetworkError);
  });
});
