export { partyKinds, partyKindSchema, partyKindLabels, type PartyKind } from './party-kind.js';
export { parseTemplateRef, formatTemplateRef, MAX_VERSION, type TemplateRef } from './template-ref.js';

// Problems and results
export { formatPath, problem, type LocalizedMessage, type Problem, type ValidationResult } from './problem.js';

// The agreement version schema
export {
  agreementKinds,
  agreementKindSchema,
  agreementVersionSchema,
  agreementContentSchema,
  type AgreementKind,
  type AgreementVersion,
  type AgreementContent,
  type AgreementSection,
} from './schema/agreement-version.js';
export { agreementTemplateSchema, type AgreementTemplate } from './schema/agreement-template.js';
export { validateAgreementVersion, validateAgreementTemplate } from './schema/validate.js';
export { problemsFromZod, type KnownProblem, type ZodProblemOptions } from './schema/zod-problems.js';
export {
  keySchema,
  clauseRefSchema,
  isoDateSchema,
  isoDurationSchema,
  timeOfDaySchema,
  amountSchema,
  countyCodeSchema,
  municipalityCodeSchema,
} from './schema/primitives.js';
export { countySchema, type County } from './schema/county.js';
export { sourceKinds, sourceSchema, type Source, type SourceKind } from './schema/source.js';
export { clauseTopics, clauseSchema, clauseCitation, type Clause, type ClauseTopic } from './schema/clause.js';
export { populationSchema, type Population } from './schema/population.js';
export {
  isParty,
  participantRoles,
  participantRoleSchema,
  partySchema,
  type ParticipantRole,
  type Party,
} from './schema/party.js';
export { subRegionSchema, type SubRegion } from './schema/sub-region.js';
export {
  attestedCriteria,
  targetGroupSchema,
  targetGroupSubjects,
  violenceCategories,
  violenceCategorySchema,
  violenceForms,
  violenceFormSchema,
  type AgeCriterion,
  type AttestedCriterion,
  type ResidenceCriterion,
  type TargetGroup,
  type ViolenceCategory,
  type ViolenceForm,
} from './schema/target-group.js';
export { levels, levelSchema, type Level } from './schema/level.js';
export {
  providedBySchema,
  providerChoiceNote,
  roleKinds,
  roleSchema,
  type ProvidedBy,
  type Role,
  type RoleKind,
} from './schema/role.js';
export {
  cadenceSchema,
  cadencePeriods,
  recurrenceCadenceSchema,
  countPerPeriodCadenceSchema,
  type Cadence,
  type CadencePeriod,
  type RecurrenceCadence,
  type CountPerPeriodCadence,
} from './schema/cadence.js';
export { parseRrule, rruleParts, rruleFrequencies, type ParsedRrule, type RrulePart } from './schema/rrule.js';
export {
  bodyKinds,
  consultationKinds,
  bodySchema,
  memberSchema,
  type Body,
  type BodyKind,
  type ConsultationKind,
  type Member,
} from './schema/body.js';
export {
  commitmentKinds,
  commitmentSchema,
  commitmentRecurrenceSchema,
  type Commitment,
  type CommitmentKind,
  type CommitmentRecurrence,
} from './schema/commitment.js';
export { serviceLevelStatementSchema, type ServiceLevelStatement } from './schema/service-level.js';
export {
  costMethodSchema,
  populationReferenceSchema,
  type CostMethod,
  type CostMethodName,
  type PopulationReference,
} from './schema/cost-method.js';
export {
  costSplitSchema,
  costItemSchema,
  costTotalSchema,
  fundingSchema,
  type CostSplit,
  type CostItem,
  type CostTotal,
  type Funding,
  type FundingDeduction,
  type ProjectPeriod,
  fundingDeductions,
  fundingDeductionSchema,
  projectPeriodSchema,
} from './schema/cost-split.js';
export { termSchema, renewalSchema, type Term, type Renewal } from './schema/term.js';
export {
  withdrawalEffectiveAts,
  withdrawalSchema,
  type Withdrawal,
  type WithdrawalEffectiveAt,
} from './schema/withdrawal.js';
export { revisionSchema, type Revision } from './schema/revision.js';
export { escalationLadderSchema, type EscalationLadder } from './schema/escalation.js';
export { followUpSchema, type FollowUp } from './schema/follow-up.js';
export {
  consentBases,
  confidentialitySchema,
  type ConsentBasis,
  type Confidentiality,
} from './schema/confidentiality.js';
export {
  routineBindingSchema,
  parameterValueSchema,
  roleBindingSchema,
  bindingSourceSchema,
  parameterSourceSchema,
  type ParameterSource,
  type RoutineBinding,
  type ParameterValue,
  type RoleBinding,
  type BindingSource,
} from './schema/routine-binding.js';
export { signingSchema, type Signing } from './schema/signing.js';
export { noteSchema, type Note } from './schema/note.js';

