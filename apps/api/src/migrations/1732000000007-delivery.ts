import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, delivery: each notification's messages (`delivery`, one per notification and
 * recipient, with its stable Message-ID, attempts and dead letters), the parties' webhooks with
 * their sealed secrets, and on `notification` when it was composed into its messages.
 *
 * Notifications queued before delivery existed are marked composed with no messages: their
 * reminders are long past and were never promised to anyone; delivering them now would flood
 * mailboxes with stale notices. Only what is queued from now on goes out.
 */
export class Delivery1732000000007 implements MigrationInterface {
  name = 'Delivery1732000000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "webhook" ("party_key" text NOT NULL, "url" text NOT NULL, "secret_sealed" text NOT NULL,
        "previous_secret_sealed" text, "previous_valid_until" TIMESTAMP WITH TIME ZONE, "updated_by" uuid NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_webhook" PRIMARY KEY ("party_key"))`,
    );
    await db.query(
      `CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL,
        "channel" text NOT NULL, "recipient_key" text NOT NULL, "party_key" text NOT NULL, "kind" text NOT NULL,
        "urgent" boolean NOT NULL DEFAULT false, "message_id" text NOT NULL, "content" jsonb NOT NULL,
        "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text,
        "not_before" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_delivery_recipient" UNIQUE ("notification_id", "recipient_key"),
        CONSTRAINT "CHK_delivery_status" CHECK (status IN ('pending','delivered','dead','discarded')),
        CONSTRAINT "CHK_delivery_channel" CHECK (channel IN ('email','webhook')),
        CONSTRAINT "PK_delivery" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_delivery_dead" ON "delivery" ("updated_at") WHERE status = 'dead'`);
    await db.query(`CREATE INDEX "IDX_delivery_pending" ON "delivery" ("not_before") WHERE status = 'pending'`);
    await db.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "FK_delivery_notification" FOREIGN KEY ("notification_id")
        REFERENCES "notification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(`ALTER TABLE "notification" ADD "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await db.query(`ALTER TABLE "notification" ADD "composed_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`UPDATE "notification" SET "composed_at" = now()`);
    await db.query(
      `CREATE INDEX "IDX_notification_uncomposed" ON "notification" ("written_at") WHERE composed_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_notification_uncomposed"`);
    await db.query(`ALTER TABLE "notification" DROP COLUMN "composed_at"`);
    await db.query(`ALTER TABLE "notification" DROP COLUMN "written_at"`);
    await db.query(`DROP TABLE "delivery"`);
    await db.query(`DROP TABLE "webhook"`);
  }
}
