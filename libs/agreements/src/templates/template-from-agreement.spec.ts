import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatTemplateRef, type TemplateRef } from '../template-ref.js';
import { resolveAgreement } from './resolve.js';
import { templateFromAgreement } from './template-from-agreement.js';

const config = path.join(import.meta.dirname, '../../../../config');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(config, file), 'utf8'));
const base = readJson('templates/samverkan-base@1.json');
const lookup = (ref: TemplateRef) => (formatTemplateRef(ref) === 'samverkan-base@1' ? base : undefined);

describe('a county’s version as a template for others', () => {
  const jamtland = resolveAgreement(readJson('agreements/jamtland.json'), lookup);
  if (!jamtland.ok) throw new Error('the Jämtland seed resolves');
  const meta = { key: 'norrsken', version: 1, name: 'Operation Norrsken som mall', description: 'Jämtlands avtal.' };

  it('keeps the structure and leaves out the county’s own record', () => {
    const result = templateFromAgreement(jamtland.value, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { content } = result.value.template;
    for (const field of ['key', 'county', 'date', 'sources', 'signing', 'extends']) expect(content).not.toHaveProperty(field);
    expect(content.clauses?.every((c) => c.source === undefined)).toBe(true);
    expect(content.bodies?.map((b) => b.key)).toEqual(jamtland.value.bodies?.map((b) => b.key));
    expect(content.parties).toEqual(jamtland.value.parties);
    expect(result.value.left).toEqual([
      'Avtalets nyckel (jamtland-operation-norrsken) och län (Jämtlands län)',
      'Avtalets datum (2024-08-29)',
      expect.stringMatching(/^Källdokumenten \(Överenskommelse om samverkan/),
      'Undertecknandet (vilka parter som skriver under och i hur många exemplar)',
      'Mallen avtalet byggde på (samverkan-base@1)',
    ]);
  });

  it('refuses a key that is not one, with its path', () => {
    const result = templateFromAgreement(jamtland.value, { ...meta, key: 'Norrsken Mall' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['key']);
  });
});
