import { checkNoticeTemplatePart } from '../notices/check-notice-template.js';
import { countyNoticeKinds } from '../notices/notice-kinds.js';
import { type CheckContext } from './context.js';

/**
 * A county's notice templates compile and use only the variables their kind provides, with
 * nothing printed unescaped in HTML: each problem at `noticeTemplates.<kind>.<part>`, with its
 * line and column in the part.
 */
export function checkNoticeTemplates(ctx: CheckContext): void {
  const templates = ctx.draft.noticeTemplates;
  if (!templates) return;
  for (const kind of countyNoticeKinds) {
    const override = templates[kind];
    for (const part of ['subject', 'text', 'html'] as const) {
      const source = override?.[part];
      if (source === undefined) continue;
      for (const found of checkNoticeTemplatePart(kind, part, source)) {
        ctx.report(
          ['noticeTemplates', kind, part],
          found.code,
          `rad ${found.line}, kolumn ${found.column}: ${found.message.sv}`,
          `line ${found.line}, column ${found.column}: ${found.message.en}`,
        );
      }
    }
  }
}
