import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, a party's notice of withdrawal (uppsägning) from a published agreement: the day it
 * was given, the day it takes effect under the agreement's withdrawal rule, and the signatory's
 * function (never a name). One per party and agreement: a party gives notice once.
 */
export class WithdrawalNotice1732000000012 implements MigrationInterface {
  name = 'WithdrawalNotice1732000000012';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "withdrawal_notice" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agreement_id" uuid NOT NULL,
      "agreement_version" integer NOT NULL,
      "party_key" text NOT NULL,
      "given_on" date NOT NULL,
      "effective_on" date NOT NULL,
      "signatory_function" text NOT NULL,
      "recorded_by" uuid,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "PK_withdrawal_notice" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_withdrawal_notice_party" UNIQUE ("agreement_id", "party_key"),
      CONSTRAINT "FK_withdrawal_notice_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_withdrawal_notice_user" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "withdrawal_notice"');
  }
}
