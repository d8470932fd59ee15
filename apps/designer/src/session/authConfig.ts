import { z } from 'zod';

/**
 * How the designer signs in, as the API says (GET /auth/config): checked here because the
 * designer acts on it (it sends the user to `issuer`), and a wrong shape must not half-work.
 */
export const authConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({ mode: z.literal('unavailable') }),
  z.object({
    mode: z.literal('oidc'),
    issuer: z.url({ protocol: /^https?$/ }),
    clientId: z.string().min(1),
    scopes: z.array(z.string().min(1)).min(1),
    audience: z.string().min(1),
  }),
]);

export type AuthConfig = z.infer<typeof authConfigSchema>;
export type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;
