import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * What the database holds: every module's entities and the migrations that made their tables.
 * The composition root (app.module.ts) owns both lists; the platform knows no module's table.
 */
export interface Schema {
  entities: NonNullable<DataSourceOptions['entities']>;
  /** Listed, not globbed: ESM has no synchronous require for TypeORM's file loader, and a list makes the order explicit. */
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

export function createDataSource(url: string, { entities, migrations }: Schema): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}

const migrationLock = 7_275_309_411; // any constant; shared by every process of this product

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so API and worker processes that
 * start together never migrate twice.
 */
export async function migrate(dataSource: DataSource, url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined);
    await lock.end();
  }
}
