import { Injectable, Logger } from '@nestjs/common';
import { type RoutineDefinition, standardRoutines, validateRoutine } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { contentHash } from '../../modules/agreements/content-hash.js';
import { EngineError } from '../engine.error.js';

/**
 * Versioned routine definitions. A published version is never changed; a newer version of the
 * same key supersedes it for new instances, while running instances stay on theirs.
 */
@Injectable()
export class RoutineDefinitionsService {
  private readonly logger = new Logger('Routines');
  private readonly cache = new Map<string, RoutineDefinition>();

  constructor(private readonly dataSource: DataSource) {}

  /** Publishes the standard routines shipped with libs/workflows, once each. */
  async seedStandard(): Promise<void> {
    for (const definition of Object.values(standardRoutines)) await this.publish(definition);
  }

  async publish(input: unknown): Promise<RoutineDefinition> {
    const checked = validateRoutine(input);
    if (!checked.ok) {
      throw new EngineError('ROUTINE_DEFINITION_INVALID', 422, 'The routine definition is invalid', {
        problems: checked.problems,
      });
    }
    const definition = checked.value;
    const hash = contentHash(definition);
    await this.dataSource.transaction(async (db) => {
      const rows: { content_hash: string }[] = await db.query(
        `INSERT INTO routine_definition (key, version, status, definition, content_hash) VALUES ($1, $2, 'published', $3, $4)
         ON CONFLICT (key, version) DO UPDATE SET key = EXCLUDED.key RETURNING content_hash`,
        [definition.key, definition.version, JSON.stringify(definition), hash],
      );
      if (rows[0]?.content_hash !== hash) {
        this.logger.error(
          `Routine ${definition.key}@${definition.version} differs from the published one; give it a new version`,
        );
      }
      await db.query(
        `UPDATE routine_definition SET status = 'superseded' WHERE key = $1 AND version < $2 AND status = 'published'`,
        [definition.key, definition.version],
      );
    });
    return definition;
  }

  async list(): Promise<{ key: string; version: number; status: string; title: string; publishedAt: string }[]> {
    const rows: { key: string; version: number; status: string; definition: RoutineDefinition; published_at: Date }[] =
      await this.dataSource.query(
        'SELECT key, version, status, definition, published_at FROM routine_definition ORDER BY key, version',
      );
    return rows.map((row) => ({
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
    const rows: { definition: RoutineDefinition }[] = await this.dataSource.query(
      'SELECT definition FROM routine_definition WHERE key = $1 AND version = $2',
      [key, version],
    );
    const definition = rows[0]?.definition;
    if (!definition) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No routine ${id}`);
    this.cache.set(id, definition);
    return definition;
  }

  /** The version new instances start on: the latest published one of the key. */
  async latest(key: string): Promise<RoutineDefinition> {
    const rows: { version: number }[] = await this.dataSource.query(
      `SELECT version FROM routine_definition WHERE key = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`,
      [key],
    );
    const version = rows[0]?.version;
    if (version === undefined) throw new EngineError('ROUTINE_NOT_FOUND', 404, `No published routine ${key}`);
    return this.get(key, version);
  }
}
