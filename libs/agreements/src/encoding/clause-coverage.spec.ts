import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { formatTemplateRef, type TemplateRef } from '../template-ref.js';
import { resolveAgreement } from '../templates/resolve.js';
import { aBody, aCommitment, anAgreement, clauses } from '../testing/builders.js';
import { type ClauseCoverageView, clauseCoverageOf } from './clause-coverage.js';

// The product's own county files, resolved as the API resolves them.
const config = path.join(import.meta.dirname, '../../../../config');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(config, file), 'utf8'));
const templates = new Map(
  readdirSync(path.join(config, 'templates')).map((file) => [
    file.replace(/\.json$/, ''),
    readJson(`templates/${file}`),
  ]),
);
function seed(file: string): AgreementVersion {
  const result = resolveAgreement(readJson(`agreements/${file}.json`), (ref: TemplateRef) =>
    templates.get(formatTemplateRef(ref)),
  );
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.en}`).join('\n'));
  return result.value;
}
const seeds = ['jamtland', 'vasternorrland', 'norrbotten', 'stockholm-nacka'] as const;

const clause = (view: ClauseCoverageView, citation: string) => {
  const found = view.clauses.find((c) => c.citation === citation);
  if (!found) throw new Error(`no clause ${citation}`);
  return found;
};

describe('the coverage of the seed agreements, clause by clause (issue 11)', () => {
  it.each(seeds)('%s accounts for every clause: encoded, text only with a reason, or a heading', (file) => {
    const version = seed(file);
    const view = clauseCoverageOf(version);
    expect(view.unaccounted).toEqual([]);
    expect(view.clauses).toHaveLength(version.clauses.length);
    for (const c of view.clauses) {
      const accounted =
        c.encodings.length > 0 || (c.textOnly !== null && c.textOnly.length > 0) || c.status === 'noText';
      expect({ clause: c.citation, accounted }).toEqual({ clause: c.citation, accounted: true });
    }
    expect(view.counts.unaccounted).toBe(0);
  });

  it.each(seeds)('%s: a clause whose reason is taken away is reported unaccounted', (file) => {
    const version = seed(file);
    // A clause kept as text only for its reason (an encoded clause may have one too).
    const statuses = clauseCoverageOf(version).clauses.map((c) => c.status);
    const index = statuses.indexOf('textOnly');
    expect(index).toBeGreaterThanOrEqual(0);
    const changed = structuredClone(version);
    const target = changed.clauses[index];
    if (!target) throw new Error('no clause');
    delete target.textOnly;
    const view = clauseCoverageOf(changed);
    expect(view.unaccounted).toEqual([target.number ?? target.title]);
    expect(view.counts.unaccounted).toBe(1);
  });

  it('Jämtland: § 12 is meetings, commitments, the consultation routine and the basis of a case; § 16 the term and the lifecycle', () => {
    const view = clauseCoverageOf(seed('jamtland'));
    const kinds = (citation: string) => new Set(clause(view, citation).encodings.map((e) => e.kind));
    expect(kinds('12')).toEqual(new Set(['organisation', 'meeting', 'date', 'commitment', 'rule', 'routine']));
    expect(clause(view, '12').encodings).toContainEqual({
      kind: 'meeting',
      kindLabel: 'Möte',
      path: 'bodies[samradsgrupp].cadence',
      text: 'Samrådsmöten (samverkan genom samråd): varje vecka på tisdagar kl. 09:00',
    });
    expect(kinds('13')).toEqual(new Set(['cost']));
    expect(clause(view, '16').encodings.map((e) => e.text)).toEqual([
      'Förlängs med ett år i taget',
      'Gäller från och med 1 mars 2023 till och med 31 december 2023',
      'Rutinen ”livscykel” (agreement-lifecycle@1)',
    ]);
    expect(kinds('17')).toEqual(new Set(['rule', 'routine']));
    expect(clause(view, '19')).toMatchObject({ status: 'textOnly', encodings: [], textOnly: expect.any(String) });
    expect(clause(view, '3')).toMatchObject({ status: 'noText', textOnly: null });
  });

  it('Jämtland: § 9 says how "4 gånger per år" is read for the first period, 1 March–31 December 2023', () => {
    const view = clauseCoverageOf(seed('jamtland'));
    const steering = clause(view, '9').encodings.find((e) => e.path === 'bodies[styrgrupp].cadence');
    expect(steering?.text).toMatch(
      /^Styrgrupp Operation Norrsken: 4 gånger per år \(första perioden: Överenskommelsen gäller från 1 mars 2023/,
    );
    expect(steering?.text).toContain('Produktens läsning');
    // Västernorrland has no term: its count needs no reading.
    const vasternorrland = clauseCoverageOf(seed('vasternorrland'));
    expect(
      clause(vasternorrland, '5')
        .encodings.map((e) => e.text)
        .join(' '),
    ).not.toContain('första perioden');
  });

  it('Västernorrland: 3.1 is the RVC routine and the centre’s contact within 48 hours; § 6 is costs', () => {
    const view = clauseCoverageOf(seed('vasternorrland'));
    expect(clause(view, '3.1').encodings).toContainEqual(
      expect.objectContaining({ kind: 'routine', path: 'routines[rvc].source' }),
    );
    expect(clause(view, '3.1').encodings).toContainEqual(
      expect.objectContaining({ kind: 'commitment', path: 'commitments[centrum-kontaktar-inom-48-timmar]' }),
    );
    expect(clause(view, '6').encodings.every((e) => e.kind === 'cost')).toBe(true);
  });

  it('Norrbotten: § 8 names the operational coordinators, and their employer as the county’s choice, not the text’s', () => {
    const view = clauseCoverageOf(seed('norrbotten'));
    const role = clause(view, '§ 8').encodings.find((e) => e.path === 'roles[operativ-samordnare]');
    expect(role?.text).toMatch(
      /^Roll: Operativ samordnare \(en i varje länsdel\); tillhandahålls av Luleå kommun som länets eget val, inte enligt texten/,
    );
    // The choice cites no clause of its own: nothing counts it as encoding the text.
    expect(view.clauses.flatMap((c) => c.encodings).filter((e) => e.path.includes('providedBy'))).toEqual([]);
  });

  it('Västernorrland: 6.1 deducts the grant and ends the project period; 7 names the parties and the start (issue 11)', () => {
    const view = clauseCoverageOf(seed('vasternorrland'));
    const texts = (citation: string) => clause(view, citation).encodings.map((e) => e.text);
    expect(texts('6.1')).toContain(
      'Finansiering: Socialstyrelsen, utvecklingsmedel till kommunerna omkring 1 231 868 kr (2017), dras av innan resten fördelas',
    );
    expect(clause(view, '6.1').encodings).toContainEqual(
      expect.objectContaining({ kind: 'date', path: 'costSplit.projectPeriod.end' }),
    );
    expect(texts('7')).toContain('Projektperioden och centrumets start: från och med 1 januari 2017');
    expect(texts('7')).toContain('Länsstyrelsen Västernorrland: samordnar projektet, medverkar utan att vara part');
    expect(texts('3')).toContain('Kommunförbundet Västernorrland: huvudman, medverkar utan att vara part');
    expect(clause(view, '6.1').textOnly).toEqual(expect.any(String));
  });
});

describe('clauseCoverageOf', () => {
  const version = anAgreement()
    .with({
      clauses: [
        ...clauses('2', '9', '10'),
        { number: '4', title: 'Bakgrund', text: 'Våld är ett brott.', textOnly: 'Bakgrund, inget åtagande.' },
        { number: '3', title: 'Innehåll' },
        { number: '19', title: 'Skadestånd', text: 'Inget skadestånd.' },
      ],
    })
    .withBodies(aBody({ cadence: { kind: 'countPerPeriod', min: 4, per: 'year', clause: '9' } }))
    .withCommitments(aCommitment())
    .build();
  const view = clauseCoverageOf(version);

  it('lists every clause with what cites it, and what keeps the rest as text', () => {
    expect(view.clauses.map((c) => [c.citation, c.status])).toEqual([
      ['2', 'encoded'],
      ['9', 'encoded'],
      ['10', 'encoded'],
      ['4', 'textOnly'],
      ['3', 'noText'],
      ['19', 'unaccounted'],
    ]);
    expect(view.counts).toEqual({ encoded: 3, textOnly: 1, noText: 1, unaccounted: 1 });
    expect(view.unaccounted).toEqual(['19']);
  });

  it('names each encoding by its kind, its place and its words', () => {
    expect(clause(view, '2').encodings.map((e) => [e.kind, e.path, e.text])).toEqual([
      ['party', 'parties[polisen]', 'Polismyndigheten'],
      ['party', 'parties[ostersund]', 'ostersund kommun'],
    ]);
    expect(clause(view, '9').encodings.map((e) => [e.kind, e.path, e.text])).toEqual([
      ['organisation', 'bodies[styrgrupp]', 'Styrgruppen'],
      ['meeting', 'bodies[styrgrupp].cadence', 'Styrgruppen: minst 4 gånger per år'],
    ]);
    expect(clause(view, '10').encodings).toEqual([
      {
        kind: 'commitment',
        kindLabel: 'Åtagande',
        path: 'commitments[delta]',
        text: 'Polismyndigheten: Delta i samrådsmöten.',
      },
    ]);
    expect(clause(view, '4').textOnly).toBe('Bakgrund, inget åtagande.');
  });
});
