import type { Municipality } from '../api/types';
import { z } from 'zod';

/** The new county's form: checked before anything is sent. */
export const newAgreementSchema = z.object({
  template: z.string().min(1, 'Välj en mall'),
  county: z.string().regex(/^\d{2}$/, 'Välj ett län'),
  municipalities: z.array(z.string()).min(1, 'Välj minst en kommun'),
  region: z.string().trim().min(1, 'Ange regionens namn'),
  police: z.string().trim().min(1, 'Ange polisområdets namn'),
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Nyckeln får ha små bokstäver a–z, siffror och bindestreck'),
});
export type NewAgreementFields = z.infer<typeof newAgreementSchema>;

/** `Karlskrona` → `karlskrona-kommun`: a party key as the seeds have them. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The first draft: the template's reference and what the county adds to it. Its clauses,
 * bodies, rules and routine bindings come from the template (resolveAgreement); the parties cite
 * the template's § 2 (Parter); each municipality carries its population with its date and source.
 */
export function firstDraft(
  fields: NewAgreementFields,
  register: Municipality[],
  title: string,
): Record<string, unknown> {
  const chosen = register.filter((m) => fields.municipalities.includes(m.code));
  const countyName = chosen[0]?.countyName ?? register.find((m) => m.countyCode === fields.county)?.countyName ?? '';
  return {
    extends: fields.template,
    key: fields.key,
    title,
    county: { code: fields.county, name: countyName },
    sources: [{ key: 'overenskommelse', kind: 'agreement', title: `${title}, ${countyName}` }],
    parties: [
      { key: slug(fields.region), name: fields.region.trim(), kind: 'region', clause: '2' },
      { key: slug(fields.police), name: fields.police.trim(), kind: 'police', clause: '2' },
      ...chosen.map((m) => ({
        key: `${slug(m.name)}-kommun`,
        name: `${m.name} kommun`,
        kind: 'municipality',
        municipalityCode: m.code,
        ...(m.population ? { population: m.population } : {}),
        clause: '2',
      })),
    ],
  };
}
