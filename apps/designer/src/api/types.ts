/**
 * The API's answers as the designer reads them: every one is generated from the OpenAPI document
 * (schema.d.ts, from docs/api/openapi.json by `npm run designer:api-types`), never written by hand,
 * so a change of an answer in the API shows here as a type error. The calendar, the cost split and
 * the templates' content are the libs' own types (`@samverkan/agreements`), which the document's
 * schemas are generated from.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
/** Every role, in the order the profile lists them; `satisfies` keeps it to the document's. */
export const ROLES = ['admin', 'strategist', 'coordinator', 'member'] as const satisfies readonly Role[];

export type TokenResponse = Schemas['TokenResponseDto'];
/** GET /api/me. */
export type Me = Schemas['AuthUser'];
/** The body of every refusal: a stable `code`, a message, details such as the problems' paths. */
export type ApiErrorBody = Schemas['ErrorBody'];

export type VersionStatus = Schemas['VersionStatus'];
export type VersionSummary = Schemas['VersionSummary'];
/** GET /api/agreements/{agreement}/versions/{version}; `content` is an AgreementVersion or its overrides. */
export type VersionView = Schemas['VersionView'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementView = Schemas['AgreementView'];

export type Municipality = Schemas['Municipality'];
export type TemplateSummary = Schemas['TemplateSummary'];
/** An item of GET /api/routines: a routine definition the county can bind. */
export type RoutineSummary = Schemas['RoutineSummary'];
export type RoutineDefinition = Schemas['RoutineDefinition'];
/** Who confirmed a default, and when. */
export type DefaultConfirmation = Schemas['DefaultConfirmation'];
/** A routine parameter with its source and, for a default, its confirmation. */
export type TimersParameter = Schemas['ConfirmedParameterView'];
/** GET …/timers: each routine's parameters and what is still to confirm. */
export type TimersView = Schemas['ConfirmedTimersView'];

/** GET /api/inbox: a page of the user's notices, newest first, with `total` and `unread`. */
export type InboxPage = Schemas['InboxPage'];
export type InboxItem = Schemas['InboxItem'];
export type InboxReadAll = Schemas['InboxReadAll'];
/** GET/PUT /api/me/preferences: how the user hears their party's notices. */
export type NoticePreferences = Schemas['NoticePreferencesView'];
export type EmailPreference = NoticePreferences['email'];

/** GET …/versions/{n}/signatures: each party that signs, its signature or null, and the version's lifecycle. */
export type SignatureRound = Schemas['SignatureRoundView'];
export type Signature = Schemas['SignatureView'];
/** GET …/versions/{n}/reminders: each date reminder's lead time with its source, and the reminders armed. */
export type AgreementReminders = Schemas['AgreementRemindersView'];
export type ReminderLead = Schemas['ReminderLead'];
export type UpcomingReminder = Schemas['UpcomingReminderView'];
/** GET /api/agreements/{key}/withdrawals: the notices of withdrawal given, in the order given. */
export type WithdrawalNotices = Schemas['WithdrawalNoticesView'];
export type WithdrawalNotice = Schemas['WithdrawalNoticeView'];
