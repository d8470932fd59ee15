import { Injectable } from '@nestjs/common';
import { type AgreementVersion, parseTemplateRef } from '@samverkan/agreements';
import { type AgreementTimersView, type RoutineDefinition, timerSourcesOf } from '@samverkan/workflows';
import { EngineError } from '../../engine/engine.error.js';
import { RoutineDefinitionsService } from '../../engine/routines/routine-definitions.service.js';

/**
 * The timers of a version's routines, computed with the routine versions new cases start on:
 * the timers view shows it, and publishing reads from it which defaults must be confirmed.
 */
@Injectable()
export class RoutineTimersService {
  constructor(private readonly routines: RoutineDefinitionsService) {}

  async timersOf(content: AgreementVersion): Promise<AgreementTimersView> {
    const definitions = new Map<string, RoutineDefinition>();
    for (const binding of content.routines ?? []) {
      const definition = await this.latestRoutine(parseTemplateRef(binding.template)?.key ?? binding.template);
      if (definition) definitions.set(binding.template, definition);
    }
    return timerSourcesOf(content, (template) => definitions.get(template));
  }

  /** The version a new case starts on; none when the key was never published (the view says so). */
  private async latestRoutine(key: string): Promise<RoutineDefinition | undefined> {
    try {
      return await this.routines.latest(key);
    } catch (error) {
      if (error instanceof EngineError && error.code === 'ROUTINE_NOT_FOUND') return undefined;
      throw error;
    }
  }
}
