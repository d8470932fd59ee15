import { AppError } from '../platform/errors/app-error.js';

export type EngineErrorCode =
  | 'INSTANCE_NOT_FOUND'
  | 'INSTANCE_CONFLICT'
  | 'INSTANCE_FORBIDDEN'
  | 'ROUTINE_NOT_BOUND'
  | 'ROUTINE_NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'CASE_ROLE_REQUIRED'
  | 'ROUTINE_DEFINITION_INVALID'
  | 'ROUTINE_VERSION_EXISTS'
  | 'ROUTINE_MIGRATION_INVALID'
  | 'AGREEMENT_NOT_FOUND'
  | 'AGREEMENT_VERSION_NOT_FOUND';

export class EngineError extends AppError<EngineErrorCode> {}
