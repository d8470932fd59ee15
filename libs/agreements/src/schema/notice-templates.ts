import { z } from 'zod';
import { countyNoticeKinds, type CountyNoticeKind } from '../notices/notice-kinds.js';

/**
 * A county's own wording of one kind of notice. Each part it gives replaces the product's
 * default part; a part it leaves out stays the default. Checked against the kind's variables
 * when the version is validated (checks/check-notice-templates.ts).
 */
export const noticeTemplateOverrideSchema = z.strictObject({
  subject: z.string().trim().min(1).max(300).optional(),
  text: z.string().trim().min(1).max(20_000).optional(),
  html: z.string().trim().min(1).max(50_000).optional(),
});
export type NoticeTemplateOverride = z.infer<typeof noticeTemplateOverrideSchema>;

/** The county's overrides, by kind of notice (`overdue`, `escalation`, …; not the user's `digest`). */
export const noticeTemplatesSchema = z.strictObject(
  Object.fromEntries(countyNoticeKinds.map((kind) => [kind, noticeTemplateOverrideSchema.optional()])) as Record<
    CountyNoticeKind,
    z.ZodOptional<typeof noticeTemplateOverrideSchema>
  >,
);
export type NoticeTemplates = z.infer<typeof noticeTemplatesSchema>;
