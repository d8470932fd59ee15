import { z } from 'zod';
import { agreementContentSchema } from './agreement-version.js';
import { textSchema } from './primitives.js';

/**
 * A published agreement template, `key@version`: a skeleton samverkansavtal a county starts
 * from with `extends`. Immutable once published.
 */
export const agreementTemplateSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a template key is lower-case words joined by hyphens'),
  version: z.number().int().positive(),
  name: textSchema,
  description: textSchema,
  content: agreementContentSchema,
});
export type AgreementTemplate = z.infer<typeof agreementTemplateSchema>;
