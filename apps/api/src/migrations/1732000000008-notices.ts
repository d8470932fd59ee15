import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, who hears a notice: each party's contacts (functional mailboxes and its users' work
 * addresses), each user's channel preferences, and what each user has read in the inbox.
 */
export class Notices1732000000008 implements MigrationInterface {
  name = 'Notices1732000000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "party_contact" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "party_id" uuid NOT NULL,
      "user_id" uuid,
      "address" text NOT NULL,
      "label" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_party_contact" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_party_contact_address" UNIQUE ("party_id", "address"),
      CONSTRAINT "UQ_party_contact_user" UNIQUE ("user_id"),
      CONSTRAINT "CHK_party_contact_kind" CHECK (user_id IS NOT NULL OR label IS NOT NULL),
      CONSTRAINT "FK_party_contact_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_party_contact_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await db.query(`CREATE TABLE "notice_preference" (
      "user_id" uuid NOT NULL,
      "email" text NOT NULL,
      "in_app" boolean NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notice_preference" PRIMARY KEY ("user_id"),
      CONSTRAINT "CHK_notice_preference_email" CHECK (email IN ('immediate','digest','off')),
      CONSTRAINT "FK_notice_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await db.query(`CREATE TABLE "notice_read" (
      "user_id" uuid NOT NULL,
      "notification_id" uuid NOT NULL,
      "read_at" timestamptz NOT NULL,
      CONSTRAINT "PK_notice_read" PRIMARY KEY ("user_id", "notification_id"),
      CONSTRAINT "FK_notice_read_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_notice_read_notification" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "notice_read"');
    await db.query('DROP TABLE "notice_preference"');
    await db.query('DROP TABLE "party_contact"');
  }
}
