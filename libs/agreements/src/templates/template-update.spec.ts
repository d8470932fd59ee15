import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffAgreements } from '../diff/diff-agreements.js';
import { type AgreementTemplate } from '../schema/agreement-template.js';
import { formatTemplateRef, type TemplateRef } from '../template-ref.js';
import { resolveAgreement } from './resolve.js';
import { takeTemplateChanges, templateChanges } from './template-update.js';

const config = path.join(import.meta.dirname, '../../../../config');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(config, file), 'utf8')) as Record<string, unknown>;

const base = readJson('templates/samverkan-base@1.json') as unknown as AgreementTemplate;
const jamtland = readJson('agreements/jamtland.json');

/** Version 2 of the base template: six changes, two of them where Jämtland has its own value. */
function secondVersion(): AgreementTemplate {
  const next = structuredClone(base);
  next.version = 2;
  const content = next.content;
  const bodies = content.bodies ?? [];
  const leadership = bodies.find((b) => b.key === 'ledningsgrupp');
  if (leadership) leadership.mandate = 'Följer och leder samverkan i länet.';
  const steering = bodies.find((b) => b.key === 'styrgrupp');
  if (steering) steering.cadence = { kind: 'countPerPeriod', min: 6, per: 'year', clause: '9' };
  content.commitments = [
    ...(content.commitments ?? []).filter((c) => c.key !== 'samordnare-dokumentation'),
    { key: 'samordnare-utbildning', by: ['samordnare'], text: 'Erbjuda parterna utbildning.', kind: 'standing', clause: '11' },
  ];
  if (content.withdrawal) content.withdrawal = { ...content.withdrawal, noticePeriod: 'P3M' };
  delete content.confidentiality;
  return next;
}

const lookupOf = (...templates: AgreementTemplate[]) => (ref: TemplateRef) =>
  templates.find((t) => formatTemplateRef(t) === formatTemplateRef(ref));

function resolved(content: unknown, ...templates: AgreementTemplate[]) {
  const result = resolveAgreement(content, lookupOf(...templates));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.sv}`).join('\n'));
  return result.value;
}

describe('a county and a new version of its template', () => {
  const next = secondVersion();

  it('lists each change in words, marking where the county has its own value', () => {
    const changes = templateChanges(jamtland, base, next);
    expect(changes.map((c) => [c.path, c.kind, c.ownValue])).toEqual([
      ['bodies[ledningsgrupp].mandate', 'changed', false],
      ['bodies[styrgrupp].cadence', 'changed', true],
      ['commitments[samordnare-dokumentation]', 'removed', true],
      ['commitments[samordnare-utbildning]', 'added', false],
      ['withdrawal.noticePeriod', 'changed', false],
      ['confidentiality', 'removed', false],
    ]);
    expect(changes.map((c) => c.text)).toContain('Uppsägningsregler: uppsägningstid ändrad från 6 månader till 3 månader');
  });

  it('takes the changes chosen and leaves the others: the new version differs by exactly those', () => {
    const taken = ['bodies[ledningsgrupp].mandate', 'withdrawal.noticePeriod'];
    const result = takeTemplateChanges(jamtland, base, next, taken);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value['extends']).toBe('samverkan-base@2');
    const before = resolved(jamtland, base);
    const after = resolved(result.value, next);
    expect(diffAgreements(before, after).map((c) => c.path)).toEqual(['extends', ...taken]);
    expect(after.withdrawal?.noticePeriod).toBe('P3M');
    expect(after.commitments?.map((c) => c.key)).not.toContain('samordnare-utbildning');
    expect(after.confidentiality).toEqual(before.confidentiality);
  });

  it('takes an added item and a removed section, leaving the changed fields', () => {
    const taken = ['commitments[samordnare-utbildning]', 'confidentiality'];
    const result = takeTemplateChanges(jamtland, base, next, taken);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const after = resolved(result.value, next);
    expect(diffAgreements(resolved(jamtland, base), after).map((c) => c.path)).toEqual(['extends', ...taken]);
    expect(after.withdrawal?.noticePeriod).toBe('P6M');
    expect(after.confidentiality).toBeUndefined();
  });

  it('refuses a path that is no change, and one where the county has its own value', () => {
    const result = takeTemplateChanges(jamtland, base, next, ['parties[x]', 'bodies[styrgrupp].cadence']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['take.0', 'notAChange'],
      ['take.1', 'ownValue'],
    ]);
  });
});
