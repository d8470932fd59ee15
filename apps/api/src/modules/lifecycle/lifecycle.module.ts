import { type DynamicModule, Module } from '@nestjs/common';
import { DeadlinesModule } from '../../engine/deadlines/deadlines.module.js';
import { InstanceStoreModule } from '../../engine/instance-store/instance-store.module.js';
import { NotificationsModule } from '../../engine/notifications/notifications.module.js';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AgreementSignatureEntity } from './agreement-signature.entity.js';
import { LifecycleController } from './lifecycle.controller.js';
import { LifecycleService } from './lifecycle.service.js';
import { SignaturesService } from './signatures.service.js';
import { WithdrawalNoticeEntity } from './withdrawal-notice.entity.js';
import { WithdrawalsController } from './withdrawals.controller.js';
import { WithdrawalsService } from './withdrawals.service.js';

/**
 * The agreement's own dates (issue 13): the signature round of a published version, and the
 * reminders of the last day to give notice, renewals and dated annual reports, and the parties'
 * notices of withdrawal (uppsägning), told to the other parties. It drives the
 * engine (a lifecycle instance, deadlines, the outbox): `engine` is the composition root's
 * InstancesModule, the one instance of it.
 */
@Module({})
export class LifecycleModule {
  static readonly entities = [AgreementSignatureEntity, WithdrawalNoticeEntity];

  static forRoot(engine: DynamicModule): DynamicModule {
    return {
      module: LifecycleModule,
      imports: [AgreementsModule, AuditModule, DeadlinesModule, NotificationsModule, InstanceStoreModule, engine],
      controllers: [LifecycleController, WithdrawalsController],
      providers: [LifecycleService, SignaturesService, WithdrawalsService],
    };
  }
}
