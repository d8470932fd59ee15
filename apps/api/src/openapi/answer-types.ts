// Every answer the API gives, under the name its OpenAPI schema carries. `npm run openapi:update`
// turns these types into JSON Schema (ts-json-schema-generator, testing/answer-schemas.ts), so
// the published document describes what the code returns, not a second hand-written copy.
// A controller names its answer with @Answers('<name>') (platform/openapi/answers.decorator.ts); the answer-schemas
// spec fails when the generated schemas are stale or a name here is not its type's own name.
// Types inferred from a zod schema (the agreement, the template, the routine definition) are
// published from their schema instead (openapi-document.ts).
import type {
  CalendarView,
  ClauseCoverageView,
  CostSplitView,
  Municipality,
  PartyObligations,
  TermStatus,
  WithdrawalView,
} from '@samverkan/agreements';
import type { AgreementTimersView } from '@samverkan/workflows';
import type { InstanceView, StepView } from '../engine/instances/instance-views.js';
import type { MigrationReport } from '../engine/instances/routine-migration.service.js';
import type { NotificationView } from '../engine/notifications/notification-view.js';
import type { RoutineSummary } from '../engine/routines/routine-definitions.service.js';
import type { TaskView } from '../engine/tasks/task-view.js';
import type {
  AgreementSummary,
  AgreementView,
  ValidationReport,
  VersionView,
} from '../modules/agreements/agreement-views.js';
import type { DiffView } from '../modules/agreements/agreement-views.service.js';
import type { MeetingsToScheduleView } from '../modules/agreements/meeting-dates.service.js';
import type { ConfirmedTimersView } from '../modules/agreements/default-confirmations.js';
import type { CalendarFeedView, CreatedCalendarFeed } from '../modules/agreements/calendar-feeds.service.js';
import type { PublishedTemplate } from '../modules/agreements/template-publishing.service.js';
import type { TemplateUpdateView } from '../modules/agreements/template-update.service.js';
import type { AuthConfig } from '../modules/auth/token.service.js';
import type {
  ContactView,
  InboxItem,
  InboxPage,
  InboxReadAll,
  NoticeKindView,
  NoticePreferencesView,
  NoticePreview,
  PartyContactsView,
} from '../modules/notices/notice-views.js';
import type { PartyView } from '../modules/parties/parties.service.js';
import type { AgreementRemindersView, SignatureRoundView } from '../modules/lifecycle/lifecycle-views.js';
import type { RecordedWithdrawalView, WithdrawalNoticesView } from '../modules/lifecycle/withdrawal-views.js';
import type {
  DeliverySummary,
  DeliveryView,
  JobAction,
  JobView,
  OverdueTaskView,
  QueueOverview,
} from '../modules/delivery/delivery-admin.service.js';
import type { WebhookSecretView, WebhookView } from '../modules/webhooks/webhooks.service.js';
import type { TemplateSummary } from '../modules/templates/templates.service.js';
import type { AuthUser } from '../platform/auth/auth-user.js';
import type { ErrorBody } from '../platform/errors/error.filter.js';
import type { HealthReport } from '../platform/health/health.service.js';

/** The term view: the term as of a date, or that the agreement states none. */
export type TermAnswer = TermStatus | { status: 'notSpecified' };

/** The public keys of locally issued tokens (RFC 7517); empty with an external issuer. */
export interface JsonWebKeySet {
  keys: { kty: string; kid?: string; alg?: string; use?: string; crv?: string; x?: string; y?: string }[];
}

/** Each answer type by its own name (the generator's only root; it is not published itself). */
export interface Answers {
  AgreementRemindersView: AgreementRemindersView;
  AgreementSummary: AgreementSummary;
  AgreementTimersView: AgreementTimersView;
  AgreementView: AgreementView;
  AuthConfig: AuthConfig;
  AuthUser: AuthUser;
  CalendarFeedView: CalendarFeedView;
  CalendarView: CalendarView;
  ClauseCoverageView: ClauseCoverageView;
  ContactView: ContactView;
  ConfirmedTimersView: ConfirmedTimersView;
  CostSplitView: CostSplitView;
  CreatedCalendarFeed: CreatedCalendarFeed;
  DeliverySummary: DeliverySummary;
  DeliveryView: DeliveryView;
  DiffView: DiffView;
  ErrorBody: ErrorBody;
  HealthReport: HealthReport;
  InboxItem: InboxItem;
  InboxPage: InboxPage;
  InboxReadAll: InboxReadAll;
  InstanceView: InstanceView;
  JobAction: JobAction;
  JobView: JobView;
  JsonWebKeySet: JsonWebKeySet;
  MeetingsToScheduleView: MeetingsToScheduleView;
  MigrationReport: MigrationReport;
  Municipality: Municipality;
  NoticeKindView: NoticeKindView;
  NoticePreferencesView: NoticePreferencesView;
  NoticePreview: NoticePreview;
  NotificationView: NotificationView;
  PartyContactsView: PartyContactsView;
  OverdueTaskView: OverdueTaskView;
  PartyObligations: PartyObligations;
  PartyView: PartyView;
  PublishedTemplate: PublishedTemplate;
  QueueOverview: QueueOverview;
  RecordedWithdrawalView: RecordedWithdrawalView;
  RoutineSummary: RoutineSummary;
  SignatureRoundView: SignatureRoundView;
  StepView: StepView;
  TaskView: TaskView;
  TemplateSummary: TemplateSummary;
  TemplateUpdateView: TemplateUpdateView;
  TermAnswer: TermAnswer;
  ValidationReport: ValidationReport;
  VersionView: VersionView;
  WebhookSecretView: WebhookSecretView;
  WebhookView: WebhookView;
  WithdrawalNoticesView: WithdrawalNoticesView;
  WithdrawalView: WithdrawalView;
}
