import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the agreement's own dates: each party's signature of a published version (the day
 * and the signatory's function, never a name), and what a notice about the agreement itself says
 * (`notification.notice`: its kind and values, for notices that concern no task), and the
 * meetings conveners date for bodies that meet a count per period (`meeting_date`).
 */
export class Lifecycle1732000000011 implements MigrationInterface {
  name = 'Lifecycle1732000000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "agreement_signature" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agreement_id" uuid NOT NULL,
      "agreement_version" integer NOT NULL,
      "party_key" text NOT NULL,
      "signed_on" date NOT NULL,
      "signatory_function" text NOT NULL,
      "recorded_by" uuid,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "PK_agreement_signature" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_agreement_signature_party" UNIQUE ("agreement_id", "agreement_version", "party_key"),
      CONSTRAINT "FK_agreement_signature_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_agreement_signature_user" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await db.query(`ALTER TABLE "notification" ADD COLUMN "notice" jsonb`);
    await db.query(`CREATE TABLE "meeting_date" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agreement_id" uuid NOT NULL,
      "body_key" text NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "set_by" uuid,
      "set_at" timestamptz NOT NULL,
      CONSTRAINT "PK_meeting_date" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_meeting_date_start" UNIQUE ("agreement_id", "body_key", "starts_at"),
      CONSTRAINT "FK_meeting_date_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_meeting_date_user" FOREIGN KEY ("set_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "meeting_date"');
    await db.query(`ALTER TABLE "notification" DROP COLUMN "notice"`);
    await db.query('DROP TABLE "agreement_signature"');
  }
}
