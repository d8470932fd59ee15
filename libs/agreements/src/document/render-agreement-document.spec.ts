import fs from 'node:fs';
import path from 'node:path';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { isParty } from '../schema/party.js';
import { resolveAgreement } from '../templates/resolve.js';
import { formatTemplateRef } from '../template-ref.js';
import { aParty, anAgreement } from '../testing/builders.js';
import { agreementDocumentSectionTitles, signatureLines } from './build-document-view.js';
import { renderAgreementDocument } from './render-agreement-document.js';

const config = path.join(import.meta.dirname, '../../../../config');
const generatedAt = '2026-11-23T12:00:00Z';

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A seed county as the product loads it: its template resolved, validated. */
function county(file: string): AgreementVersion {
  const result = resolveAgreement(readJson(path.join(config, 'agreements', file)), (ref) => {
    const templateFile = path.join(config, 'templates', `${formatTemplateRef(ref)}.json`);
    return fs.existsSync(templateFile) ? readJson(templateFile) : undefined;
  });
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
  return result.value;
}

function h2s(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1] ?? '');
}

/** The HTML of one top-level section, up to the next one. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="doc-section" id="${id}"`);
  const next = html.indexOf('<section class="doc-section"', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

const published = { generatedAt, status: 'published', versionLabel: '1', contentHash: 'sha256:abc123' } as const;

describe.each(['jamtland.json', 'vasternorrland.json', 'norrbotten.json', 'stockholm-nacka.json'])(
  'the document of seed county %s',
  (file) => {
    const version = county(file);
    const html = renderAgreementDocument(version, published);

    it('is a Swedish HTML5 document with a title', () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toContain('@page');
    });

    it('has every section heading, in the Operation Norrsken order', () => {
      const headings = h2s(html);
      const positions = agreementDocumentSectionTitles.map((title) => headings.indexOf(title));
      expect(positions).not.toContain(-1);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('has one signature page per party', () => {
      expect(html.match(/<section class="signature-page"/g)).toHaveLength(version.parties.filter(isParty).length);
    });

    it('ends with an appendix that accounts for every clause (issue 11)', () => {
      const appendix = html.slice(html.indexOf('<section class="appendix" id="bilaga-kodning"'));
      expect(appendix).toContain('<h2 id="bilaga-kodning-rubrik">Bilaga: Så är överenskommelsen kodad</h2>');
      expect(appendix.match(/<section class="appendix-clause /g)).toHaveLength(version.clauses.length);
      expect(appendix).not.toContain('coverage-unaccounted');
      expect(html.indexOf('class="appendix"')).toBeGreaterThan(html.lastIndexOf('class="signature-page"'));
    });

    it('prints the version, its content hash and when it was generated', () => {
      expect(html).toContain('sha256:abc123');
      expect(html).toContain(generatedAt);
      expect(html).not.toContain('class="is-draft"');
      expect(html).not.toContain('<strong>UTKAST</strong>');
    });
  },
);

describe('the Jämtland document (Operation Norrsken)', () => {
  const version = county('jamtland.json');
  const html = renderAgreementDocument(version, published);

  it('says in words that a party leaves at a year end after six months’ written notice', () => {
    expect(section(html, 'revidering')).toContain(
      'En part som inte längre önskar delta i samverkan kan lämna tidigast vid nästkommande årsskifte ' +
        'och ska skriftligen meddela övriga parter detta senast sex månader i förväg.',
    );
  });

  it('prints the clauses with their numbers, and each commitment with its clause', () => {
    expect(html).toContain('<h3><span class="clause-number">10.1</span> Polisens åtaganden</h3>');
    const commitments = section(html, 'ataganden');
    expect(commitments).toContain('<h3>Samtliga kommuner</h3>');
    expect(commitments).toMatch(
      /<th scope="row">Tillhandahålla dator och kontor för samordnaren\.<\/th><td>Löpande<\/td><td>10\.4<\/td>/,
    );
  });

  it('describes the bodies’ cadences in Swedish words', () => {
    const governance = section(html, 'styrning');
    expect(governance).toContain('Styrgrupp Operation Norrsken');
    expect(governance).toContain('4 gånger per år');
    const meetings = section(html, 'samrad');
    expect(meetings).toContain('Varje vecka på tisdagar kl. 09:00');
    expect(meetings).toContain('Vid behov kan akuta samråd sammankallas.');
    expect(meetings).toContain('Ett ärende kan dras med samtycke eller avidentifierat.');
  });

  it('states the term and its yearly renewal', () => {
    expect(section(html, 'giltighet')).toContain(
      'Överenskommelsen gäller från och med 1 mars 2023 till och med 31 december 2023 och förlängs därefter med ett år i taget',
    );
  });

  it('says in the appendix how each clause is encoded, or why it is text only', () => {
    const appendix = html.slice(html.indexOf('<section class="appendix"'));
    const clause16 = appendix.slice(appendix.indexOf('<h3>16 Giltighet</h3>'), appendix.indexOf('<h3>17 '));
    expect(clause16).toContain('<p class="coverage-status">Kodad</p>');
    expect(clause16).toContain('<li>Datum: Gäller från och med 1 mars 2023 till och med 31 december 2023</li>');
    expect(clause16).toContain('<li>Rutin: Rutinen ”livscykel” (agreement-lifecycle@1)</li>');
    const clause19 = appendix.slice(appendix.indexOf('<h3>19 Skadestånd</h3>'), appendix.indexOf('<h3>20 '));
    expect(clause19).toContain('<p class="coverage-status">Står endast som text</p>');
    expect(clause19).toContain('<p>Skäl: Parterna avstår från skadeståndsansvar');
  });

  it('gives each signature page the lines to fill in and no person’s name', () => {
    const page = html.slice(html.indexOf('<section class="signature-page"'));
    for (const line of signatureLines) expect(page).toContain(`<p>${line}</p>`);
    expect(page).toContain('<h2 id="underskrift-1-rubrik">Polismyndigheten Region Nord, Polisområde Jämtland</h2>');
  });
});

describe('the Västernorrland document (a proposal with a budget)', () => {
  const html = renderAgreementDocument(county('vasternorrland.json'), published);

  it('prints cost amounts in kronor, Swedish style, from öre', () => {
    expect(section(html, 'kostnader')).toContain('<td class="num">1\u00a0710\u00a0000\u00a0kr</td>');
  });

  it('says it is not a signed agreement, and what the proposal leaves out', () => {
    expect(html).toContain('Texten är ett förslag, inte en ingången överenskommelse.');
    expect(section(html, 'giltighet')).toContain('Inte angivet i överenskommelsen');
  });

  it('counts and lists the parties § 7 names, and signs for them alone (issue 11)', () => {
    // § 7: "i samverkan med kommunerna i länet, Landstinget Västernorrland, Polisområde Norr och
    // Åklagarmyndigheten" – seven municipalities and three authorities.
    const parter = section(html, 'parter');
    expect(parter).toContain('Överenskommelsen har 10 parter.');
    const pages = [...html.matchAll(/<h2 id="underskrift-\d+-rubrik">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(pages).toEqual([
      'Ånge kommun',
      'Timrå kommun',
      'Härnösands kommun',
      'Sundsvalls kommun',
      'Kramfors kommun',
      'Sollefteå kommun',
      'Örnsköldsviks kommun',
      'Landstinget Västernorrland',
      'Polismyndigheten, Polisområde Norr',
      'Åklagarmyndigheten',
    ]);
    const participants = parter.slice(parter.indexOf('Medverkar utan att vara part'));
    expect(participants).toContain('Kommunförbundet Västernorrland');
    expect(participants).toContain('Huvudman');
    expect(participants).toContain('Länsstyrelsen Västernorrland');
    expect(participants).toContain('Samordnar projektet');
  });

  it('shows the first project year’s gross, the state grant and the net each municipality pays (§ 6.1)', () => {
    const costs = section(html, 'kostnader');
    const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
    const year = costs.slice(
      costs.indexOf('Kostnad och finansiering 2017'),
      costs.indexOf('Kostnad och finansiering 2018'),
    );
    expect(year).toContain('Totalt, kommun, brutto');
    expect(year).toContain(nbsp('2 150 000 kr'));
    expect(year).toContain('− Socialstyrelsen, utvecklingsmedel till kommunerna');
    expect(year).toContain(`omkring ${nbsp('1 231 868 kr')}`);
    expect(year).toContain(nbsp('918 132 kr'));
    // Sundsvall pays 91 813 200 × 99 213 / 242 148 öre, rounded to 37 617 750 öre.
    expect(year).toMatch(new RegExp(`Sundsvalls kommun</th>.*?${nbsp('376 177,50 kr')}</td>\\s*</tr>`, 's'));
    expect(year).toContain(
      `Regeringens stimulansmedel till landstingen (hela kostnaden)</th><td class="num">${nbsp('390 000 kr')}`,
    );
    expect(costs).toContain('Projektperiod');
    expect(costs).toContain('Texten anger ingen finansiering som minskar kostnaden 2019');
  });
});

describe('rendering', () => {
  it('escapes text from the data: a party named <script> stays text', () => {
    const version = anAgreement()
      .withParties(aParty({ key: 'elak', name: '<script>alert("x")</script> & co' }))
      .build();
    const html = renderAgreementDocument(version, { generatedAt });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('prints "Inte angivet" for a section the version is silent on', () => {
    const html = renderAgreementDocument(anAgreement().build(), { generatedAt });
    expect(section(html, 'bakgrund')).toContain('<p class="not-specified">Inte angivet i överenskommelsen</p>');
  });

  it('marks a draft UTKAST, in the title, the banner and every signature page', () => {
    const version = anAgreement().build();
    const html = renderAgreementDocument(version, { generatedAt, status: 'draft', versionLabel: '2' });
    expect(html).toMatch(/<title>UTKAST – /);
    expect(html).toContain('<body class="is-draft">');
    expect(html).toContain('<strong>UTKAST</strong>');
    expect(html.match(/<p class="sig-meta">UTKAST · /g)).toHaveLength(version.parties.length);
  });

  it('marks a clause that is neither encoded nor explained in the appendix', () => {
    const html = renderAgreementDocument(anAgreement().build(), { generatedAt });
    const appendix = html.slice(html.indexOf('<section class="appendix"'));
    expect(appendix).toMatch(
      /<section class="appendix-clause coverage-unaccounted" id="[^"]+">\n<h3>1 Paragraf 1<\/h3>\n<p class="coverage-status">Inte redovisad: varken kodad eller förklarad<\/p>/,
    );
  });

  it('treats a version without a status as a draft', () => {
    expect(renderAgreementDocument(anAgreement().build(), { generatedAt })).toContain('<strong>UTKAST</strong>');
  });

  it('gives the same HTML for the same input (no clock, no randomness)', () => {
    const version = county('jamtland.json');
    expect(renderAgreementDocument(version, published)).toBe(renderAgreementDocument(version, published));
  });
});
