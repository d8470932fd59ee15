import { type AgreementTemplate } from '../schema/agreement-template.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { validateAgreementTemplate } from '../schema/validate.js';
import { type ValidationResult } from '../problem.js';

export interface TemplateFromAgreement {
  template: AgreementTemplate;
  /** What of the county's version the template leaves out, in Swedish. */
  left: string[];
}

/**
 * A county's published version as a template for other counties: its structure (parties as
 * organisations, roles, bodies, commitments, rules, routines and the clause texts) without what
 * is the county's own record: its key, county and date, the source documents (their reference
 * numbers and issuers), the signing (who signs, in how many copies) and the template it was built
 * on. The schema holds no person's name: people appear only as roles and seats.
 */
export function templateFromAgreement(
  version: AgreementVersion,
  meta: Pick<AgreementTemplate, 'key' | 'version' | 'name' | 'description'>,
): ValidationResult<TemplateFromAgreement> {
  const { key, extends: base, county, date, sources, signing, ...rest } = version;
  const left = [
    `Avtalets nyckel (${key}) och län (${county.name})`,
    ...(date ? [`Avtalets datum (${date})`] : []),
    `Källdokumenten (${sources.map((s) => s.title).join('; ')})`,
    ...(signing ? ['Undertecknandet (vilka parter som skriver under och i hur många exemplar)'] : []),
    ...(base ? [`Mallen avtalet byggde på (${base})`] : []),
  ];
  const clauses = rest.clauses.map((clause) => {
    const copy = { ...clause };
    delete copy.source;
    return copy;
  });
  const candidate = { ...meta, content: { ...rest, clauses } };
  const checked = validateAgreementTemplate(candidate);
  if (!checked.ok) return checked;
  return { ok: true, value: { template: checked.value, left } };
}
