import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PartiesModule } from '../parties/parties.module.js';
import { WebhookEntity } from './webhook.entity.js';
import { WebhookRepository } from './webhook.repository.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhooks per party: their URL and sealed secrets, managed through the API; the delivery worker reads targets. */
@Module({
  imports: [AuditModule, PartiesModule],
  controllers: [WebhooksController],
  providers: [WebhookRepository, WebhooksService],
  exports: [WebhooksService],
})
export class WebhooksModule {
  static readonly entities = [WebhookEntity];
}
