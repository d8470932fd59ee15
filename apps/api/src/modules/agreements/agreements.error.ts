import { AppError } from '../../platform/errors/app-error.js';

export type AgreementErrorCode =
  | 'AGREEMENT_NOT_FOUND'
  | 'AGREEMENT_VERSION_NOT_FOUND'
  | 'AGREEMENT_EXISTS'
  | 'AGREEMENT_VERSION_PUBLISHED'
  | 'AGREEMENT_DRAFT_EXISTS'
  | 'AGREEMENT_VERSION_STALE'
  | 'AGREEMENT_INVALID'
  | 'AGREEMENT_DEFAULTS_UNCONFIRMED'
  | 'AGREEMENT_FORBIDDEN'
  | 'TEMPLATE_NOT_FOUND'
  | 'PARTY_NOT_IN_AGREEMENT'
  | 'VIEW_NOT_AVAILABLE'
  | 'NO_CONSULTATION_SLOT';

export class AgreementError extends AppError<AgreementErrorCode> {}
