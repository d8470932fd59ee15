import { type z } from 'zod';
import { checkBodies } from '../checks/check-bodies.js';
import { checkClauses } from '../checks/check-clauses.js';
import { checkCommitments } from '../checks/check-commitments.js';
import { checkCosts } from '../checks/check-costs.js';
import { checkGovernance } from '../checks/check-governance.js';
import { checkKeys } from '../checks/check-keys.js';
import { checkNoticeTemplates } from '../checks/check-notice-templates.js';
import { checkParties } from '../checks/check-parties.js';
import { checkRoles } from '../checks/check-roles.js';
import { checkRoutines } from '../checks/check-routines.js';
import { checkTargetGroups } from '../checks/check-target-groups.js';
import { checkTerm, checkWithdrawal } from '../checks/check-term.js';
import { CheckContext } from '../checks/context.js';
import { declaredKeys, isRecord, salvage } from '../checks/salvage.js';
import { type Problem, type ValidationResult } from '../problem.js';
import { agreementTemplateSchema, type AgreementTemplate } from './agreement-template.js';
import { agreementContentSchema, agreementVersionSchema, type AgreementVersion } from './agreement-version.js';
import { problemsFromZod } from './zod-problems.js';

/**
 * Validates a complete agreement version: its form (every field) and the relations between its
 * parts (keys referred to exist, totals add up, a renewal has an end…). Returns the typed
 * version, or every problem found, each with its dot path and a Swedish and English message.
 */
export function validateAgreementVersion(input: unknown): ValidationResult<AgreementVersion> {
  const parsed = agreementVersionSchema.safeParse(input, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...relationProblems(agreementVersionSchema.shape, input),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, problems };
}

/** Validates an agreement template: its form, and the relations inside its content. */
export function validateAgreementTemplate(input: unknown): ValidationResult<AgreementTemplate> {
  const parsed = agreementTemplateSchema.safeParse(input, { reportInput: true });
  const content = isRecord(input) ? input['content'] : undefined;
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...relationProblems(agreementContentSchema.shape, content).map((p) => ({ ...p, path: `content.${p.path}` })),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, problems };
}

function relationProblems(shape: Readonly<Record<string, z.ZodType>>, input: unknown): Problem[] {
  const ctx = new CheckContext(salvage(shape, input), declaredKeys(input));
  checkKeys(ctx);
  checkClauses(ctx);
  checkParties(ctx);
  checkRoles(ctx);
  checkBodies(ctx);
  checkCommitments(ctx);
  checkCosts(ctx);
  checkTerm(ctx);
  checkWithdrawal(ctx);
  checkGovernance(ctx);
  checkRoutines(ctx);
  checkTargetGroups(ctx);
  checkNoticeTemplates(ctx);
  return ctx.problems;
}
