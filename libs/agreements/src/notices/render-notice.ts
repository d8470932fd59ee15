import Handlebars from 'handlebars';
import { type NoticeTemplate } from './default-notice-templates.js';
import { type NoticeModel } from './notice-samples.js';

/**
 * Compile options: only Handlebars' own helpers are known (and the check lets a template use
 * only if/unless/each/with); a missing value renders empty rather than throwing, because every
 * variable was checked against its kind when the template was saved.
 */
const compileOptions = { knownHelpersOnly: true, strict: false } as const;

/** Prototype access stays off (the Handlebars default, stated so no one turns it on here). */
const runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** An isolated instance: nothing registered on the global one reaches these templates. */
const hb = Handlebars.create();

export type RenderedNotice = NoticeTemplate;

/**
 * Renders a (checked) template with a notice's variables: the HTML part with every value
 * escaped, the subject and text as plain text (nothing to escape, nothing interpreted). The
 * subject is one line: line breaks a value might carry are folded into spaces. The HTML part is
 * wrapped in a minimal Swedish HTML document.
 */
export function renderNotice(template: NoticeTemplate, model: NoticeModel): RenderedNotice {
  const plain = (source: string) => hb.compile(source, { ...compileOptions, noEscape: true })(model, runtimeOptions);
  const html = hb.compile(template.html, compileOptions)(model, runtimeOptions);
  return {
    subject: plain(template.subject).replace(/\s+/g, ' ').trim(),
    text: plain(template.text),
    html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${html}</body></html>`,
  };
}
