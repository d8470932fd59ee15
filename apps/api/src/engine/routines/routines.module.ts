import { Module } from '@nestjs/common';
import { RoutineDefinitionEntity } from './routine-definition.entity.js';
import { RoutineDefinitionRepository } from './routine-definition.repository.js';
import { RoutineDefinitionsService } from './routine-definitions.service.js';
import { RoutinesController } from './routines.controller.js';

/** Versioned routine definitions: published, listed, read; running cases are the instances'. */
@Module({
  controllers: [RoutinesController],
  providers: [RoutineDefinitionRepository, RoutineDefinitionsService],
  exports: [RoutineDefinitionsService],
})
export class RoutinesModule {
  static readonly entities = [RoutineDefinitionEntity];
}
