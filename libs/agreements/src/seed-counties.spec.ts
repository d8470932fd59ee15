import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffAgreements } from './diff/diff-agreements.js';
import { loadMunicipalities } from './municipalities/load-municipalities.js';
import { type AgreementVersion } from './schema/agreement-version.js';
import { isParty } from './schema/party.js';
import { validateAgreementTemplate } from './schema/validate.js';
import { formatTemplateRef, type TemplateRef } from './template-ref.js';
import { resolveAgreement } from './templates/resolve.js';

// The product's own configuration files, read as the API reads them.
const config = path.join(import.meta.dirname, '../../../config');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(config, file), 'utf8'));
const templates = new Map(
  readdirSync(path.join(config, 'templates')).map((file) => [
    file.replace(/\.json$/, ''),
    readJson(`templates/${file}`),
  ]),
);
const lookup = (ref: TemplateRef) => templates.get(formatTemplateRef(ref));

function resolved(file: string): AgreementVersion {
  const result = resolveAgreement(readJson(`agreements/${file}`), lookup);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.sv}`).join('\n'));
  return result.value;
}

const counties = ['jamtland.json', 'vasternorrland.json', 'norrbotten.json', 'stockholm-nacka.json'];

describe('the seed counties in config/', () => {
  it.each(counties)('%s resolves and validates', (file) => {
    const result = resolveAgreement(readJson(`agreements/${file}`), lookup);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds a valid agreement template a fifth county can start from', () => {
    const result = validateAgreementTemplate(readJson('templates/samverkan-base@1.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(templates.has('samverkan-base@1')).toBe(true);
  });

  it('lets a fifth county start from the template with only its own facts', () => {
    const vasterbotten = {
      extends: 'samverkan-base@1',
      key: 'vasterbotten',
      county: { code: '24', name: 'Västerbottens län' },
      sources: [{ key: 'utkast', kind: 'agreement', title: 'Utkast till överenskommelse' }],
      parties: [
        { key: 'umea-kommun', name: 'Umeå kommun', kind: 'municipality', municipalityCode: '2480', clause: '2' },
      ],
    };
    const result = resolveAgreement(vasterbotten, lookup);
    expect(result.ok ? result.value.withdrawal : result.problems).toEqual({
      noticePeriod: 'P6M',
      effectiveAt: 'yearEnd',
      inWriting: true,
      clause: '17',
    });
  });

  it('holds no personal identity numbers, e-mail addresses or phone numbers', () => {
    const files = [...counties.map((file) => `agreements/${file}`), 'templates/samverkan-base@1.json'];
    for (const file of files) {
      const text = readFileSync(path.join(config, file), 'utf8');
      expect(text).not.toMatch(/\b(?:19|20)?\d{6}[-+]?\d{4}\b/); // personnummer
      expect(text).not.toMatch(/[\w.]+@[\w-]+\.\w+/); // e-mail addresses
      expect(text).not.toMatch(/\b0\d{2}-\d{3} ?\d{2} ?\d{2}\b/); // phone numbers
    }
  });
});

describe('Jämtland: Operation Norrsken, 2024 revision', () => {
  const jamtland = resolved('jamtland.json');
  const body = (key: string) => jamtland.bodies?.find((b) => b.key === key);

  it('has all ten parties, each with a signature page', () => {
    expect(jamtland.parties).toHaveLength(10);
    expect(jamtland.signing?.parties).toEqual(jamtland.parties.map((p) => p.key));
    expect(jamtland.signing?.copies).toBe(10);
  });

  it('meets weekly in Östersund, the weekday and hour being the county’s own choice', () => {
    const consultations = body('samradsgrupp');
    expect(consultations?.cadence).toMatchObject({ kind: 'recurrence', rrule: 'FREQ=WEEKLY;BYDAY=TU', clause: '12' });
    expect(consultations?.cadence?.countyChoice?.fields).toEqual(['BYDAY', 'timeOfDay']);
    expect(consultations?.onDemand?.clause).toBe('12');
    expect(consultations?.place).toEqual({ name: 'Östersund', clause: '12' });
  });

  it('takes from its template what it does not restate, and drops what it removes', () => {
    expect(jamtland.extends).toBe('samverkan-base@1');
    expect(jamtland.escalation?.levels.map((l) => l.body)).toEqual(['styrgrupp', 'ledningsgrupp']);
    expect(body('arbetsgrupp')?.reportsTo).toEqual({ body: 'styrgrupp', clause: '9' });
    expect(body('styrgrupp')?.reportsTo).toBeUndefined();
    expect(jamtland.roles?.find((r) => r.key === 'samordnare')).toMatchObject({ kind: 'coordinator', clause: '11' });
    expect(jamtland.clauses.map((c) => c.number ?? c.title).slice(-4)).toEqual(['18', '19', '20', 'Underskrifter']);
  });

  it('encodes §§ 13, 14, 16 and 17', () => {
    expect(jamtland.costSplit?.items?.[0]?.method).toMatchObject({ method: 'asSetInAgreement', clause: '13' });
    expect(jamtland.followUp?.plan).toMatchObject({ due: '2023-06-30', clause: '14.2' });
    expect(jamtland.term).toEqual({
      start: '2023-03-01',
      end: '2023-12-31',
      renewal: { kind: 'automatic', period: 'P1Y', clause: '16' },
      clause: '16',
    });
    expect(jamtland.withdrawal).toEqual({ noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' });
  });

  it('binds the shared RVC routine as taken from the template, contact within 48 hours', () => {
    const rvc = jamtland.routines?.find((r) => r.template === 'rvc-referral@1');
    expect(rvc?.source).toBe('template');
    expect(rvc?.parameters?.['contactWithin']).toEqual({ type: 'duration', value: 'PT48H' });
  });

  it('differs from its template in words a strategist reads', () => {
    const template = validateAgreementTemplate(templates.get('samverkan-base@1'));
    if (!template.ok) throw new Error('template invalid');
    const texts = diffAgreements(template.value.content, jamtland).map((change) => change.text);
    expect(texts).toContain(
      'Styrgrupp Operation Norrsken: mötesfrekvens ändrad från minst 4 gånger per år till 4 gånger per år',
    );
    expect(texts).toContain('Part tillagd: Östersunds kommun');
    expect(texts).toContain('Grupp tillagd: Samrådsmöten (samverkan genom samråd)');
  });
});

describe('Västernorrland: the proposed support and competence centre', () => {
  const vasternorrland = resolved('vasternorrland.json');
  const register = loadMunicipalities(readFileSync(path.join(config, 'municipalities.csv'), 'utf8'));

  it('uses the populations of the municipality register, with their date and source', () => {
    if (!register.ok) throw new Error('register invalid');
    const municipalities = vasternorrland.parties.filter((p) => p.kind === 'municipality');
    expect(municipalities).toHaveLength(7);
    for (const party of municipalities) {
      const entry = register.value.find((m) => m.code === party.municipalityCode);
      expect(party.population).toEqual(entry?.population);
    }
  });

  it('splits the municipal column by population and states its totals to the krona', () => {
    const items = vasternorrland.costSplit?.items ?? [];
    const municipal = items.filter((i) => i.method.method === 'byPopulation');
    expect(municipal.reduce((sum, i) => sum + (i.amount ?? 0), 0)).toBe(2_150_000_00);
    expect(vasternorrland.costSplit?.totals?.map((t) => t.amount)).toEqual([2_150_000_00, 390_000_00]);
    expect(municipal[0]?.method).toMatchObject({ statedPerInhabitant: { amount: 10_00, approximate: true } });
  });

  it('has a steering group meeting at least four times a year and reporting yearly; no term, no withdrawal', () => {
    const steering = vasternorrland.bodies?.find((b) => b.kind === 'steering');
    expect(steering?.cadence).toEqual({ kind: 'countPerPeriod', min: 4, per: 'year', clause: '5' });
    expect(steering?.reportsTo?.cadence).toMatchObject({ min: 1, max: 1, per: 'year' });
    expect(vasternorrland.term).toBeUndefined();
    expect(vasternorrland.withdrawal).toBeUndefined();
  });

  it('binds the RVC method from its own clause 3.1', () => {
    expect(vasternorrland.routines?.[0]).toMatchObject({ template: 'rvc-referral@1', source: { clause: '3.1' } });
  });

  it('has the parties § 7 names; the host and the project’s coordinator take part without being parties', () => {
    const parties = vasternorrland.parties.filter(isParty);
    expect(parties.map((p) => p.kind)).toEqual([
      ...Array<string>(7).fill('municipality'),
      'region',
      'police',
      'prosecution',
    ]);
    expect(parties.every((p) => p.clause === '7')).toBe(true);
    const participants = vasternorrland.parties.filter((p) => !isParty(p));
    expect(participants.map((p) => [p.key, p.participatesAs?.role, p.participatesAs?.clause])).toEqual([
      ['kommunforbundet-vasternorrland', 'host', '3'],
      ['lansstyrelsen-vasternorrland', 'projectCoordinator', '7'],
    ]);
  });

  it('starts the centre on 2017-01-01 (§ 7) for a three-year project period, its end a marked reading (§ 6.1)', () => {
    const period = vasternorrland.costSplit?.projectPeriod;
    expect(period?.start).toEqual({ date: '2017-01-01', clause: '7' });
    expect(period?.end).toMatchObject({ date: '2019-12-31', clause: '6.1', reading: { fields: ['date'] } });
  });

  it('deducts Socialstyrelsen’s grant in 2017 and 2018, and not Länsstyrelsen’s start-up funds (a marked reading)', () => {
    const funding = vasternorrland.costSplit?.funding ?? [];
    const deducting = funding.filter((f) => f.deduct !== undefined).map((f) => [f.key, f.year, f.deduct]);
    expect(deducting).toEqual([
      ['socialstyrelsen-kommunerna-2017', 2017, 'amount'],
      ['socialstyrelsen-kommunerna-2018', 2018, 'amount'],
      ['stimulansmedel-landstinget-2017', 2017, 'whole'],
      ['stimulansmedel-landstinget-2018', 2018, 'whole'],
    ]);
    const lansstyrelsen = funding.find((f) => f.key === 'lansstyrelsen-projektmedel');
    expect(lansstyrelsen).toMatchObject({ amount: 500_000_00, approximate: true, reading: { fields: ['deduct'] } });
    expect(lansstyrelsen?.deduct).toBeUndefined();
  });
});

describe('Norrbotten: Samverkan mot våld', () => {
  const norrbotten = resolved('norrbotten.json');

  it('sorts responsibilities into county, sub-region and local levels', () => {
    const levels = new Set(norrbotten.commitments?.map((c) => c.level));
    expect(levels).toEqual(new Set(['county', 'subRegion', 'local', undefined]));
    expect(norrbotten.roles?.find((r) => r.key === 'operativ-samordnare')?.level).toBe('subRegion');
  });

  it('binds the child consultation and the RVC-inspired routine', () => {
    expect(norrbotten.routines?.map((r) => r.template)).toEqual(['child-consultation@1', 'rvc-referral@1']);
    expect(norrbotten.serviceLevel?.length).toBeGreaterThan(0);
  });
});

describe('Stockholm county, Nacka: a memo, not an agreement', () => {
  const nacka = resolved('stockholm-nacka.json');

  it('is marked as a memo', () => {
    expect(nacka.kind).toBe('memo');
    expect(nacka.term).toBeUndefined();
  });

  it('meets the women’s shelter twice a year and the municipal networks two to three times a term', () => {
    const cadence = (key: string) => nacka.bodies?.find((b) => b.key === key)?.cadence;
    expect(cadence('kvinnojour-moten')).toMatchObject({ min: 2, max: 2, per: 'year' });
    expect(cadence('sodertorn-samordnare')).toMatchObject({ min: 2, max: 3, per: 'term' });
    expect(cadence('sodertorn-handlaggare')).toMatchObject({ min: 2, max: 3, per: 'term' });
  });
});
