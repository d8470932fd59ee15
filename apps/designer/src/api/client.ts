import { ApiError, NetworkError, isApiErrorBody } from './errors';
import type { Me, TokenResponse } from './types';

export type Fetch = typeof fetch;

export interface ApiClient {
  /** POST /auth/token: exchanges a username and password for a bearer token. */
  requestToken: (username: string, password: string) => Promise<TokenResponse>;
  /** GET /api/me: the signed-in user, their organisation and roles. */
  fetchMe: (accessToken: string, signal?: AbortSignal) => Promise<Me>;
}

/**
 * A thin client for the API. `baseUrl` is empty in the browser (same origin: the API serves the
 * designer, and Vite's dev server proxies /api and /auth); tests may pass their own `fetch`.
 */
export function createApiClient(baseUrl = '', fetchImpl: Fetch = (input, init) => fetch(input, init)): ApiClient {
  async function request<T>(path: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        ...init,
        headers: { Accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
    const body: unknown = await readJson(response);
    if (!response.ok) {
      if (isApiErrorBody(body)) throw new ApiError(response.status, body.code, body.message);
      throw new ApiError(response.status, undefined, `HTTP ${response.status}`);
    }
    return body as T;
  }

  return {
    requestToken: (username, password) =>
      request<TokenResponse>('/auth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      }),
    fetchMe: (accessToken, signal) =>
      request<Me>('/api/me', {
        method: 'GET',
        headers: { Authorization: `Bearer ${accessToken}` },
        ...(signal ? { signal } : {}),
      }),
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
