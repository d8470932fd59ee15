import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { InstanceStoreModule } from '../instance-store/instance-store.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RoutinesModule } from '../routines/routines.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { InstanceReader } from './instance-reader.service.js';
import { InstancesController } from './instances.controller.js';
import { InstancesService } from './instances.service.js';
import { RoutineMigrationService } from './routine-migration.service.js';
import { RoutineMigrationsController } from './routine-migrations.controller.js';
import { CaseStepWriter } from './step-writer.service.js';

export interface InstancesModuleOptions {
  /**
   * The modules that provide the engine's ports (engine/ports: AGREEMENT_SOURCE,
   * PAYLOAD_FILLERS). The composition root names them: the engine imports no feature module.
   */
  ports: NonNullable<ModuleMetadata['imports']>;
}

/**
 * Running cases: starts, users' events and timers' firings applied as steps (CaseStepWriter),
 * a case read whole, and migrations between routine versions.
 */
@Module({})
export class InstancesModule {
  static forRoot({ ports }: InstancesModuleOptions): DynamicModule {
    return {
      module: InstancesModule,
      imports: [...ports, InstanceStoreModule, TasksModule, NotificationsModule, DeadlinesModule, RoutinesModule],
      controllers: [InstancesController, RoutineMigrationsController],
      providers: [InstancesService, InstanceReader, CaseStepWriter, RoutineMigrationService],
      exports: [InstancesService],
    };
  }
}
