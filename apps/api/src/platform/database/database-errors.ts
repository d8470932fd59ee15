import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE of a failed query, if the error is one. */
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const code: unknown = Reflect.get(error.driverError as object, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** Two writers raced for the same unique key (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}
