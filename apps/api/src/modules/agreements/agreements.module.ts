import { Module } from '@nestjs/common';
import { AGREEMENT_SOURCE } from '../../engine/ports/agreement-source.js';
import { PAYLOAD_FILLERS, type PayloadFillers } from '../../engine/ports/payload-fillers.js';
import { RoutinesModule } from '../../engine/routines/routines.module.js';
import { PdfModule } from '../../platform/pdf/pdf.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TemplatesModule } from '../templates/templates.module.js';
import { AgreementSourceService } from './agreement-source.service.js';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import { AgreementViewsController } from './agreement-views.controller.js';
import { AgreementViewsService } from './agreement-views.service.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { FeedThrottle } from './feed-throttle.service.js';
import { ConsultationSlots } from './consultation-slots.service.js';
import { DefaultConfirmationsController } from './default-confirmations.controller.js';
import { MeetingDateEntity } from './meeting-date.entity.js';
import { MeetingDatesController } from './meeting-dates.controller.js';
import { MeetingDatesService } from './meeting-dates.service.js';
import { RoutineTimersService } from './routine-timers.service.js';
import { TemplatePublishingService } from './template-publishing.service.js';
import { TemplateUpdateController } from './template-update.controller.js';
import { TemplateUpdateService } from './template-update.service.js';

/**
 * A county's agreements, the life cycle of their versions and the views computed from them. It
 * provides the engine's ports that agreements answer: AGREEMENT_SOURCE and the payload fillers.
 */
@Module({
  imports: [TemplatesModule, AuditModule, PdfModule, RoutinesModule],
  controllers: [
    AgreementsController,
    AgreementViewsController,
    DefaultConfirmationsController,
    TemplateUpdateController,
    CalendarFeedsController,
    MeetingDatesController,
  ],
  providers: [
    AgreementsService,
    AgreementViewsService,
    RoutineTimersService,
    TemplateUpdateService,
    TemplatePublishingService,
    CalendarFeedsService,
    FeedThrottle,
    AgreementSourceService,
    ConsultationSlots,
    MeetingDatesService,
    { provide: AGREEMENT_SOURCE, useExisting: AgreementSourceService },
    {
      provide: PAYLOAD_FILLERS,
      useFactory: (slots: ConsultationSlots): PayloadFillers => ({
        nextConsultationSlot: (request) => slots.next(request),
      }),
      inject: [ConsultationSlots],
    },
  ],
  exports: [AGREEMENT_SOURCE, PAYLOAD_FILLERS, FeedThrottle, AgreementsService, MeetingDatesService],
})
export class AgreementsModule {
  static readonly entities = [AgreementEntity, AgreementVersionEntity, CalendarFeedEntity, MeetingDateEntity];
}
