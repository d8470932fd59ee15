import { z } from 'zod';
import { MESSAGES } from '../i18n/messages';

/**
 * The sign-in form's rules: both fields given. The username is trimmed (as the API does); a
 * password is sent as typed, blanks included.
 */
export const signInSchema = z.object({
  username: z.string().trim().min(1, MESSAGES.usernameRequired),
  password: z.string().min(1, MESSAGES.passwordRequired),
});

export type SignInFields = z.input<typeof signInSchema>;
export type SignInFieldErrors = Partial<Record<keyof SignInFields, string>>;

/** The form's errors by field; an empty result means it may be sent. */
export function validateSignIn(fields: SignInFields): SignInFieldErrors {
  const result = signInSchema.safeParse(fields);
  if (result.success) return {};
  const errors: SignInFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === 'username' || field === 'password') && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
