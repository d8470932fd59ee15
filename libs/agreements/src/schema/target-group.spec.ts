import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { clauseCoverageOf } from '../encoding/clause-coverage.js';
import { formatTemplateRef, type TemplateRef } from '../template-ref.js';
import { resolveAgreement } from '../templates/resolve.js';
import { anAgreement, clauses } from '../testing/builders.js';
import { type AgreementVersion } from './agreement-version.js';
import { type TargetGroup } from './target-group.js';
import { validateAgreementVersion } from './validate.js';

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
const groupOf = (version: AgreementVersion, key: string): TargetGroup => {
  const found = version.targetGroups?.find((g) => g.key === key);
  if (!found) throw new Error(`no target group ${key}`);
  return found;
};

describe('who a case is for, as the seed texts say it (issue 11)', () => {
  it('Jämtland § 7: five categories, seven forms, adults (read as 18 or older) living in the county', () => {
    const version = seed('jamtland');
    const group = groupOf(version, 'vuxna-valdsutsatta');
    expect(group.clause).toBe('7');
    expect(group.categories).toEqual({
      values: [
        'mensViolenceAgainstWomen',
        'honourBasedViolence',
        'sameSexRelationships',
        'womensViolenceAgainstMen',
        'prostitutionAndTrafficking',
      ],
      clause: '7',
    });
    expect(group.forms?.values).toEqual([
      'psychological',
      'physical',
      'sexual',
      'material',
      'economic',
      'latent',
      'neglect',
    ]);
    // "vuxna" and "bor i" leave the limit and the kind of residence open: both readings are marked.
    expect(group.age).toMatchObject({ bound: 'atLeast', years: 18, wording: 'vuxna', clause: '7' });
    expect(group.age?.countyChoice?.fields).toEqual(['bound', 'years']);
    expect(group.residence).toMatchObject({ basis: 'actual', clause: '7' });
    expect(group.residence?.countyChoice?.note).toMatch(/skyddade personuppgifter/);
    expect(group.gender).toBeUndefined();
    const bound = Object.fromEntries((version.routines ?? []).map((r) => [r.key, r.targetGroups]));
    expect(bound).toEqual({ samrad: ['vuxna-valdsutsatta'], rvc: ['vuxna-valdsutsatta'], livscykel: undefined });
  });

  it('Västernorrland § 3: over 18, three categories; the text is silent on residence and forms', () => {
    const group = groupOf(seed('vasternorrland'), 'personer-over-18');
    expect(group.categories?.values).toEqual(['closeRelationships', 'partnerViolence', 'honourBasedViolence']);
    expect(group.age).toMatchObject({ bound: 'atLeast', years: 18, wording: 'över 18 år', clause: '3' });
    expect(group.residence).toBeUndefined();
    expect(group.forms).toBeUndefined();
  });

  it('Norrbotten "Målgrupper": women over 18, minors (no reading needed), men seeking support; the RVC routine its own', () => {
    const version = seed('norrbotten');
    expect(groupOf(version, 'kvinnor-over-18')).toMatchObject({
      gender: { is: 'woman', clause: 'Målgrupper' },
      age: { bound: 'atLeast', years: 18 },
    });
    const children = groupOf(version, 'barn-och-ungdomar');
    expect(children.age).toEqual({ bound: 'under', years: 18, wording: 'Minderåriga', clause: 'Målgrupper' });
    expect(children.forms?.values).toContain('witnessed');
    expect(groupOf(version, 'man-som-soker-stod').subject).toBe('perpetrator');
    expect(groupOf(version, 'malsagande-over-18').clause).toBe(
      'Utveckling av beprövade rutiner för myndighetssamverkan',
    );
    const bound = Object.fromEntries((version.routines ?? []).map((r) => [r.key, r.targetGroups]));
    expect(bound).toEqual({ barnsamrad: ['barn-och-ungdomar'], rvc: ['malsagande-over-18'] });
  });

  it('the coverage counts Jämtland § 7 and Norrbotten "Målgrupper" as encoded target groups, not as text', () => {
    const jamtland = clauseCoverageOf(seed('jamtland')).clauses.find((c) => c.citation === '7');
    expect(jamtland).toMatchObject({ status: 'encoded', textOnly: null });
    expect(jamtland?.encodings.map((e) => e.kind)).toEqual(Array(5).fill('targetGroup'));
    expect(jamtland?.encodings.map((e) => e.text)).toContainEqual(
      'Målgrupp ”Våldsutsatta vuxna som bor i Jämtlands län”: ålder 18 år eller äldre (”vuxna”, läsning)',
    );
    const norrbotten = clauseCoverageOf(seed('norrbotten')).clauses.find((c) => c.citation === 'Målgrupper');
    expect(norrbotten).toMatchObject({ status: 'encoded', textOnly: null });
  });
});

