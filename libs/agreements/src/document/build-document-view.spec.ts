import { type Clause } from '../schema/clause.js';
import { type Role } from '../schema/role.js';
import { aBody, aCommitment, aCostItem, aMunicipality, aParty, anAgreement } from '../testing/builders.js';
import { agreementDocumentSectionTitles, buildDocumentView } from './build-document-view.js';
import { type DocumentView, type SectionView } from './document-view.js';

const options = { generatedAt: '2026-11-23T12:00:00Z', status: 'published', versionLabel: '4' } as const;

function sectionOf(view: DocumentView, id: string): SectionView {
  const found = view.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Every sentence, fact and cell of a section's data, for assertions on wording. */
function wordsOf(section: SectionView): string[] {
  return section.parts.flatMap((p) => [
    ...(p.heading ? [p.heading] : []),
    ...p.paragraphs,
    ...p.items,
    ...p.facts.flatMap((f) => f.values),
    ...(p.table ? p.table.rows.flatMap((r) => [r.header, ...r.cells.map((c) => c.text)]) : []),
  ]);
}

const clause = (number: string, topic: Clause['topic'], text?: string): Clause => ({
  number,
  title: `Rubrik ${number}`,
  topic,
  ...(text === undefined ? {} : { text }),
});

describe('the document view of a version', () => {
  it('has the required sections in the Operation Norrsken order, even when the text is silent', () => {
    const view = buildDocumentView(anAgreement().build(), options);
    expect(view.sections.filter((s) => s.required).map((s) => s.title)).toEqual(agreementDocumentSectionTitles);
    expect(sectionOf(view, 'bakgrund').notSpecified).toBe('Inte angivet i överenskommelsen');
  });

  it('prints a clause in the section of its topic, and a clause without a topic under "Övriga bestämmelser"', () => {
    const version = anAgreement()
      .with({
        clauses: [
          clause('4', 'background', 'Våld i nära relationer är ett brott.'),
          clause('19', undefined, 'Övrigt.'),
        ],
      })
      .build();
    const view = buildDocumentView(version, options);
    expect(sectionOf(view, 'bakgrund')).toMatchObject({
      notSpecified: null,
      clauses: [
        {
          number: '4',
          title: 'Rubrik 4',
          blocks: [{ isList: false, lines: ['Våld i nära relationer är ett brott.'] }],
        },
      ],
    });
    expect(sectionOf(view, 'ovrigt').clauses.map((c) => c.number)).toEqual(['19']);
  });

  it('counts a clause that is only a heading (a template’s empty clause) as silence', () => {
    const view = buildDocumentView(
      anAgreement()
        .with({ clauses: [clause('4', 'background')] })
        .build(),
      options,
    );
    expect(sectionOf(view, 'bakgrund').notSpecified).toBe('Inte angivet i överenskommelsen');
  });

  it('prints the parties from the data, and a parties clause only when it says more than their names', () => {
    const names = clause('2', 'parties', '- Polismyndigheten\n- ostersund kommun');
    const more = clause('2', 'parties', 'Samverkan mot våld är ett myndighetssamarbete.');
    const listOnly = buildDocumentView(
      anAgreement()
        .with({ clauses: [names] })
        .build(),
      options,
    );
    expect(sectionOf(listOnly, 'parter').clauses).toEqual([]);
    expect(sectionOf(listOnly, 'parter').parts[0]?.table?.rows.map((r) => r.header)).toEqual([
      'Polismyndigheten',
      'ostersund kommun',
    ]);
    expect(
      sectionOf(
        buildDocumentView(
          anAgreement()
            .with({ clauses: [more] })
            .build(),
          options,
        ),
        'parter',
      ).clauses,
    ).toHaveLength(1);
  });

  it('groups commitments by who owes them, in the order the text first names them', () => {
    const version = anAgreement()
      .withParties(aMunicipality('are', '2321', { name: 'Åre kommun' }))
      .withCommitments(
        aCommitment({ key: 'a', by: ['ostersund'], text: 'Tillhandahålla en samordnare.', clause: '10.4' }),
        aCommitment({ key: 'b', by: ['polisen', 'ostersund', 'are'], text: 'Bidra till samverkan.', clause: '10' }),
        aCommitment({ key: 'c', by: ['are', 'ostersund'], text: 'Bidra till finansieringen.', clause: '10.3' }),
        aCommitment({
          key: 'd',
          by: ['ostersund'],
          text: 'Tillhandahålla dator.',
          kind: 'dueByDate',
          due: '2023-06-30',
        }),
      )
      .build();
    const parts = sectionOf(buildDocumentView(version, options), 'ataganden').parts;
    expect(parts.map((p) => p.heading)).toEqual(['ostersund kommun', 'Samtliga parter', 'Samtliga kommuner']);
    expect(parts[0]?.table?.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['Tillhandahålla en samordnare.', 'Löpande', '10.4'],
      ['Tillhandahålla dator.', 'Senast 30 juni 2023', '10'],
    ]);
  });

  it('says when a party may leave, in words, from the withdrawal rule', () => {
    const version = anAgreement()
      .with({ withdrawal: { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' } })
      .build();
    const section = sectionOf(buildDocumentView(version, options), 'revidering');
    expect(wordsOf(section)).toContain(
      'En part som inte längre önskar delta i samverkan kan lämna tidigast vid nästkommande årsskifte och ska ' +
        'skriftligen meddela övriga parter detta senast sex månader i förväg.',
    );
    expect(section.parts.find((p) => p.heading === 'Revidering')?.paragraphs).toEqual([
      'Inte angivet i överenskommelsen',
    ]);
  });

  it('states the term with its renewal, or says there is no renewal clause', () => {
    const renewed = anAgreement()
      .with({
        term: {
          start: '2023-03-01',
          end: '2023-12-31',
          renewal: { kind: 'automatic', period: 'P1Y', clause: '16' },
          clause: '16',
        },
      })
      .build();
    expect(wordsOf(sectionOf(buildDocumentView(renewed, options), 'giltighet'))).toEqual([
      'Överenskommelsen gäller från och med 1 mars 2023 till och med 31 december 2023 och förlängs därefter med ett år i taget om inte parterna kommer överens om annat.',
    ]);
    const bare = anAgreement()
      .with({ term: { start: '2024-01-01', clause: '16' } })
      .build();
    expect(wordsOf(sectionOf(buildDocumentView(bare, options), 'giltighet'))).toEqual([
      'Överenskommelsen gäller från och med 1 januari 2024, utan angivet slutdatum.',
      'Inte angivet i överenskommelsen',
    ]);
  });

  it('describes a body’s cadence, report line and acute meetings in Swedish', () => {
    const version = anAgreement()
      .withBodies(
        aBody({ key: 'ledning', kind: 'leadership', name: 'Ledningsgruppen' }),
        aBody({
          cadence: { kind: 'countPerPeriod', min: 2, max: 3, per: 'term', clause: '9' },
          reportsTo: {
            body: 'ledning',
            cadence: { kind: 'countPerPeriod', min: 1, max: 1, per: 'year', clause: '9' },
            clause: '9',
          },
        }),
        aBody({
          key: 'samrad',
          kind: 'consultation',
          name: 'Samrådsgruppen',
          clause: '12',
          cadence: { kind: 'recurrence', rrule: 'FREQ=WEEKLY;BYDAY=TU', timeOfDay: '09:00', clause: '12' },
          onDemand: { description: 'Vid behov kan akuta samråd sammankallas.', clause: '12' },
        }),
      )
      .with({
        confidentiality: {
          law: 'OSL (2009:400)',
          clause: '15',
          caseBasis: { bases: ['consent', 'deidentified'], clause: '12' },
        },
      })
      .build();
    const view = buildDocumentView(version, options);
    const governance = wordsOf(sectionOf(view, 'styrning'));
    expect(governance).toEqual(expect.arrayContaining(['2–3 gånger per termin', 'Ledningsgruppen, 1 gång per år']));
    expect(governance).not.toContain('Samrådsgruppen');
    expect(wordsOf(sectionOf(view, 'samrad'))).toEqual(
      expect.arrayContaining([
        'Varje vecka på tisdagar kl. 09:00',
        'Vid behov kan akuta samråd sammankallas.',
        'Ett ärende kan dras med samtycke eller avidentifierat.',
      ]),
    );
  });

  it('prints cost items in kronor from öre, with the split method', () => {
    const version = anAgreement()
      .withParties(aMunicipality('are', '2321', { name: 'Åre kommun' }))
      .withCostItems(
        aCostItem({
          amount: 171_000_000,
          method: {
            method: 'byPopulation',
            payers: ['ostersund', 'are'],
            population: { year: 2023, source: 'SCB' },
            clause: '13',
          },
        }),
        aCostItem({
          key: 'lokal',
          name: 'Lokaler',
          amount: undefined,
          method: { method: 'fixedShares', shares: [{ party: 'polisen', percent: 100 }], clause: '13' },
        }),
      )
      .build();
    const table = sectionOf(buildDocumentView(version, options), 'kostnader').parts[0]?.table;
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1\u00a0710\u00a0000\u00a0kr', 'Efter invånarantal mellan samtliga kommuner', '13'],
      ['Ej angivet', 'Bekostas av Polismyndigheten', '13'],
    ]);
  });

  it('has one signature page per signing party, with lines to fill in and the version it signs', () => {
    const all = buildDocumentView(anAgreement().build(), { ...options, contentHash: 'sha256:ff' });
    expect(all.signaturePages.map((p) => p.partyName)).toEqual(['Polismyndigheten', 'ostersund kommun']);
    expect(all.signaturePages[0]).toMatchObject({
      lines: ['Ort och datum', 'Underskrift', 'Namnförtydligande', 'Funktion'],
      meta: 'Version 4 · Innehållshash sha256:ff',
    });
    const some = anAgreement()
      .with({ signing: { parties: ['ostersund'], clause: '20' } })
      .build();
    expect(buildDocumentView(some, options).signaturePages.map((p) => p.partyName)).toEqual(['ostersund kommun']);
  });

  it('marks a draft and shows what was passed in, reading no clock', () => {
    const view = buildDocumentView(
      anAgreement()
        .withParties(aParty({ key: 'x', name: 'X' }))
        .build(),
      {
        generatedAt: '2030-01-01T00:00:00Z',
      },
    );
    expect(view.draft).toBe(true);
    expect(view.pageTitle.startsWith('UTKAST – ')).toBe(true);
    expect(view.footer.facts.map((f) => [f.label, f.value])).toEqual([
      ['Version', 'inte angiven'],
      ['Status', 'Utkast'],
      ['Innehållshash', 'saknas (utkast)'],
      ['Genererad', '2030-01-01T00:00:00Z'],
    ]);
  });

  it('says when the text is not an agreement', () => {
    const memo = buildDocumentView(anAgreement().with({ kind: 'memo' }).build(), options);
    expect(memo.header.notice).toMatch(/^Texten är en tjänsteskrivelse, inte en ingången överenskommelse\./);
    expect(buildDocumentView(anAgreement().build(), options).header.notice).toBeNull();
  });
});

describe('a role’s employer in the document', () => {
  const withProvider = (providedBy: NonNullable<Role['providedBy']>) =>
    buildDocumentView(
      anAgreement()
        .with({
          roles: [{ key: 'samordnare', name: 'Samordnare', kind: 'coordinator', clause: '11', providedBy }],
        })
        .build(),
      options,
    );

  it('cites the clause that names it', () => {
    const words = wordsOf(sectionOf(withProvider({ party: 'ostersund', clause: '10.4' }), 'samordnaren'));
    expect(words).toContain('ostersund kommun');
    expect(words.join(' ')).not.toContain('länets eget val');
  });

  it('says when it is the county’s own choice, and why', () => {
    const view = withProvider({ party: 'ostersund', source: { countyChoice: { note: 'Texten säger inte vem.' } } });
    const words = wordsOf(sectionOf(view, 'samordnaren'));
    expect(words).toContain('ostersund kommun (länets eget val, inte överenskommelsens text)');
    expect(words).toContain('Texten säger inte vem.');
  });
});

describe('a count per year in a first period shorter than a year', () => {
  const steering = aBody({ cadence: { kind: 'countPerPeriod', min: 4, max: 4, per: 'year', clause: '9' } });
  const words = (term: { start: string; end: string } | undefined) =>
    wordsOf(
      sectionOf(
        buildDocumentView(
          anAgreement()
            .withBodies(steering)
            .with(
              term === undefined
                ? {}
                : { term: { ...term, renewal: { kind: 'automatic', period: 'P1Y', clause: '16' }, clause: '16' } },
            )
            .build(),
          options,
        ),
        'styrning',
      ),
    ).join(' ');

  it('says how the product reads it, as its reading and not the text', () => {
    expect(words({ start: '2023-03-01', end: '2023-12-31' })).toContain(
      'Överenskommelsen gäller från 1 mars 2023 under 2023, 306 av periodens 365 dagar. Produktens läsning',
    );
  });

  it('says nothing when the first period is whole', () => {
    expect(words({ start: '2023-01-01', end: '2023-12-31' })).not.toContain('Produktens läsning');
  });
});
