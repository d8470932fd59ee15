import { AppError } from '../../platform/errors/app-error.js';

export type LifecycleErrorCode =
  | 'AGREEMENT_NOT_FOUND'
  | 'AGREEMENT_VERSION_NOT_PUBLISHED'
  | 'AGREEMENT_NOT_PUBLISHED'
  | 'SIGNATURE_FORBIDDEN'
  | 'SIGNATURE_EXISTS'
  | 'SIGNATURE_INVALID'
  | 'WITHDRAWAL_FORBIDDEN'
  | 'WITHDRAWAL_INVALID'
  | 'WITHDRAWAL_RULE_MISSING'
  | 'WITHDRAWAL_EXISTS'
  | 'PERSONAL_DATA_REJECTED';

/** The lifecycle module's refusals. */
export class LifecycleError extends AppError<LifecycleErrorCode> {}
