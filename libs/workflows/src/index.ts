export { standardRoutineKeys, isStandardRoutine, type StandardRoutineKey } from './routine-ref.js';

// The definition format: routines as data
export {
  parameterTypes,
  TIMER,
  payloadFillers,
  type PayloadFiller,
  type RoutineDefinition,
  type RoleSpec,
  type AssignableActionSpec,
  type ParameterType,
  type ParameterSpec,
  type PayloadSpec,
  type PayloadRule,
  type EventSpec,
  type RoutineSource,
  type StateSpec,
  type TransitionSpec,
  type GuardRef,
  type ActionRef,
  type TaskSpec,
  type DurationRef,
  type DeadlineTime,
  type DeadlineSpec,
  type ReminderSpec,
  type EscalationSpec,
} from './definition/routine-definition.js';
export { routineDefinitionSchema, routineNameSchema, eventNameSchema } from './definition/routine-definition-schema.js';
export {
  payloadFields,
  payloadFieldNames,
  recordFieldNames,
  payloadSchema,
  assignedActionSchema,
  assignedActionKeySchema,
  MAX_ASSIGNED_ACTIONS,
  supportOffers,
  handOverTargets,
  consentFormUses,
  externalFunctions,
  type ConsentFormUse,
  type ExternalFunction,
  type AssignedAction,
  type SupportOffer,
  type HandOverTarget,
  type PayloadFieldKind,
  type PayloadFieldName,
  type RecordFieldName,
  type PayloadValues,
  type RecordValues,
} from './definition/payload-fields.js';

// The fixed registry of guards and actions
export {
  guardSpecs,
  actionSpecs,
  isGuardName,
  isActionName,
  withdrawalEffectiveAtValues,
  type GuardName,
  type ActionName,
  type RegistryEntrySpec,
  type RegistryParamKind,
} from './registry/registry-spec.js';
export {
  partiesPlaying,
  type ParameterSetting,
  type RoutineContext,
  type RoutineEvent,
  type RoutineInput,
} from './registry/routine-context.js';

// Validation, compilation, running
export { validateRoutine } from './validate/validate-routine.js';
export { formatRoutinePath } from './validate/problem.js';
export { type RoutineBindings } from './compile/routine-bindings.js';
export { compileRoutine, type CompiledRoutine } from './compile/compile-routine.js';
export { type RoutineMachine } from './compile/routine-setup.js';
export { activeStateIds, type RoutineSnapshot } from './compile/routine-snapshot.js';
export { validateEvent, validateInput } from './run/validate-event.js';
export { startRoutine, applyEvent, type RoutineStepResult } from './run/run-routine.js';
export { caseFactsOf, caseFactFields, sampleCaseFacts, type CaseFacts } from './cases/target-group-trial.js';
export {
  effectsOf,
  openTasks,
  type RoutineEffects,
  type RoutineStep,
  type ReturnedAction,
  type ClosedTask,
  type CancelledTimers,
} from './run/effects-of.js';
export { restoreSnapshot } from './run/restore-snapshot.js';

// Time: due instants of a state's entry
export { deadlinesOnEntry } from './time/deadlines-on-entry.js';
export { OCCURRED_AT_SKEW_MS, occurredAtOf, timerOccurredAt, type EventTimeCheck } from './time/event-time.js';
export { type EntryPlan, type TaskPlan, type TimerPlan, type TimerKind } from './time/plan-entry.js';

// Where every timer's values come from (issue 11: no invented dates)
export {
  timerSourcesOf,
  type AgreementTimersView,
  type RoutineTimersView,
  type TimerSourceView,
  type TimerValue,
  type ParameterSourceView,
  type RoutineLookup,
} from './sources/timer-sources.js';
export { roleSources, type RoleSourceView, type RolePlayerView } from './sources/role-sources.js';
export {
  describeSource,
  type ValueSource,
  type ValueSourceKind,
  type SeedSource,
  type SourcedParameterValue,
} from './sources/value-source.js';

// Paths through a routine
export {
  routinePaths,
  formatStateValue,
  type RoutinePath,
  type RoutinePaths,
  type RoutinePathOptions,
} from './paths/routine-paths.js';
export { sampleEvents, sampleInput } from './paths/sample-events.js';

// Privacy
export {
  assertNoPersonalData,
  findPersonalData,
  personalDataIn,
  type PersonalDataKind,
  MAX_PERSONAL_DATA_PROBLEMS,
} from './privacy/personal-data.js';
export {
  personalDataCorpus,
  ordinaryTexts,
  type PersonalDataSample,
  type OrdinarySample,
} from './privacy/personal-data.corpus.js';
export { textPlaces, sampleFields, withText, type TextPlace } from './privacy/text-places.js';

// Errors
export { RoutineError, type RoutineErrorCode } from './errors/routine-error.js';

// The standard routine templates
export { rvcReferral } from './templates/rvc-referral.js';
export { consultation } from './templates/consultation.js';
export { consultation2 } from './templates/consultation-2.js';
export { childConsultation } from './templates/child-consultation.js';
export { agreementLifecycle } from './templates/agreement-lifecycle.js';
export { standardRoutines, findStandardRoutine } from './templates/standard-routines.js';
export { checkMigration, leafStateIds, migrateStateValue, stateIds, stateValueOf } from './migrate/migrate-state.js';