// Templates and differences
export { resolveAgreement, type TemplateLookup } from './templates/resolve.js';
export { mergeOverlay } from './templates/merge.js';
export { templateChanges, takeTemplateChanges, type TemplateChange } from './templates/template-update.js';
export { templateFromAgreement, type TemplateFromAgreement } from './templates/template-from-agreement.js';
export {
  diffAgreements,
  groupChangesBySection,
  type AgreementChange,
  type SectionChanges,
} from './diff/diff-agreements.js';
export { sectionTitles, type DiffSection } from './diff/labels.js';
export { type ChangeKind } from './diff/structural.js';

// Words for people
export { describeCadence, describeCount, describeRecurrence } from './describe/cadence.js';
export { describeDuration } from './describe/duration.js';
export { formatKronor } from './describe/money.js';
export {
  agreementKindLabels,
  bodyKindLabels,
  commitmentKindLabels,
  consentBasisLabels,
  consultationKindLabels,
  describeAge,
  effectiveAtLabels,
  levelLabels,
  roleKindLabels,
  sourceKindLabels,
  violenceCategoryLabels,
  violenceFormLabels,
} from './describe/labels.js';

// The municipality register
export { loadMunicipalities, type Municipality } from './municipalities/load-municipalities.js';

// Calculators: the cost split, withdrawal and term dates, the calendar and its .ics feeds, a
// party's obligations, Swedish working days
export * from './calculators/index.js';
export * from './views/index.js';

// Coverage: clause by clause, how the version is encoded (issue 11)
export {
  clauseCoverageOf,
  coverageStatuses,
  type ClauseCoverage,
  type ClauseCoverageView,
  type ClauseEncoding,
  type CoverageStatus,
} from './encoding/clause-coverage.js';
export { encodingKinds, encodingKindLabels, type EncodingKind } from './encoding/encoding-kind.js';

// The agreement document
export { renderAgreementDocument } from './document/render-agreement-document.js';
export {
  buildDocumentView,
  agreementDocumentSectionTitles,
  signatureLines,
  type AgreementDocumentOptions,
} from './document/build-document-view.js';
export { type DocumentView } from './document/document-view.js';

// Notices: their kinds and variables, the product's Swedish templates, checking and rendering
// a template (issue 13)
export {
  noticeKinds,
  countyNoticeKinds,
  noticeKindInfo,
  isNoticeKind,
  type NoticeKind,
  type CountyNoticeKind,
  type NoticeKindInfo,
  type NoticeAudience,
  type VariableShape,
} from './notices/notice-kinds.js';
export { defaultNoticeTemplates, type NoticeTemplate } from './notices/default-notice-templates.js';
export { noticeSamples, type NoticeModel, type NoticeValue } from './notices/notice-samples.js';
export { checkNoticeTemplatePart, type TemplateProblem } from './notices/check-notice-template.js';
export { renderNotice, type RenderedNotice } from './notices/render-notice.js';
export { formatStockholmTime } from './notices/swedish-time.js';
export {
  dateNoticeKinds,
  reminderLeadOf,
  reminderLeadsOf,
  type DateNoticeKind,
  type ReminderLead,
} from './notices/reminder-leads.js';
export {
  reminderLeadChoiceSchema,
  reminderLeadsSchema,
  type ReminderLeadChoice,
  type ReminderLeads,
} from './schema/reminder-leads.js';
export {
  noticeTemplateOverrideSchema,
  noticeTemplatesSchema,
  type NoticeTemplateOverride,
  type NoticeTemplates,
} from './schema/notice-templates.js';
