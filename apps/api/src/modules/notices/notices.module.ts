import { Module } from '@nestjs/common';
import { InstanceStoreModule } from '../../engine/instance-store/instance-store.module.js';
import { NotificationsModule } from '../../engine/notifications/notifications.module.js';
import { RoutinesModule } from '../../engine/routines/routines.module.js';
import { TasksModule } from '../../engine/tasks/tasks.module.js';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';
import { DigestComposerService } from './digest-composer.service.js';
import { DIGEST_COMPOSER, NOTICE_COMPOSER } from './notice-composer.js';
import { NoticeComposerService } from './notice-composer.service.js';
import { NoticeContentService } from './notice-content.service.js';
import { NoticePreferenceEntity } from './notice-preference.entity.js';
import { NoticePreferencesController } from './notice-preferences.controller.js';
import { NoticePreferencesService } from './notice-preferences.service.js';
import { NoticeReadEntity } from './notice-read.entity.js';
import { NoticeRecipientsService } from './notice-recipients.service.js';
import { NoticeTemplatesController } from './notice-templates.controller.js';
import { NoticeTemplatesService } from './notice-templates.service.js';
import { PartyContactsController } from './party-contacts.controller.js';
import { PartyContactsService } from './party-contacts.service.js';
import { PartyContactEntity } from './party-contact.entity.js';

/**
 * Who hears a notice and what it says (docs/notifications.md): each party's contacts, each
 * user's channels, the notice templates and their preview, the in-app inbox, and the composer
 * the delivery worker asks for the messages a notification becomes (NOTICE_COMPOSER; bound for
 * every module by NoticeComposerModule in the composition root).
 */
@Module({
  imports: [AuditModule, AgreementsModule, InstanceStoreModule, TasksModule, RoutinesModule, NotificationsModule],
  controllers: [PartyContactsController, NoticePreferencesController, InboxController, NoticeTemplatesController],
  providers: [
    PartyContactsService,
    NoticePreferencesService,
    NoticeRecipientsService,
    NoticeContentService,
    NoticeTemplatesService,
    InboxService,
    NoticeComposerService,
    { provide: NOTICE_COMPOSER, useExisting: NoticeComposerService },
    DigestComposerService,
    { provide: DIGEST_COMPOSER, useExisting: DigestComposerService },
  ],
  exports: [NOTICE_COMPOSER, DIGEST_COMPOSER, NoticeComposerService, DigestComposerService, NoticeRecipientsService],
})
export class NoticesModule {
  static readonly entities = [PartyContactEntity, NoticePreferenceEntity, NoticeReadEntity];
}
