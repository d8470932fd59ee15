/**
 * An error meant for the API's user: a stable `code` clients can rely on, an HTTP status, a
 * human message and, for validation, the offending paths. Modules subclass it with their own
 * code enums; the exception filter turns it into `{ code, message, details }`.
 */
export class AppError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** Response headers that belong to the refusal, e.g. `Retry-After` on a 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
