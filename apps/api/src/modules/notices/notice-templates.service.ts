import { Injectable } from '@nestjs/common';
import {
  checkNoticeTemplatePart,
  defaultNoticeTemplates,
  isNoticeKind,
  type NoticeKind,
  noticeKindInfo,
  noticeKinds,
  noticeSamples,
  type NoticeTemplate,
  noticeTemplateOverrideSchema,
  renderNotice,
  type VariableShape,
} from '@samverkan/agreements';
import { parseBody } from '../../platform/http/parse-body.js';
import { NoticeError } from './notices.error.js';
import type { NoticeKindView, NoticePreview } from './notice-views.js';

/** The kinds of notice with their variables and product templates, and the preview of a template. */
@Injectable()
export class NoticeTemplatesService {
  list(): NoticeKindView[] {
    return noticeKinds.map((kind) => ({
      kind,
      title: noticeKindInfo[kind].title,
      audience: noticeKindInfo[kind].audience,
      variables: variablePaths(noticeKindInfo[kind].shape),
      template: defaultNoticeTemplates[kind],
    }));
  }

  /**
   * Renders a template with the kind's sample variables: the parts given, the product's for the
   * rest. A part that does not pass the check is a 422 NOTICE_TEMPLATE_INVALID with its path
   * (`html`) and the line and column in it — the same check as saving the agreement.
   */
  preview(kindText: string, body: unknown): NoticePreview {
    if (!isNoticeKind(kindText)) {
      throw new NoticeError('NOTICE_KIND_UNKNOWN', 404, `No kind of notice ${kindText} (${noticeKinds.join(', ')})`);
    }
    const kind: NoticeKind = kindText;
    const override = parseBody(noticeTemplateOverrideSchema, body ?? {});
    const problems = (['subject', 'text', 'html'] as const).flatMap((part) => {
      const source = override[part];
      return source === undefined
        ? []
        : checkNoticeTemplatePart(kind, part, source).map((p) => ({
            path: part,
            code: p.code,
            line: p.line,
            column: p.column,
            message: `line ${p.line}, column ${p.column}: ${p.message.en}`,
            sv: `rad ${p.line}, kolumn ${p.column}: ${p.message.sv}`,
          }));
    });
    if (problems.length > 0) {
      throw new NoticeError('NOTICE_TEMPLATE_INVALID', 422, `The template has ${problems.length} problem(s)`, {
        problems,
      });
    }
    const template: NoticeTemplate = { ...defaultNoticeTemplates[kind], ...override };
    return { kind, ...renderNotice(template, noticeSamples[kind]) };
  }
}

/** Every printable variable of a shape as a dotted path; a list's fields under the list's name. */
function variablePaths(shape: VariableShape, prefix = ''): string[] {
  if (shape === 'value') return [prefix];
  if (Array.isArray(shape)) return variablePaths((shape as readonly [VariableShape])[0], prefix);
  return Object.entries(shape as Record<string, VariableShape>).flatMap(([field, inner]) =>
    variablePaths(inner, prefix ? `${prefix}.${field}` : field),
  );
}
