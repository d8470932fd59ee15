import {
  type AttestedCriterion,
  type Problem,
  type TargetGroup,
  type ViolenceCategory,
  type ViolenceForm,
  attestedCriteria,
  describeAge,
  keySchema,
  problemsFromZod,
  violenceCategoryLabels,
  violenceCategorySchema,
  violenceFormLabels,
  violenceFormSchema,
  violenceForms,
} from '@samverkan/agreements';
import { z } from 'zod';
import { RoutineError } from '../errors/routine-error.js';
import { findPersonalData } from '../privacy/personal-data.js';
import { routineProblem, routineZodOptions } from '../validate/problem.js';

/**
 * What a case's start says about who it is for, beside the routine's own input: the target group
 * (implied when the binding names one), the category and forms of violence, and a yes or no per
 * criterion of the group. Never the facts behind a yes: no birth date, no address, no gender.
 */
export interface CaseFacts {
  targetGroup: string;
  violenceCategory?: ViolenceCategory;
  violenceForms?: ViolenceForm[];
  attestation: Partial<Record<AttestedCriterion, boolean>>;
}

/** The start input fields that carry the case facts. */
export const caseFactFields = ['targetGroup', 'violenceCategory', 'violenceForms', 'attestation'] as const;

const caseFactsSchema = z.strictObject({
  targetGroup: keySchema.max(80).optional(),
  violenceCategory: violenceCategorySchema.optional(),
  violenceForms: z.array(violenceFormSchema).min(1).max(violenceForms.length).optional(),
  // One optional yes or no per criterion (attestedCriteria); anything else is refused.
  attestation: z
    .strictObject({ age: z.boolean().optional(), residence: z.boolean().optional(), gender: z.boolean().optional() })
    .optional(),
});

/** How a criterion is asked, in Swedish and English, for the messages. */
const criterionWords: Record<AttestedCriterion, { sv: string; en: string }> = {
  age: { sv: 'ålder', en: 'age' },
  residence: { sv: 'bosättning i länet', en: 'residence in the county' },
  gender: { sv: 'kön', en: 'gender' },
};

/**
 * Tries a case's start against the target groups its routine binding names (`groups`, from the
 * agreement version): splits the case facts from the routine's own input and checks them. With
 * no groups, the input is the routine's alone (a fact sent anyway is then the routine's
 * `fieldNotAllowed`). Throws `ROUTINE_EVENT_INVALID` for facts of the wrong form or missing,
 * `PERSONAL_DATA_REJECTED`, and `OUTSIDE_TARGET_GROUP` for a case the facts put outside the
 * group: a "no" to a criterion, a category or form of violence the group does not name. Each
 * problem has the field's path and names the criterion and its clause.
 */
export function caseFactsOf(
  groups: readonly TargetGroup[],
  input: Record<string, unknown>,
): { facts: CaseFacts | undefined; rest: Record<string, unknown> } {
  if (groups.length === 0) return { facts: undefined, rest: input };
  const raw: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if ((caseFactFields as readonly string[]).includes(field)) raw[field] = value;
    else rest[field] = value;
  }
  const personal = findPersonalData(raw);
  if (personal.length > 0) throw invalid('PERSONAL_DATA_REJECTED', personal);
  const parsed = caseFactsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw invalid('ROUTINE_EVENT_INVALID', problemsFromZod(parsed.error.issues, routineZodOptions));
  const found = groupOf(groups, parsed.data.targetGroup);
  if ('problem' in found) throw invalid('ROUTINE_EVENT_INVALID', [found.problem]);
  const group = found.group;
  const facts: CaseFacts = {
    targetGroup: group.key,
    ...(parsed.data.violenceCategory === undefined ? {} : { violenceCategory: parsed.data.violenceCategory }),
    ...(parsed.data.violenceForms === undefined ? {} : { violenceForms: parsed.data.violenceForms }),
    attestation: parsed.data.attestation ?? {},
  };
  const missing = missingFacts(group, facts);
  if (missing.length > 0) throw invalid('ROUTINE_EVENT_INVALID', missing);
  const outside = outsideProblems(group, facts);
  if (outside.length > 0) throw invalid('OUTSIDE_TARGET_GROUP', outside);
  return { facts, rest };
}

function groupOf(
  groups: readonly TargetGroup[],
  key: string | undefined,
): { group: TargetGroup } | { problem: Problem } {
  const keys = groups.map((g) => g.key).join(', ');
  if (key === undefined) {
    const [only] = groups;
    if (groups.length === 1 && only) return { group: only };
    return {
      problem: routineProblem(
        ['targetGroup'],
        'targetGroupRequired',
        `Ange vilken målgrupp ärendet gäller: ${keys}.`,
        `Say which target group the case is for: ${keys}.`,
      ),
    };
  }
  const group = groups.find((g) => g.key === key);
  if (group) return { group };
  return {
    problem: routineProblem(
      ['targetGroup'],
      'unknownTargetGroup',
      `Rutinen är inte till för målgruppen ${key} (välj bland: ${keys}).`,
      `The routine is not for target group ${key} (choose from: ${keys}).`,
    ),
  };
}

/** The criteria the group has and so asks a yes or no for. */
function criteriaOf(group: TargetGroup): AttestedCriterion[] {
  return attestedCriteria.filter((criterion) => group[criterion] !== undefined);
}

