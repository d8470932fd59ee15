import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { PartiesController } from './parties.controller.js';
import { PartiesService } from './parties.service.js';
import { PartyCountyEntity } from './party-county.entity.js';
import { PartyEntity } from './party.entity.js';

/** The organisations of Samverkan and the counties each takes part in. */
@Module({
  imports: [AuditModule, MunicipalitiesModule],
  controllers: [PartiesController],
  providers: [PartiesService],
  exports: [PartiesService],
})
export class PartiesModule {
  static readonly entities = [PartyEntity, PartyCountyEntity];
}
