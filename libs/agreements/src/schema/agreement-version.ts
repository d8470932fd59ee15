import { z } from 'zod';
import { bodySchema } from './body.js';
import { clauseSchema } from './clause.js';
import { commitmentSchema } from './commitment.js';
import { confidentialitySchema } from './confidentiality.js';
import { costSplitSchema } from './cost-split.js';
import { countySchema } from './county.js';
import { escalationLadderSchema } from './escalation.js';
import { followUpSchema } from './follow-up.js';
import { noteSchema } from './note.js';
import { noticeTemplatesSchema } from './notice-templates.js';
import { partySchema } from './party.js';
import { reminderLeadsSchema } from './reminder-leads.js';
import { isoDateSchema, keySchema, textSchema } from './primitives.js';
import { revisionSchema } from './revision.js';
import { roleSchema } from './role.js';
import { routineBindingSchema } from './routine-binding.js';
import { serviceLevelStatementSchema } from './service-level.js';
import { signingSchema } from './signing.js';
import { sourceSchema } from './source.js';
import { subRegionSchema } from './sub-region.js';
import { targetGroupSchema } from './target-group.js';
import { templateRefSchema } from './template-ref-schema.js';
import { termSchema } from './term.js';
import { withdrawalSchema } from './withdrawal.js';

/** What the text is: a signed agreement, a proposal for one, a plan, or a memo. */
export const agreementKinds = ['agreement', 'proposal', 'plan', 'memo'] as const;
export const agreementKindSchema = z.enum(agreementKinds);
export type AgreementKind = z.infer<typeof agreementKindSchema>;

/**
 * One version of a county's agreement, complete (after `resolveAgreement` when it extends a
 * template). A section the text is silent on is absent: the views say "not specified".
 */
export const agreementVersionSchema = z.strictObject({
  key: keySchema,
  title: textSchema,
  shortName: textSchema.optional(),
  kind: agreementKindSchema,
  /** The date printed on this version. */
  date: isoDateSchema.optional(),
  /** The agreement template this version was built on. */
  extends: templateRefSchema.optional(),
  county: countySchema,
  sources: z.array(sourceSchema).min(1),
  parties: z.array(partySchema).min(1),
  /** Who the agreement's cases are for (seed 002 § 7); routines name theirs. */
  targetGroups: z.array(targetGroupSchema).min(1).optional(),
  subRegions: z.array(subRegionSchema).optional(),
  roles: z.array(roleSchema).optional(),
  bodies: z.array(bodySchema).optional(),
  commitments: z.array(commitmentSchema).optional(),
  serviceLevel: z.array(serviceLevelStatementSchema).min(1).optional(),
  costSplit: costSplitSchema.optional(),
  term: termSchema.optional(),
  withdrawal: withdrawalSchema.optional(),
  revision: revisionSchema.optional(),
  escalation: escalationLadderSchema.optional(),
  followUp: followUpSchema.optional(),
  confidentiality: confidentialitySchema.optional(),
  routines: z.array(routineBindingSchema).optional(),
  signing: signingSchema.optional(),
  /** The county's own wording of the notices Samverkan sends (product defaults otherwise). */
  noticeTemplates: noticeTemplatesSchema.optional(),
  /** The county's lead times for the reminders of the agreement's own dates (product defaults otherwise). */
  reminderLeads: reminderLeadsSchema.optional(),
  notes: z.array(noteSchema).optional(),
  clauses: z.array(clauseSchema).min(1),
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

/**
 * The content of an agreement template: any part of a version (a template has no county and
 * usually no parties), never itself extending another template.
 */
export const agreementContentSchema = agreementVersionSchema.omit({ extends: true }).partial();
export type AgreementContent = z.infer<typeof agreementContentSchema>;

/** The sections of a version, in the order of the Operation Norrsken document. */
export type AgreementSection = keyof AgreementVersion;
