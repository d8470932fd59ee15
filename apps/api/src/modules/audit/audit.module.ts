import { Module } from '@nestjs/common';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';

/** The record of who changed what, written in the transaction of the change. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {
  static readonly entities = [AuditEventEntity];
}
