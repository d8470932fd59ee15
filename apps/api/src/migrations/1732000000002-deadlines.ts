import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deadlines1732000000002 implements MigrationInterface {
  name = 'Deadlines1732000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "deadline" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" text NOT NULL,
      "subject_id" text NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}',
      "due_at" timestamptz NOT NULL,
      "status" text NOT NULL DEFAULT 'pending',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "fired_at" timestamptz,
      "cancelled_at" timestamptz,
      CONSTRAINT "PK_deadline" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_deadline_status" CHECK (status IN ('pending','fired','cancelled')))`);
    // The reconciler's question: what is pending and due soon?
    await db.query(`CREATE INDEX "IDX_deadline_pending_due" ON "deadline" ("due_at") WHERE status = 'pending'`);
    await db.query(`CREATE INDEX "IDX_deadline_subject" ON "deadline" ("subject_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "deadline"');
  }
}
