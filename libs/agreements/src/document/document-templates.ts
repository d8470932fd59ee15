import { documentCss } from './document-css.js';

/**
 * The document's Handlebars templates, kept as strings so the lib needs no file system and runs
 * in the browser too. They only print the view model (`DocumentView`): every value is escaped
 * by Handlebars (`{{…}}`); there is no triple-stash anywhere. The style sheet is part of the
 * template source itself, a constant of ours, never a value from the data.
 */

const fact = `<div class="fact"><dt>{{label}}</dt><dd>{{#if isList}}<ul>{{#each values}}<li>{{this}}</li>{{/each}}</ul>{{else}}{{value}}{{/if}}{{#if citation}} <span class="cite">({{citation}})</span>{{/if}}</dd></div>`;

const rows = `{{#each this}}<tr><th scope="row">{{header}}</th>{{#each cells}}<td{{#if numeric}} class="num"{{/if}}>{{text}}</td>{{/each}}</tr>{{/each}}`;

const table = `<table class="{{variant}}">
<caption{{#if captionHidden}} class="visually-hidden"{{/if}}>{{caption}}</caption>
<thead><tr>{{#each headers}}<th scope="col">{{this}}</th>{{/each}}</tr></thead>
<tbody>{{> rows rows}}</tbody>
{{#if hasFoot}}<tfoot>{{> rows footRows}}</tfoot>{{/if}}
</table>`;

const textBlock = `{{#if isList}}{{#if ordered}}<ol start="{{start}}">{{#each items}}<li>{{this}}</li>{{/each}}</ol>{{else}}<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>{{/if}}{{else}}<p>{{#each lines}}{{#unless @first}}<br>{{/unless}}{{this}}{{/each}}</p>{{/if}}`;

const part = `<div class="part">
{{#if heading}}<h3>{{heading}}</h3>{{/if}}
{{#if citation}}<p class="cite">{{citation}}</p>{{/if}}
{{#each paragraphs}}<p>{{this}}</p>{{/each}}
{{#if hasItems}}{{#if ordered}}<ol>{{#each items}}<li>{{this}}</li>{{/each}}</ol>{{else}}<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>{{/if}}{{/if}}
{{#if hasFacts}}<dl class="facts">{{#each facts}}{{> fact}}{{/each}}</dl>{{/if}}
{{#if table}}{{> table table}}{{/if}}
</div>`;

const section = `<section class="doc-section" id="{{id}}" aria-labelledby="{{id}}-rubrik">
<h2 id="{{id}}-rubrik">{{title}}</h2>
{{#if notSpecified}}<p class="not-specified">{{notSpecified}}</p>{{/if}}
{{#each clauses}}<section class="clause" id="{{id}}">
<h3>{{#if number}}<span class="clause-number">{{number}}</span> {{/if}}{{title}}</h3>
{{#each blocks}}{{> textBlock}}{{/each}}
</section>
{{/each}}
{{#if hasParts}}<div class="data">
<p class="data-label">Ur överenskommelsens data</p>
{{#each parts}}{{> part}}{{/each}}
</div>{{/if}}
</section>`;

const signaturePage = `<section class="signature-page" id="{{id}}" aria-labelledby="{{id}}-rubrik">
<p class="sig-kicker">Underskrift av överenskommelse</p>
<p class="sig-agreement">{{agreement}}</p>
<h2 id="{{id}}-rubrik">{{partyName}}</h2>
{{#each lines}}<div class="sig-line"><div class="sig-rule"></div><p>{{this}}</p></div>
{{/each}}
<p class="sig-meta">{{meta}}</p>
</section>`;

const coverageAppendix = `<section class="appendix" id="{{id}}" aria-labelledby="{{id}}-rubrik">
<h2 id="{{id}}-rubrik">{{title}}</h2>
{{#each paragraphs}}<p>{{this}}</p>{{/each}}
{{#each clauses}}<section class="appendix-clause coverage-{{status}}" id="{{id}}">
<h3>{{heading}}</h3>
<p class="coverage-status">{{statusLabel}}</p>
{{#if hasItems}}<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
{{#if reason}}<p>{{reason}}</p>{{/if}}
</section>
{{/each}}
</section>`;

const document = `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{pageTitle}}</title>
<style>${documentCss}</style>
</head>
<body{{#if draft}} class="is-draft"{{/if}}>
<header class="doc-header">
{{#if draft}}<p class="draft-banner"><strong>UTKAST</strong> – versionen är inte publicerad och ska inte undertecknas.</p>{{/if}}
{{#with header}}
<p class="doc-kicker">{{county}}</p>
<h1>{{title}}</h1>
{{#if shortName}}<p class="doc-subtitle">{{shortName}}</p>{{/if}}
<dl class="facts">{{#each facts}}{{> fact}}{{/each}}</dl>
{{#if notice}}<p class="notice">{{notice}}</p>{{/if}}
{{#if hasNotes}}<ul class="notes">{{#each notes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p class="sources">Källdokument:</p>
<ul class="sources">{{#each sources}}<li>{{this}}</li>{{/each}}</ul>
{{/with}}
</header>
<main>
{{#each sections}}{{> section}}
{{/each}}
</main>
<footer class="doc-footer">
<dl>{{#each footer.facts}}{{> fact}}{{/each}}</dl>
</footer>
<section class="signatures" aria-label="Underskriftssidor">
{{#each signaturePages}}{{> signaturePage}}
{{/each}}
</section>
{{#with coverage}}{{> coverageAppendix}}{{/with}}
</body>
</html>
`;

export const documentTemplates = {
  document,
  partials: { fact, rows, table, textBlock, part, section, signaturePage, coverageAppendix },
} as const;
