import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DeadlineWorkerModule } from './engine/deadlines/deadline-worker.module.js';
import { DeadlinesModule } from './engine/deadlines/deadlines.module.js';
import { InstanceStoreModule } from './engine/instance-store/instance-store.module.js';
import { InstancesModule } from './engine/instances/instances.module.js';
import { NotificationsModule } from './engine/notifications/notifications.module.js';
import { RoutinesModule } from './engine/routines/routines.module.js';
import { TasksModule } from './engine/tasks/tasks.module.js';
import { Identity1732000000000 } from './migrations/1732000000000-identity.js';
import { Agreements1732000000001 } from './migrations/1732000000001-agreements.js';
import { Deadlines1732000000002 } from './migrations/1732000000002-deadlines.js';
import { Engine1732000000003 } from './migrations/1732000000003-engine.js';
import { Hardening1732000000004 } from './migrations/1732000000004-hardening.js';
import { EventTime1732000000005 } from './migrations/1732000000005-event-time.js';
import { DefaultConfirmations1732000000006 } from './migrations/1732000000006-default-confirmations.js';
import { CalendarFeeds1732000000009 } from './migrations/1732000000009-calendar-feeds.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DeliveryWorkerModule } from './modules/delivery/delivery-worker.module.js';
import { DeliveryModule } from './modules/delivery/delivery.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { Delivery1732000000007 } from './migrations/1732000000007-delivery.js';
import { Lifecycle1732000000011 } from './migrations/1732000000011-lifecycle.js';
import { WithdrawalNotice1732000000012 } from './migrations/1732000000012-withdrawal-notice.js';
import { Notices1732000000008 } from './migrations/1732000000008-notices.js';
import { TaskAssignedDigest1732000000010 } from './migrations/1732000000010-task-assigned-digest.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module.js';
import { NoticeComposerModule } from './modules/notices/notice-composer.module.js';
import { LifecycleModule } from './modules/lifecycle/lifecycle.module.js';
import { NoticesModule } from './modules/notices/notices.module.js';
import { PartiesModule } from './modules/parties/parties.module.js';
import { TemplatesModule } from './modules/templates/templates.module.js';
import { RolesModule } from './platform/auth/roles.module.js';
import { ClockModule } from './platform/clock/clock.module.js';
import type { Clock } from './platform/clock/clock.service.js';
import { ConfigModule } from './platform/config/config.module.js';
import type { Runtime } from './platform/config/runtime.js';
import { DatabaseModule } from './platform/database/database.module.js';
import type { Schema } from './platform/database/data-source.js';
import { ErrorsModule } from './platform/errors/errors.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { HttpModule } from './platform/http/http.module.js';
import { QueuesModule } from './platform/queues/queues.module.js';

/**
 * Every table's entity, by the module that owns it, and the migrations that made them: the
 * database layer (platform/database) takes both lists from here.
 */
export const schema: Schema = {
  entities: [
    ...HealthModule.entities,
    ...IdentityModule.entities,
    ...PartiesModule.entities,
    ...AuthModule.entities,
    ...AuditModule.entities,
    ...TemplatesModule.entities,
    ...AgreementsModule.entities,
    ...DeadlinesModule.entities,
    ...RoutinesModule.entities,
    ...InstanceStoreModule.entities,
    ...TasksModule.entities,
    ...NotificationsModule.entities,
    ...NoticesModule.entities,
    ...LifecycleModule.entities,
    ...WebhooksModule.entities,
    ...DeliveryModule.entities,
  ],
  migrations: [
    Identity1732000000000,
    Agreements1732000000001,
    Deadlines1732000000002,
    Engine1732000000003,
    Hardening1732000000004,
    EventTime1732000000005,
    DefaultConfirmations1732000000006,
    Delivery1732000000007,
    Notices1732000000008,
    CalendarFeeds1732000000009,
    TaskAssignedDigest1732000000010,
    Lifecycle1732000000011,
    WithdrawalNotice1732000000012,
  ],
};

/** What a test may put into the composition root (bootstrap's StartOptions). */
export interface AppOptions {
  /** Providers added to the root module, e.g. a deadline handler of a test's own kind. */
  providers?: Provider[];
  /** The business clock of every module, in place of the real one (a test's TestClock). */
  clock?: Clock;
  /** A module providing NOTICE_COMPOSER globally in place of the notices module's (a test's own). */
  noticeComposer?: DynamicModule;
  /** Modules added to the root (a test's own; a test's composer goes in `noticeComposer`). */
  imports?: DynamicModule[];
}

/**
 * The composition root: the whole service, assembled for one process from its modules, the
 * only place that knows them all (docs/adr/0007). Imports run one way, modules → engine →
 * platform; the engine's ports are provided by the feature modules named here. Which
 * processors run follows ROLE: an `api` process enqueues but never works jobs; a `worker`
 * process serves no HTTP.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime, dataSource: DataSource, options: AppOptions = {}): DynamicModule {
    const worker = runtime.config.role !== 'api';
    // One engine module, shared by the feature modules that drive it (the lifecycle).
    const engine = InstancesModule.forRoot({ ports: [AgreementsModule] });
    return {
      module: AppModule,
      imports: [
        // platform
        ConfigModule.forRoot(runtime),
        ClockModule.forRoot(options.clock),
        DatabaseModule.forRoot(dataSource),
        QueuesModule.forRoot(runtime.queue),
        ErrorsModule,
        HttpModule,
        RolesModule,
        HealthModule.forRoot({ worker }),
        // features and the engine (in this order, the routes and the OpenAPI document's paths)
        AuthModule,
        IdentityModule,
        TemplatesModule,
        AgreementsModule,
        engine,
        RoutinesModule,
        TasksModule,
        NotificationsModule,
        MunicipalitiesModule,
        PartiesModule,
        NoticesModule,
        LifecycleModule.forRoot(engine),
        options.noticeComposer ?? NoticeComposerModule.forRoot(),
        DeadlinesModule,
        WebhooksModule,
        DeliveryModule,
        ...(worker ? [DeadlineWorkerModule, DeliveryWorkerModule] : []),
        ...(options.imports ?? []),
      ],
      // Added by a test, e.g. a deadline handler of its own kind.
      providers: options.providers ?? [],
    };
  }
}
