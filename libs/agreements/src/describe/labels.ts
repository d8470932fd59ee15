import { type AgreementKind } from '../schema/agreement-version.js';
import { type SourceKind } from '../schema/source.js';
import { type BodyKind, type ConsultationKind } from '../schema/body.js';
import { type CommitmentKind } from '../schema/commitment.js';
import { type ConsentBasis } from '../schema/confidentiality.js';
import { type Level } from '../schema/level.js';
import { type RoleKind } from '../schema/role.js';
import { type AgeCriterion, type ViolenceCategory, type ViolenceForm } from '../schema/target-group.js';
import { type WithdrawalEffectiveAt } from '../schema/withdrawal.js';

/** Swedish words for the schema's enumerations, for documents, the designer and diffs. */
export const bodyKindLabels: Record<BodyKind, string> = {
  leadership: 'ledningsgrupp',
  steering: 'styrgrupp',
  working: 'arbetsgrupp',
  consultation: 'samrådsgrupp',
};

export const consultationKindLabels: Record<ConsultationKind, string> = {
  planning: 'planerande',
  consultative: 'konsulterande',
  acute: 'akut',
  followUp: 'uppföljande',
};

export const commitmentKindLabels: Record<CommitmentKind, string> = {
  standing: 'löpande',
  recurring: 'återkommande',
  dueByDate: 'med slutdatum',
};

export const consentBasisLabels: Record<ConsentBasis, string> = {
  consent: 'med samtycke',
  deidentified: 'avidentifierat',
};

export const levelLabels: Record<Level, string> = {
  county: 'länsnivå',
  subRegion: 'länsdelsnivå',
  local: 'lokal nivå',
};

export const roleKindLabels: Record<RoleKind, string> = {
  coordinator: 'samordnare',
  representative: 'representant',
  function: 'funktion',
};

export const effectiveAtLabels: Record<WithdrawalEffectiveAt, string> = {
  yearEnd: 'tidigast vid nästkommande årsskifte',
  anyMonthEnd: 'vid ett månadsskifte',
};

export const agreementKindLabels: Record<AgreementKind, string> = {
  agreement: 'överenskommelse',
  proposal: 'förslag',
  plan: 'plan',
  memo: 'tjänsteskrivelse',
};

export const sourceKindLabels: Record<SourceKind, string> = {
  agreement: 'överenskommelse',
  decision: 'beslut',
  minutes: 'protokoll',
  plan: 'plan',
  investigation: 'utredning',
  memo: 'tjänsteskrivelse',
};

/** As the texts word them (seed 002 § 7, seed 003 § 3). */
export const violenceCategoryLabels: Record<ViolenceCategory, string> = {
  mensViolenceAgainstWomen: 'mäns våld mot kvinnor',
  honourBasedViolence: 'våld och förtryck i hederns namn',
  sameSexRelationships: 'våld i samkönade relationer',
  womensViolenceAgainstMen: 'kvinnors våld mot män',
  prostitutionAndTrafficking: 'prostitution och människohandel för sexuella ändamål',
  closeRelationships: 'våld i nära relation',
  partnerViolence: 'partnervåld',
};

/** As seed 002 § 7 words them, and seed 001's "varit vittne till våld". */
export const violenceFormLabels: Record<ViolenceForm, string> = {
  psychological: 'psykiskt',
  physical: 'fysiskt',
  sexual: 'sexuellt',
  material: 'materiellt',
  economic: 'ekonomiskt',
  latent: 'latent',
  neglect: 'försummelse',
  witnessed: 'bevittnat våld',
};

/** An age criterion in words: "18 år eller äldre", "under 18 år". */
export function describeAge(age: Pick<AgeCriterion, 'bound' | 'years'>): string {
  return age.bound === 'atLeast' ? `${age.years} år eller äldre` : `under ${age.years} år`;
}
