import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE … RETURNING and gives its rows. TypeORM's `query()` answers such
 * statements on PostgreSQL with `[rows, affectedCount]`, unlike SELECT and INSERT (rows only):
 * reading it as rows would make `length` 2 whether or not anything matched.
 */
export async function updateReturning<Row>(db: EntityManager, sql: string, parameters: unknown[]): Promise<Row[]> {
  const result: unknown = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}
