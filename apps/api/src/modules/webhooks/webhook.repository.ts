import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';

export interface WebhookRow {
  party_key: string;
  url: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_valid_until: Date | null;
  updated_at: Date;
}

/** The one reader and writer of the `webhook` table. */
@Injectable()
export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(partyKey: string, db: EntityManager = this.dataSource.manager): Promise<WebhookRow | undefined> {
    const rows: WebhookRow[] = await db.query(`SELECT * FROM webhook WHERE party_key = $1`, [partyKey]);
    return rows[0];
  }

  /** The parties of the list that have a webhook. */
  async configured(partyKeys: readonly string[]): Promise<Set<string>> {
    if (partyKeys.length === 0) return new Set();
    const rows: { party_key: string }[] = await this.dataSource.query(
      `SELECT party_key FROM webhook WHERE party_key = ANY($1::text[])`,
      [partyKeys],
    );
    return new Set(rows.map((row) => row.party_key));
  }

  /** Sets the URL; the secret is set only when the webhook is new (a URL change keeps the secret). */
  async upsert(db: EntityManager, partyKey: string, url: string, secretSealed: string, by: string): Promise<boolean> {
    const rows: { created: boolean }[] = await db.query(
      `INSERT INTO webhook (party_key, url, secret_sealed, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (party_key) DO UPDATE SET url = EXCLUDED.url, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING (xmax = 0) AS created`,
      [partyKey, url, secretSealed, by],
    );
    return rows[0]?.created === true;
  }

  /** A new secret; the current one stays valid until `until`. */
  async rotate(db: EntityManager, partyKey: string, secretSealed: string, until: Date, by: string): Promise<boolean> {
    const rows = await updateReturning(
      db,
      `UPDATE webhook SET previous_secret_sealed = secret_sealed, previous_valid_until = $3, secret_sealed = $2,
         updated_by = $4, updated_at = now() WHERE party_key = $1 RETURNING party_key`,
      [partyKey, secretSealed, until, by],
    );
    return rows.length > 0;
  }

  async remove(db: EntityManager, partyKey: string): Promise<boolean> {
    const rows = await updateReturning(db, `DELETE FROM webhook WHERE party_key = $1 RETURNING party_key`, [partyKey]);
    return rows.length > 0;
  }
}
