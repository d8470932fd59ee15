import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: who confirmed which product or template default of a version's routines. A version
 * records its confirmations itself, so the published one keeps them unchanged; versions made
 * before (the seeds) have none.
 */
export class DefaultConfirmations1732000000006 implements MigrationInterface {
  name = 'DefaultConfirmations1732000000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "agreement_version" ADD "default_confirmations" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "agreement_version" DROP COLUMN "default_confirmations"');
  }
}
