import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { RoutineError } from '@samverkan/workflows';
import { isUniqueViolation } from '../database/database-errors.js';
import { AppError } from './app-error.js';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'AUTH_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'TOO_MANY_REQUESTS',
};

/** The routine engine's refusals (libs/workflows) as HTTP statuses. */
const routineStatus: Record<RoutineError['code'], number> = {
  ROUTINE_INVALID: 422,
  ROUTINE_EVENT_INVALID: 422,
  PERSONAL_DATA_REJECTED: 422,
  OUTSIDE_TARGET_GROUP: 422,
  OCCURRED_AT_IN_FUTURE: 422,
  OCCURRED_AT_BEFORE_PREVIOUS_EVENT: 422,
  ROUTINE_EVENT_NOT_ALLOWED: 409,
  // A stored definition that loops: this request fails, the server and other cases go on.
  ROUTINE_DEFINITION_LOOPS: 422,
  ROUTINE_SNAPSHOT_INVALID: 500,
};

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.status, body: { code: error.code, message: error.message, details: error.details } };
  }
  if (error instanceof RoutineError) {
    const status = routineStatus[error.code];
    return {
      status,
      body: {
        code: error.code,
        message: error.localized.en,
        details: { problems: error.problems, sv: error.localized.sv },
      },
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : error.message;
    return { status, body: { code: codeByStatus[status] ?? `HTTP_${status}`, message } };
  }
  // The last line of defence for a race the service did not name: two writers of one key.
  if (isUniqueViolation(error)) {
    return {
      status: HttpStatus.CONFLICT,
      body: { code: 'CONFLICT', message: 'Another request wrote the same thing at once; read and try again' },
    };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { code: 'INTERNAL', message: 'Internal server error' } };
}

/** Every error leaves the API as JSON with a stable code; unexpected ones are logged, not shown. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const { status, body } = toErrorBody(error);
    if (status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError && error.headers) response.set(error.headers);
    response.status(status).json(body);
  }
}
