import { Injectable } from '@nestjs/common';
import type { RoutineDefinition } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';

export interface RoutineVersionRow {
  key: string;
  version: number;
  status: string;
  definition: RoutineDefinition;
  published_at: Date;
}

/** The one reader and writer of the `routine_definition` table. */
@Injectable()
export class RoutineDefinitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores `key@version` as published unless that version exists; returns whether it stored it. */
  async insertPublished(
    db: EntityManager,
    definition: RoutineDefinition,
    contentHash: string,
    publishedAt: Date,
  ): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO routine_definition (key, version, status, definition, content_hash, published_at) VALUES ($1, $2, 'published', $3, $4, $5)
       ON CONFLICT (key, version) DO NOTHING RETURNING key`,
      [definition.key, definition.version, JSON.stringify(definition), contentHash, publishedAt],
    );
    return inserted.length > 0;
  }

  async contentHashOf(db: EntityManager, key: string, version: number): Promise<string | undefined> {
    const rows: { content_hash: string }[] = await db.query(
      'SELECT content_hash FROM routine_definition WHERE key = $1 AND version = $2',
      [key, version],
    );
    return rows[0]?.content_hash;
  }

  /** The published versions of the key older than `version` are superseded by it. */
  async supersedeOlder(db: EntityManager, key: string, version: number): Promise<void> {
    await db.query(
      `UPDATE routine_definition SET status = 'superseded' WHERE key = $1 AND version < $2 AND status = 'published'`,
      [key, version],
    );
  }

  list(): Promise<RoutineVersionRow[]> {
    return this.dataSource.query(
      'SELECT key, version, status, definition, published_at FROM routine_definition ORDER BY key, version',
    );
  }

  async definition(key: string, version: number): Promise<RoutineDefinition | undefined> {
    const rows: { definition: RoutineDefinition }[] = await this.dataSource.query(
      'SELECT definition FROM routine_definition WHERE key = $1 AND version = $2',
      [key, version],
    );
    return rows[0]?.definition;
  }

  async latestPublishedVersion(key: string): Promise<number | undefined> {
    const rows: { version: number }[] = await this.dataSource.query(
      `SELECT version FROM routine_definition WHERE key = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`,
      [key],
    );
    return rows[0]?.version;
  }
}
