import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface DigestRow {
  id: string;
  user_id: string;
  day: string;
  since: Date;
  until: Date;
  items: number;
}

/** The one reader and writer of the `digest` table. */
@Injectable()
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The user's digest of that day, if it was made. */
  async of(userId: string, day: string): Promise<DigestRow | undefined> {
    const rows: DigestRow[] = await this.dataSource.query(
      `SELECT id, user_id, day::text AS day, since, until, items FROM digest WHERE user_id = $1 AND day = $2::date`,
      [userId, day],
    );
    return rows[0];
  }

  /** Where the user's last digest ended: the next one covers what arrived after it. */
  async lastUntil(userId: string): Promise<Date | undefined> {
    const rows: { until: Date }[] = await this.dataSource.query(
      `SELECT until FROM digest WHERE user_id = $1 ORDER BY day DESC LIMIT 1`,
      [userId],
    );
    return rows[0] ? new Date(rows[0].until) : undefined;
  }

  /** Writes the day's digest, in the caller's transaction; undefined when that day has one already. */
  async insert(
    db: EntityManager,
    digest: { userId: string; day: string; since: Date; until: Date; items: number },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO digest (user_id, day, since, until, items) VALUES ($1, $2::date, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT "UQ_digest_user_day" DO NOTHING RETURNING id`,
      [digest.userId, digest.day, digest.since, digest.until, digest.items],
    );
    return rows[0]?.id;
  }
}
