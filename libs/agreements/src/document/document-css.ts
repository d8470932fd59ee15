/**
 * The document's own style sheet, embedded so the HTML is self-contained (nothing is fetched).
 * A4 with margins and page numbers for print; signature pages and the appendix each start a new page. Colours
 * keep at least 7:1 contrast on white; the pale draft watermark is a CSS decoration, not text
 * (the banner says UTKAST in text).
 */
export const documentCss = `
@page {
  size: A4;
  margin: 22mm 20mm 24mm 22mm;
  @bottom-center {
    content: "Sida " counter(page) " av " counter(pages);
    font: 8.5pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
    color: #4a4a4a;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { color: #1a1a1a; background: #ffffff; }
body {
  margin: 0;
  font-family: "Liberation Serif", "DejaVu Serif", Georgia, "Times New Roman", serif;
  font-size: 11pt;
  line-height: 1.5;
  hyphens: auto;
  overflow-wrap: break-word;
}
@media screen {
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
  .signature-page, .appendix { border-top: 1px dashed #595959; margin-top: 3rem; padding-top: 2rem; }
}
h1, h2, h3, caption, .doc-kicker, .doc-subtitle, dt, th {
  font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
}
h1, h2, h3 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: 0.2em 0 0.2em; }
h2 { font-size: 14pt; margin: 1.8em 0 0.6em; padding-bottom: 0.15em; border-bottom: 1px solid #595959; }
h3 { font-size: 11.5pt; margin: 1.2em 0 0.4em; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 0.7em; padding-left: 1.6em; }
li { margin-bottom: 0.2em; }
.doc-header { border-bottom: 2px solid #1a1a1a; padding-bottom: 1em; margin-bottom: 1em; }
.doc-kicker { font-size: 10pt; letter-spacing: 0.04em; text-transform: uppercase; color: #4a4a4a; margin: 0; }
.doc-subtitle { font-size: 14pt; margin: 0 0 0.8em; }
.notice { border-left: 4px solid #1f3f66; padding: 0.3em 0.8em; background: #f2f5f9; }
.draft-banner {
  border: 2px solid #9b0000; color: #9b0000; background: #fff5f5;
  padding: 0.4em 0.8em; font-weight: bold; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
}
/* Decoration only, drawn by CSS so it is not text: the banner above the title says UTKAST. */
.is-draft::before {
  content: "UTKAST";
  position: fixed; top: 42%; left: 0; right: 0; z-index: 0;
  text-align: center; font: bold 110pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  color: rgba(155, 0, 0, 0.09); transform: rotate(-30deg); pointer-events: none;
}
.sources { font-size: 10pt; }
.clause-number { margin-right: 0.4em; }
.data { margin: 0.8em 0 0.4em; padding: 0.1em 0 0.1em 0.9em; border-left: 3px solid #1f3f66; }
.data-label { font-size: 9pt; color: #4a4a4a; margin: 0; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.part h3, .part .cite { break-after: avoid; page-break-after: avoid; }
.fact { break-inside: avoid; }
.cite { font-size: 9.5pt; color: #4a4a4a; }
p.cite { margin-bottom: 0.3em; }
.not-specified { font-style: italic; color: #4a4a4a; }
.facts { margin: 0.3em 0 0.8em; }
.fact { display: grid; grid-template-columns: 11rem 1fr; gap: 0 1em; padding: 0.15em 0; border-bottom: 1px solid #d9d9d9; }
.fact dt { font-size: 10pt; font-weight: bold; }
.fact dd { margin: 0; }
.fact dd ul { margin: 0; padding-left: 1.2em; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.4em 0 0.8em; font-size: 10pt; line-height: 1.4; }
caption { text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 0.3em; }
th, td { border: 1px solid #8c8c8c; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
thead th { background: #e6ebf1; }
tbody th { font-weight: normal; font-family: inherit; }
tfoot th, tfoot td { font-weight: bold; background: #f2f2f2; }
td.num { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.t-parties th:nth-child(1) { width: 56%; } .t-parties th:nth-child(2) { width: 26%; }
.t-commitments th:nth-child(1) { width: 58%; } .t-commitments th:last-child { width: 11%; }
.t-commitments-level th:nth-child(1) { width: 50%; } .t-commitments-level th:nth-child(3) { width: 14%; }
.t-commitments-level th:last-child { width: 11%; }
.t-functions th:nth-child(1) { width: 40%; } .t-functions th:last-child { width: 11%; }
.t-costs th:nth-child(1) { width: 38%; } .t-costs th:nth-child(2) { width: 19%; } .t-costs th:last-child { width: 11%; }
.t-funding th:nth-child(1) { width: 24%; } .t-funding th:nth-child(2) { width: 20%; } .t-funding th:last-child { width: 11%; }
.t-funded th:nth-child(1) { width: 64%; } .t-funded th:last-child { width: 11%; }
.t-payers th:nth-child(1) { width: 34%; }
.t-participants th:nth-child(1) { width: 30%; } .t-participants th:nth-child(2) { width: 20%; }
.t-wide-cite th:last-child { width: 22%; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.signature-page { break-before: page; page-break-before: always; }
.sig-kicker { font-size: 10pt; color: #4a4a4a; margin: 0; }
.sig-agreement { font-size: 12pt; margin: 0.2em 0 2.5em; }
.signature-page h2 { border: none; font-size: 16pt; margin: 0 0 1em; }
.sig-line { margin-top: 3.2em; break-inside: avoid; }
.sig-rule { border-bottom: 1px solid #1a1a1a; width: 80%; height: 1.2em; }
.sig-line p { font-size: 9.5pt; color: #4a4a4a; margin: 0.25em 0 0; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.sig-meta { margin-top: 4em; }
.sig-meta, .doc-footer { font-size: 8.5pt; color: #4a4a4a; overflow-wrap: anywhere; }
.doc-footer { margin-top: 2.5em; padding-top: 0.5em; border-top: 1px solid #8c8c8c; }
.doc-footer .fact { grid-template-columns: 8rem 1fr; border: none; }
.appendix { break-before: page; page-break-before: always; font-size: 10pt; }
.appendix h3 { font-size: 10.5pt; margin-top: 1em; }
.coverage-status { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #4a4a4a; margin: 0 0 0.3em; }
.coverage-unaccounted .coverage-status { color: #9b0000; font-weight: bold; }
.doc-footer dt { font-size: 8.5pt; }
`;
