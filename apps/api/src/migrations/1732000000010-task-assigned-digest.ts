import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the new task and the daily digest: a notification may be a `taskAssigned` (a step
 * opened a task); each user's daily digest is a row per user and Stockholm day (`digest`, one
 * at most: a crash never makes two), and its e-mail is a `delivery` of the digest rather than of
 * a notification (exactly one of the two).
 */
export class TaskAssignedDigest1732000000010 implements MigrationInterface {
  name = 'TaskAssignedDigest1732000000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"`);
    await db.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_kind" CHECK (kind IN ('taskAssigned','reminder','escalation'))`,
    );
    await db.query(`CREATE TABLE "digest" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "day" date NOT NULL,
      "since" timestamptz NOT NULL,
      "until" timestamptz NOT NULL,
      "items" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_digest" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_digest_user_day" UNIQUE ("user_id", "day"),
      CONSTRAINT "FK_digest_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await db.query(`ALTER TABLE "delivery" ALTER COLUMN "notification_id" DROP NOT NULL`);
    await db.query(`ALTER TABLE "delivery" ADD "digest_id" uuid`);
    await db.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "FK_delivery_digest" FOREIGN KEY ("digest_id") REFERENCES "digest"("id") ON DELETE CASCADE`,
    );
    await db.query(`ALTER TABLE "delivery" ADD CONSTRAINT "UQ_delivery_digest" UNIQUE ("digest_id")`);
    await db.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "CHK_delivery_source" CHECK (num_nonnulls(notification_id, digest_id) = 1)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "delivery" DROP CONSTRAINT "CHK_delivery_source"`);
    await db.query(`DELETE FROM "delivery" WHERE notification_id IS NULL`);
    await db.query(`ALTER TABLE "delivery" DROP CONSTRAINT "UQ_delivery_digest"`);
    await db.query(`ALTER TABLE "delivery" DROP CONSTRAINT "FK_delivery_digest"`);
    await db.query(`ALTER TABLE "delivery" DROP COLUMN "digest_id"`);
    await db.query(`ALTER TABLE "delivery" ALTER COLUMN "notification_id" SET NOT NULL`);
    await db.query(`DROP TABLE "digest"`);
    await db.query(`DELETE FROM "notification" WHERE kind = 'taskAssigned'`);
    await db.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"`);
    await db.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_kind" CHECK (kind IN ('reminder','escalation'))`,
    );
  }
}
