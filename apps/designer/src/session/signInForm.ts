import { MESSAGES } from '../i18n/messages';

export interface SignInFields {
  username: string;
  password: string;
}

export type SignInFieldErrors = Partial<Record<keyof SignInFields, string>>;

/** Checks the sign-in form before it is sent; an empty result means it may be sent. */
export function validateSignIn(fields: SignInFields): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  if (fields.username.trim() === '') errors.username = MESSAGES.usernameRequired;
  if (fields.password === '') errors.password = MESSAGES.passwordRequired;
  return errors;
}
