import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, when things happened: each entry of a case's history keeps when the event happened
 * (`occurred_at`, the sender's `occurredAt` or else the time it was recorded) beside when it was
 * recorded (`at`). An event cannot have happened after it was recorded. Entries written before
 * had no other time: they happened when they were recorded.
 */
export class EventTime1732000000005 implements MigrationInterface {
  name = 'EventTime1732000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "instance_event" ADD "occurred_at" timestamptz`);
    // The history is append-only (its trigger refuses updates); filling the new column of the
    // entries already written is the one update it ever gets, inside this migration.
    await db.query(`ALTER TABLE "instance_event" DISABLE TRIGGER "TRG_instance_event_append_only"`);
    await db.query(`UPDATE "instance_event" SET "occurred_at" = "at"`);
    await db.query(`ALTER TABLE "instance_event" ENABLE TRIGGER "TRG_instance_event_append_only"`);
    await db.query(`ALTER TABLE "instance_event" ALTER COLUMN "occurred_at" SET NOT NULL`);
    await db.query(
      `ALTER TABLE "instance_event" ADD CONSTRAINT "CHK_instance_event_occurred_at" CHECK (occurred_at <= at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "instance_event" DROP CONSTRAINT "CHK_instance_event_occurred_at"`);
    await db.query(`ALTER TABLE "instance_event" DROP COLUMN "occurred_at"`);
  }
}
