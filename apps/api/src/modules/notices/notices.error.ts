import { AppError } from '../../platform/errors/app-error.js';

export type NoticeErrorCode =
  | 'PARTY_NOT_FOUND'
  | 'CONTACTS_FORBIDDEN'
  | 'CONTACT_EXISTS'
  | 'CONTACT_NOT_FOUND'
  | 'CONTACT_USER_NOT_OF_PARTY'
  | 'PERSONAL_DATA_REJECTED'
  | 'NOTICE_KIND_UNKNOWN'
  | 'NOTICE_TEMPLATE_INVALID'
  | 'NOTICE_NOT_FOUND';

/** The notices module's refusals. */
export class NoticeError extends AppError<NoticeErrorCode> {}
