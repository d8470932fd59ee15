import Handlebars from 'handlebars';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { buildDocumentView, type AgreementDocumentOptions } from './build-document-view.js';
import { type DocumentView } from './document-view.js';
import { documentTemplates } from './document-templates.js';

/**
 * Compile options for every template: `strict` makes a field missing from the view model an
 * error instead of a silent blank; `knownHelpersOnly` lets the templates call only Handlebars'
 * built-in helpers (if, unless, each, with) — none are registered, so there is nothing else.
 */
const compileOptions = { strict: true, knownHelpersOnly: true } as const;

/** Prototype access stays off (the Handlebars default, stated so no one turns it on here). */
const runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

type DocumentTemplate = (view: DocumentView, options: typeof runtimeOptions) => string;

let compiled: DocumentTemplate | undefined;

/** Compiled once, on an isolated Handlebars instance (never the global one others may change). */
function template(): DocumentTemplate {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  for (const [name, source] of Object.entries(documentTemplates.partials)) {
    hb.registerPartial(name, hb.compile(source, compileOptions));
  }
  const main = hb.compile<DocumentView>(documentTemplates.document, compileOptions);
  compiled = (view, options) => main(view, options);
  return compiled;
}

/**
 * The agreement document: a complete, print-ready HTML5 document in Swedish, with the sections
 * of the Operation Norrsken agreement and one signature page per party. The clauses are printed
 * in their own words; bodies, cadences, commitments, costs, term and withdrawal are printed
 * from the same data the engine runs on. Pure: the time it shows is `options.generatedAt`.
 */
export function renderAgreementDocument(version: AgreementVersion, options: AgreementDocumentOptions): string {
  return template()(buildDocumentView(version, options), runtimeOptions);
}
