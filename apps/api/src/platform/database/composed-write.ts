import type { EntityManager } from 'typeorm';

/** A value the statement reads back, by the fragment that wrote it. */
export interface Output<T> {
  readonly column: string;
  read(row: Record<string, unknown>): T;
}

/**
 * One SQL statement composed of common table expressions that several owners contribute (one
 * table each): each adds its fragment under a name, with its parameters, and says what it reads
 * back; `run` sends the whole as one statement, one round trip, committed at once when `db` is
 * no transaction (PostgreSQL runs a statement atomically: all of it is written, or nothing).
 *
 * PostgreSQL runs the data-modifying fragments of one statement on one snapshot: none sees
 * another's changes to its table, and a row may be changed by one of them only. The only way one
 * fragment depends on another is by reading its RETURNING (a guard: the instance row moved) or
 * by being made to run after it (`after`), which the fragments say where it matters.
 */
export class ComposedWrite {
  private readonly fragments: string[] = [];
  private readonly outputs: string[] = [];
  private readonly parameters: unknown[] = [];

  /** The placeholder of a parameter (`$3`, or `$3::jsonb` with a cast). */
  param(value: unknown, cast?: string): string {
    this.parameters.push(value);
    return `$${this.parameters.length}${cast ? `::${cast}` : ''}`;
  }

  /** Adds `name AS (sql)`; returns the name, for other fragments to read from. */
  with(name: string, sql: string): string {
    if (this.fragments.some((fragment) => fragment.startsWith(`${name} AS (`))) {
      throw new Error(`a composed write has one fragment ${name}`);
    }
    this.fragments.push(`${name} AS (${sql})`);
    return name;
  }

  /** A value to read back: a scalar SQL expression (over the fragments) and how to read it. */
  output<T>(expression: string, parse: (value: unknown) => T): Output<T> {
    const column = `o${this.outputs.length}`;
    this.outputs.push(`${expression} AS ${column}`);
    return { column, read: (row) => parse(row[column]) };
  }

  /** The statement's text and parameters (what `run` sends). */
  statement(): { sql: string; parameters: unknown[] } {
    const select = `SELECT ${this.outputs.length ? this.outputs.join(', ') : 'NULL AS nothing'}`;
    const sql = this.fragments.length ? `WITH ${this.fragments.join(',\n')}\n${select}` : select;
    return { sql, parameters: [...this.parameters] };
  }

  /** Sends the statement, in `db`'s transaction if it is one, else committed on its own. */
  async run(db: EntityManager): Promise<Record<string, unknown>> {
    const { sql, parameters } = this.statement();
    const rows: Record<string, unknown>[] = await db.query(sql, parameters);
    const row = rows[0];
    if (!row) throw new Error('a composed write answered no row');
    return row;
  }
}

/** Rows a fragment read back as `json_agg`, or none. */
export function jsonRows<Row>(value: unknown): Row[] {
  if (value === null || value === undefined) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as Row[];
}
