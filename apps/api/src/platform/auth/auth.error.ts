import { AppError } from '../errors/app-error.js';

export type AuthErrorCode =
  | 'AUTH_REQUIRED'
  | 'AUTH_INVALID_TOKEN'
  | 'AUTH_UNKNOWN_USER'
  | 'AUTH_INVALID_CREDENTIALS'
  | 'AUTH_LOCAL_DISABLED'
  | 'AUTH_THROTTLED'
  | 'AUTH_FORBIDDEN';

export class AuthError extends AppError<AuthErrorCode> {}
