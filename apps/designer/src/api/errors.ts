import type { ApiErrorBody } from './types';

/** An HTTP answer outside 2xx, with the API's error code when the body carried one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  /** The API's `details`: `problems` (each with `path`, `code`, `message.sv`), `unconfirmed`, … */
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string | undefined, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The request never got an HTTP answer (server down, network gone). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** The body's `details` when it is an object (the document types it as any JSON). */
export function detailsOf(body: ApiErrorBody): Record<string, unknown> | undefined {
  return typeof body.details === 'object' && body.details !== null && !Array.isArray(body.details)
    ? (body.details as Record<string, unknown>)
    : undefined;
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).code === 'string' &&
    typeof (value as Record<string, unknown>).message === 'string'
  );
}
