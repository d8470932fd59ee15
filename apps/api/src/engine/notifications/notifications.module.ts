import { Module } from '@nestjs/common';
import { InstanceStoreModule } from '../instance-store/instance-store.module.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** Reminders and escalations of cases: their table and the list an organisation reads. */
@Module({
  imports: [InstanceStoreModule],
  controllers: [NotificationsController],
  providers: [NotificationRepository, NotificationsService],
  exports: [NotificationRepository],
})
export class NotificationsModule {
  static readonly entities = [NotificationEntity];
}
