import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12 (migration 9): a party's calendar feed that a calendar client can subscribe to without signing in.
 * Only the SHA-256 of the feed's secret is stored; revoking keeps the row (who made it, when).
 */
export class CalendarFeeds1732000000009 implements MigrationInterface {
  name = 'CalendarFeeds1732000000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "calendar_feed" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agreement_id" uuid NOT NULL,
      "party_key" text NOT NULL,
      "token_hash" text NOT NULL,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "revoked_at" timestamptz,
      CONSTRAINT "PK_calendar_feed" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_calendar_feed_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "FK_calendar_feed_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_calendar_feed_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "calendar_feed"');
  }
}
