import { Injectable, Logger } from '@nestjs/common';
import type { RoutineBinding } from '@samverkan/agreements';
import { type CompiledRoutine, type RoutineDefinition, standardRoutines, validateRoutine } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock/clock.service.js';
import { contentHash } from '../../platform/hash/content-hash.js';
import { EngineError } from '../engine.error.js';
import { CompiledRoutines } from './compiled-routines.js';
import { RoutineDefinitionRepository } from './routine-definition.repository.js';

/**
 * Versioned routine definitions. A published version is never changed; a newer version of the
 * same key supersedes it for new instances, while running instances stay on theirs.
 */
/** One published routine version in the list of routines. */
export interface RoutineSummary {
  key: string;
  version: number;
  status: string;
  title: string;
  publishedAt: string;
}

@Injectable()
export class RoutineDefinitionsService {
  private readonly logger = new Logger('Routines');
  private readonly cache = new Map<string, RoutineDefinition>();
  private readonly compiledRoutines = new CompiledRoutines();

  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: RoutineDefinitionRepository,
    private readonly clock: Clock,
  ) {}

  /** The definition compiled with a binding, from the cache of compiled routines. */
  compiled(definition: RoutineDefinition, binding: RoutineBinding): CompiledRoutine {
    return this.compiledRoutines.get(definition, binding);
  }

  /**
   * Publishes the standard routines shipped with libs/workflows, once each. A shipped routine
   * changed without a new version is logged and left as published: start-up goes on.
   */
  async seedStandard(): Promise<void> {
    for (const definition of Object.values(standardRoutines)) {
      try {
        await this.publish(definition);
      } catch (error) {
        if (!(error instanceof EngineError) || error.code !== 'ROUTINE_VERSION_EXISTS') throw error;
        this.logger.error(`${error.message}; the published one stays in force`);
      }
    }
  }

  /**
   * Publishes a validated definition as `key@version`. A published version never changes: the
   * same content again is a no-op (`created: false`), other content under the same version is
   * refused with `ROUTINE_VERSION_EXISTS` (409), also when two publishers race for it.
   */
  async publish(input: unknown): Promise<{ definition: RoutineDefinition; created: boolean }> {
    const checked = validateRoutine(input);
    if (!checked.ok) {
      throw new EngineError('ROUTINE_DEFINITION_INVALID', 422, 'The routine definition is invalid', {
        problems: checked.problems,
      });
    }
    const definition = checked.value;
    const hash = contentHash(definition);
    const created = await this.dataSource.transaction(async (db) => {
      if (!(await this.rows.insertPublished(db, definition, hash, this.clock.now()))) {
        if ((await this.rows.contentHashOf(db, definition.key, definition.version)) === hash) return false;
        throw new EngineError(
          'ROUTINE_VERSION_EXISTS',
          409,
          `Routine ${definition.key}@${definition.version} is already published with other content; publish the change as a new version`,
          { key: definition.key, version: definition.version },
        );
      }
      await this.rows.supersedeOlder(db, definition.key, definition.version);
      return true;
    });
    return { definition, created };
  }

  async list(): Promise<RoutineSummary[]> {
    return (await this.rows.list()).map((row) => ({
      key: row.key,
      version: row.version,
      status: row.status,
      title: row.definition.title,
      publishedAt: new Date(row.published_at).toISOString(),
    }));
  }

  /** A given version: running instances are pinned to theirs. */
  async get(key: string, version: number): Promise<RoutineDefinition> {
    const id = `${key}@${version}`;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const definition = await this.rows.definition(key, version);
    if (!definition) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No routine ${id}`);
    this.cache.set(id, definition);
    return definition;
  }

  /** The version new instances start on: the latest published one of the key. */
  async latest(key: string): Promise<RoutineDefinition> {
    const version = await this.rows.latestPublishedVersion(key);
    if (version === undefined) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No published routine ${key}`);
    return this.get(key, version);
  }
}
