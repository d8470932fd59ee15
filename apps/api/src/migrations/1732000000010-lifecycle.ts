import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the agreement's own dates: each party's signature of a published version (the day
 * and the signatory's function, never a name), and what a notice about the agreement itself says
 * (`notification.notice`: its kind and values, for notices that concern no task).
 */
export class Lifecycle1732000000010 implements MigrationInterface {
  name = 'Lifecycle1732000000010';

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
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notification" DROP COLUMN "notice"`);
    await db.query('DROP TABLE "agreement_signature"');
  }
}