function missingFacts(group: TargetGroup, facts: CaseFacts): Problem[] {
  const problems: Problem[] = [];
  if (group.categories && facts.violenceCategory === undefined) {
    problems.push(
      routineProblem(
        ['violenceCategory'],
        'required',
        `Ange vilket slags våld ärendet gäller (${cite(group.categories.clause)}).`,
        `Say which category of violence the case is about (clause ${group.categories.clause}).`,
      ),
    );
  }
  const asked = criteriaOf(group);
  for (const criterion of asked) {
    if (facts.attestation[criterion] !== undefined) continue;
    const clause = group[criterion]?.clause ?? group.clause;
    problems.push(
      routineProblem(
        ['attestation', criterion],
        'required',
        `Intyga ja eller nej: ${question(group, criterion)} (${cite(clause)}).`,
        `Attest yes or no: does the person meet the ${criterionWords[criterion].en} criterion (clause ${clause})?`,
      ),
    );
  }
  for (const criterion of Object.keys(facts.attestation) as AttestedCriterion[]) {
    if (asked.includes(criterion)) continue;
    problems.push(
      routineProblem(
        ['attestation', criterion],
        'criterionNotInTargetGroup',
        `Målgruppen ”${group.name}” har inget krav på ${criterionWords[criterion].sv}; uppgiften sparas inte.`,
        `Target group "${group.name}" has no ${criterionWords[criterion].en} criterion; the answer is not kept.`,
      ),
    );
  }
  return problems;
}

function outsideProblems(group: TargetGroup, facts: CaseFacts): Problem[] {
  const problems: Problem[] = [];
  const outside = (path: (string | number)[], sv: string, en: string) =>
    problems.push(
      routineProblem(
        path,
        'outsideTargetGroup',
        `Ärendet hör inte till målgruppen ”${group.name}”: ${sv}`,
        `The case is outside target group "${group.name}": ${en}`,
      ),
    );
  const categories = group.categories;
  if (categories && facts.violenceCategory !== undefined && !categories.values.includes(facts.violenceCategory)) {
    outside(
      ['violenceCategory'],
      `${violenceCategoryLabels[facts.violenceCategory]} är inte ett av de slag av våld som ${cite(categories.clause)} räknar upp.`,
      `${facts.violenceCategory} is not one of the categories of violence clause ${categories.clause} names.`,
    );
  }
  const forms = group.forms;
  facts.violenceForms?.forEach((form, i) => {
    if (!forms || forms.values.includes(form)) return;
    outside(
      ['violenceForms', i],
      `${violenceFormLabels[form]} våld är inte en av de former av våld som ${cite(forms.clause)} räknar upp.`,
      `${form} is not one of the forms of violence clause ${forms.clause} names.`,
    );
  });
  for (const criterion of criteriaOf(group)) {
    if (facts.attestation[criterion] !== false) continue;
    const clause = group[criterion]?.clause ?? group.clause;
    outside(
      ['attestation', criterion],
      `enligt intyget uppfyller personen inte kravet ${requirement(group, criterion)} (${cite(clause)}).`,
      `the attestation says the person does not meet its ${criterionWords[criterion].en} criterion (clause ${clause}).`,
    );
  }
  return problems;
}

/** "18 år eller äldre (”vuxna”, länets läsning)". */
function requirement(group: TargetGroup, criterion: AttestedCriterion): string {
  switch (criterion) {
    case 'age': {
      const age = group.age;
      if (!age) return '';
      return `${describeAge(age)} (”${age.wording}”${age.countyChoice ? ', i länets läsning' : ''})`;
    }
    case 'residence': {
      const residence = group.residence;
      if (!residence) return '';
      const basis = residence.basis === 'actual' ? 'bor i länet' : 'är folkbokförd i länet';
      return `${basis} (”${residence.wording}”${residence.countyChoice ? ', i länets läsning' : ''})`;
    }
    case 'gender':
      return group.gender ? `”${group.gender.wording}”` : '';
  }
}

function question(group: TargetGroup, criterion: AttestedCriterion): string {
  return `uppfyller personen kravet ${requirement(group, criterion)}?`;
}

/** "§ 7" for a numbered clause, the heading in quotes for an unnumbered one. */
function cite(clause: string): string {
  return /^\d/.test(clause) ? `§ ${clause}` : clause.startsWith('§') ? clause : `avsnittet ”${clause}”`;
}

function invalid(
  code: 'ROUTINE_EVENT_INVALID' | 'PERSONAL_DATA_REJECTED' | 'OUTSIDE_TARGET_GROUP',
  problems: Problem[],
): RoutineError {
  const message = {
    ROUTINE_EVENT_INVALID: {
      sv: 'Uppgifterna om vem ärendet gäller har fel form eller saknas.',
      en: 'What the start says about who the case is for is malformed or missing.',
    },
    PERSONAL_DATA_REJECTED: {
      sv: 'Uppgifterna om vem ärendet gäller innehåller något som ser ut som personuppgifter och togs inte emot.',
      en: 'What the start says about who the case is for holds what looks like personal data and was not accepted.',
    },
    OUTSIDE_TARGET_GROUP: {
      sv: 'Ärendet hör inte till överenskommelsens målgrupp för rutinen och startades inte.',
      en: "The case is outside the agreement's target group for the routine and was not started.",
    },
  }[code];
  return new RoutineError(code, message, problems);
}

/**
 * Case facts that put a case inside the first of `groups`: its first category, every criterion
 * answered yes. For tests and samples, as `sampleInput` for a routine's own input.
 */
export function sampleCaseFacts(groups: readonly TargetGroup[]): Record<string, unknown> {
  const [group] = groups;
  if (!group) return {};
  return {
    ...(groups.length > 1 ? { targetGroup: group.key } : {}),
    ...(group.categories ? { violenceCategory: group.categories.values[0] } : {}),
    attestation: Object.fromEntries(criteriaOf(group).map((criterion) => [criterion, true])),
  };
}
