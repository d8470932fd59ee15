import { z } from 'zod';
import { parseTemplateRef } from '../template-ref.js';

/** `key@version`, e.g. `rvc-referral@1`, checked with `parseTemplateRef`. */
export const templateRefSchema = z.string().refine((text) => parseTemplateRef(text) !== undefined, {
  message: 'a template reference is key@version, e.g. rvc-referral@1',
  params: { code: 'invalidTemplateRef', sv: 'en mallreferens skrivs nyckel@version, t.ex. rvc-referral@1' },
});
