import { z } from 'zod';
import { clauseRefSchema, countyChoiceSchema, keySchema, textSchema } from './primitives.js';

/**
 * The categories of violence the texts name, one vocabulary for every county so that cases can
 * be counted alike: seed 002 § 7 names the first five ("mäns våld mot kvinnor, våld och förtryck
 * i hederns namn, våld i samkönade relationer, kvinnors våld mot män samt prostitution och
 * människohandel för sexuella ändamål"); seed 003 § 3 adds "våld i nära relation" and
 * "partnervåld" (its "hedersrelaterat våld" is the second).
 */
export const violenceCategories = [
  'mensViolenceAgainstWomen',
  'honourBasedViolence',
  'sameSexRelationships',
  'womensViolenceAgainstMen',
  'prostitutionAndTrafficking',
  'closeRelationships',
  'partnerViolence',
] as const;
export const violenceCategorySchema = z.enum(violenceCategories);
export type ViolenceCategory = z.infer<typeof violenceCategorySchema>;

/**
 * The forms of violence: the seven of seed 002 § 7 ("psykiskt, fysiskt, sexuellt, materiellt,
 * ekonomiskt, latent och försummelse"), and having witnessed violence, which seed 001
 * ("Målgrupper") names for children.
 */
export const violenceForms = [
  'psychological',
  'physical',
  'sexual',
  'material',
  'economic',
  'latent',
  'neglect',
  'witnessed',
] as const;
export const violenceFormSchema = z.enum(violenceForms);
export type ViolenceForm = z.infer<typeof violenceFormSchema>;

/** Who the group is: people subjected to violence, or people who use it (seed 001's men). */
export const targetGroupSubjects = ['victim', 'perpetrator'] as const;

/**
 * The criteria a case is attested against, one yes or no each, never the fact itself (a birth
 * date, an address, a gender marker): `age`, `residence`, `gender`.
 */
export const attestedCriteria = ['age', 'residence', 'gender'] as const;
export type AttestedCriterion = (typeof attestedCriteria)[number];

const valuesOf = <T extends z.ZodType>(value: T) =>
  z.strictObject({ values: z.array(value).min(1), clause: clauseRefSchema });

/**
 * An age limit: 18 or older (`atLeast`), or under 18 (`under`). `wording` is the text's own
 * ("vuxna", "över 18 år"); where it leaves the limit open, `countyChoice` says how it is read.
 */
export const ageCriterionSchema = z.strictObject({
  bound: z.enum(['atLeast', 'under']),
  years: z.number().int().min(1).max(120),
  wording: textSchema,
  clause: clauseRefSchema,
  countyChoice: countyChoiceSchema(['bound', 'years']).optional(),
});
export type AgeCriterion = z.infer<typeof ageCriterionSchema>;

/**
 * Living in the agreement's county. `basis` says what counts: where the person actually lives
 * (`actual`), or where they are registered (`registered`, folkbokförd); a text that says only
 * "bor i" leaves that open, and `countyChoice` says how it is read.
 */
export const residenceCriterionSchema = z.strictObject({
  basis: z.enum(['actual', 'registered']),
  wording: textSchema,
  clause: clauseRefSchema,
  countyChoice: countyChoiceSchema(['basis']).optional(),
});
export type ResidenceCriterion = z.infer<typeof residenceCriterionSchema>;

/** A group the text names by gender ("Kvinnor över 18 år", "Män som …", seed 001). */
export const genderCriterionSchema = z.strictObject({
  is: z.enum(['woman', 'man']),
  wording: textSchema,
  clause: clauseRefSchema,
});

/**
 * Who the agreement's cases are for (seed 002 § 7, seed 003 § 3, seed 001 "Målgrupper"), as the
 * text says it, each criterion with its clause. A criterion the text does not give is absent: a
 * case is not tried against it. A routine binding names the groups its cases are for.
 */
export const targetGroupSchema = z.strictObject({
  key: keySchema,
  /** As the text words it ("Våldsutsatta vuxna som bor i Jämtlands län"). */
  name: textSchema,
  subject: z.enum(targetGroupSubjects),
  categories: valuesOf(violenceCategorySchema).optional(),
  forms: valuesOf(violenceFormSchema).optional(),
  age: ageCriterionSchema.optional(),
  residence: residenceCriterionSchema.optional(),
  gender: genderCriterionSchema.optional(),
  clause: clauseRefSchema,
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;