describe('a draft target group is checked', () => {
  const group = (overrides: Record<string, unknown> = {}) => ({
    key: 'vuxna',
    name: 'Våldsutsatta vuxna',
    subject: 'victim',
    categories: { values: ['mensViolenceAgainstWomen'], clause: '7' },
    clause: '7',
    ...overrides,
  });
  const draft = (groups: unknown[], bindingGroups: unknown = ['vuxna']) => ({
    ...anAgreement()
      .with({ clauses: clauses('1', '2', '7', '12') })
      .build(),
    targetGroups: groups,
    routines: [
      {
        key: 'samrad',
        template: 'consultation@2',
        source: { clause: '12' },
        roles: { coordinator: { to: ['polisen'] } },
        targetGroups: bindingGroups,
      },
    ],
  });
  const problems = (input: unknown) => {
    const result = validateAgreementVersion(input);
    return result.ok ? [] : result.problems.map((p) => ({ path: p.path, code: p.code }));
  };

  it('accepts a well-formed group bound to a routine', () => {
    expect(problems(draft([group()]))).toEqual([]);
  });

  it('refuses an unknown category or form key with the allowed ones, at its path', () => {
    const found = validateAgreementVersion(
      draft([group({ categories: { values: ['domestic'], clause: '7' }, forms: { values: ['verbal'], clause: '7' } })]),
    );
    expect(found.ok ? [] : found.problems).toEqual([
      expect.objectContaining({
        path: 'targetGroups.0.categories.values.0',
        code: 'invalidValue',
        message: expect.objectContaining({ en: expect.stringContaining('"mensViolenceAgainstWomen"') }),
      }),
      expect.objectContaining({ path: 'targetGroups.0.forms.values.0', code: 'invalidValue' }),
    ]);
  });

  it('refuses a category listed twice, a binding naming an unknown group, a group key used twice', () => {
    const twice = { values: ['honourBasedViolence', 'honourBasedViolence'], clause: '7' };
    expect(problems(draft([group({ categories: twice })]))).toEqual([
      { path: 'targetGroups.0.categories.values.1', code: 'duplicateEntry' },
    ]);
    expect(problems(draft([group()], ['barn']))).toEqual([
      { path: 'routines.0.targetGroups.0', code: 'unknownTargetGroup' },
    ]);
    expect(problems(draft([group(), group()]))).toEqual([{ path: 'targetGroups.1.key', code: 'duplicateKey' }]);
  });

  it('refuses a criterion citing a clause the text does not have, and an age without its bound', () => {
    expect(problems(draft([group({ age: { bound: 'atLeast', years: 18, wording: 'vuxna', clause: '99' } })]))).toEqual([
      { path: 'targetGroups.0.age.clause', code: 'unknownClause' },
    ]);
    expect(problems(draft([group({ age: { years: 18, wording: 'vuxna', clause: '7' } })]))).toEqual([
      { path: 'targetGroups.0.age.bound', code: 'invalidValue' },
    ]);
  });
});
