import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthController } from './modules/auth/auth.controller.js';
import { Authenticator } from './modules/auth/authenticator.service.js';
import { CALLER_RESOLVER } from './platform/auth/caller-resolver.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { RolesGuard } from './platform/auth/roles.guard.js';
import { SigningKeyEntity } from './modules/auth/signing-key.entity.js';
import { TokenService } from './modules/auth/token.service.js';
import { MeController } from './modules/identity/me.controller.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { StrategistGrantEntity } from './modules/identity/strategist-grant.entity.js';
import { TemplateEntity } from './modules/templates/template.entity.js';
import { TemplatesService } from './modules/templates/templates.service.js';
import { TemplatesController } from './modules/templates/templates.controller.js';
import { AgreementsService } from './modules/agreements/agreements.service.js';
import { AgreementsController } from './modules/agreements/agreements.controller.js';
import { AgreementViewsController } from './modules/agreements/agreement-views.controller.js';
import { AgreementViewsService } from './modules/agreements/agreement-views.service.js';
import { Clock } from './platform/clock.js';
import { PdfRenderer } from './platform/pdf/pdf-renderer.js';
import { DeadlineDispatcher } from './engine/deadlines/deadline-dispatcher.service.js';
import { DeadlineHandlers } from './engine/deadlines/deadline-handlers.service.js';
import { DeadlineReconciler } from './engine/deadlines/deadline-reconciler.service.js';
import { DeadlineRepository } from './engine/deadlines/deadline.repository.js';
import { RoutineDefinitionRepository } from './engine/routines/routine-definition.repository.js';
import { InstanceRepository } from './engine/instance-store/instance.repository.js';
import { TaskRepository } from './engine/tasks/task.repository.js';
import { TasksService } from './engine/tasks/tasks.service.js';
import { TasksController } from './engine/tasks/tasks.controller.js';
import { NotificationRepository } from './engine/notifications/notification.repository.js';
import { NotificationsService } from './engine/notifications/notifications.service.js';
import { NotificationsController } from './engine/notifications/notifications.controller.js';
import { RoutineMigrationsController } from './engine/instances/routine-migrations.controller.js';
import { DeadlineProcessor } from './engine/deadlines/deadline.processor.js';
import { DEADLINES_QUEUE } from './engine/deadlines/deadline-queue.js';
import { RoutineDefinitionsService } from './engine/routines/routine-definitions.service.js';
import { InstancesService } from './engine/instances/instances.service.js';
import { InstanceReader } from './engine/instances/instance-reader.service.js';
import { CaseStepWriter } from './engine/instances/step-writer.service.js';
import { ConsultationSlots } from './modules/agreements/consultation-slots.service.js';
import { AgreementSourceService } from './modules/agreements/agreement-source.service.js';
import { AGREEMENT_SOURCE } from './engine/ports/agreement-source.js';
import { PAYLOAD_FILLERS, type PayloadFillers } from './engine/ports/payload-fillers.js';
import { InstancesController } from './engine/instances/instances.controller.js';
import { RoutinesController } from './engine/routines/routines.controller.js';
import { RoutineMigrationService } from './engine/instances/routine-migration.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { MunicipalitiesController } from './modules/municipalities/municipalities.controller.js';
import { MunicipalitiesService } from './modules/municipalities/municipalities.service.js';
import { PartiesController } from './modules/parties/parties.controller.js';
import { PartiesService } from './modules/parties/parties.service.js';
import { PartyEntity } from './modules/identity/party.entity.js';
import { UsersService } from './modules/identity/users.service.js';
import { ErrorFilter } from './platform/errors/error.filter.js';
import { InputLimitsInterceptor } from './platform/http/input-limits.interceptor.js';
import { HealthController } from './platform/health/health.controller.js';
import { HealthService } from './platform/health/health.service.js';
import { HeartbeatProcessor } from './platform/health/heartbeat.processor.js';
import { bullOptions } from './platform/queues/queue-backend.js';
import { SYSTEM_QUEUE } from './platform/queues/queue-names.js';
import { RUNTIME, type Runtime } from './platform/runtime.js';

/**
 * The whole service, assembled for one process. Which processors run follows ROLE: an `api`
 * process enqueues but never works jobs; a `worker` process serves no HTTP.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime, dataSource: DataSource, extraProviders: Provider[] = []): DynamicModule {
    const runsWorkers = runtime.config.role !== 'api';
    const processors: Provider[] = runsWorkers ? [HeartbeatProcessor, DeadlineProcessor] : [];
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        TypeOrmModule.forFeature([UserEntity, PartyEntity, SigningKeyEntity, StrategistGrantEntity, TemplateEntity]),
        BullModule.forRoot(bullOptions(runtime.queue)),
        BullModule.registerQueue({ name: SYSTEM_QUEUE }, { name: DEADLINES_QUEUE }),
      ],
      controllers: [
        HealthController,
        AuthController,
        MeController,
        TemplatesController,
        AgreementsController,
        AgreementViewsController,
        InstancesController,
        RoutinesController,
        RoutineMigrationsController,
        TasksController,
        NotificationsController,
        MunicipalitiesController,
        PartiesController,
      ],
      providers: [
        { provide: RUNTIME, useValue: runtime },
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_INTERCEPTOR, useClass: InputLimitsInterceptor },
        HealthService,
        TokenService,
        UsersService,
        Authenticator,
        { provide: CALLER_RESOLVER, useExisting: Authenticator },
        LoginThrottle,
        AuditService,
        TemplatesService,
        AgreementsService,
        AgreementViewsService,
        Clock,
        PdfRenderer,
        DeadlineRepository,
        RoutineDefinitionRepository,
        InstanceRepository,
        TaskRepository,
        TasksService,
        NotificationRepository,
        NotificationsService,
        DeadlineDispatcher,
        DeadlineReconciler,
        DeadlineHandlers,
        RoutineDefinitionsService,
        RoutineMigrationService,
        InstancesService,
        InstanceReader,
        CaseStepWriter,
        ConsultationSlots,
        AgreementSourceService,
        { provide: AGREEMENT_SOURCE, useExisting: AgreementSourceService },
        {
          provide: PAYLOAD_FILLERS,
          useFactory: (slots: ConsultationSlots): PayloadFillers => ({
            nextConsultationSlot: (request) => slots.next(request),
          }),
          inject: [ConsultationSlots],
        },
        MunicipalitiesService,
        PartiesService,
        ...processors,
        ...extraProviders,
      ],
    };
  }
}
