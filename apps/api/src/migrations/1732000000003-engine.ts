import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Engine1732000000003 implements MigrationInterface {
  name = 'Engine1732000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "routine_definition" (
      "key" text NOT NULL,
      "version" integer NOT NULL,
      "status" text NOT NULL,
      "definition" jsonb NOT NULL,
      "content_hash" text NOT NULL,
      "published_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_routine_definition" PRIMARY KEY ("key", "version"),
      CONSTRAINT "CHK_routine_definition_status" CHECK (status IN ('published','superseded','retired')))`);
    await db.query(`CREATE TABLE "instance" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agreement_id" uuid NOT NULL,
      "agreement_version" integer NOT NULL,
      "routine_key" text NOT NULL,
      "routine_version" integer NOT NULL,
      "case_ref" text NOT NULL,
      "status" text NOT NULL DEFAULT 'active',
      "snapshot" jsonb NOT NULL,
      "bindings" jsonb NOT NULL,
      "version" integer NOT NULL DEFAULT 1,
      "started_by" uuid,
      "started_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_instance" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_instance_status" CHECK (status IN ('active','done')),
      CONSTRAINT "FK_instance_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_instance_routine" FOREIGN KEY ("routine_key", "routine_version") REFERENCES "routine_definition"("key", "version") ON DELETE RESTRICT)`);
    await db.query(`CREATE TABLE "instance_event" (
      "id" bigserial NOT NULL,
      "instance_id" uuid NOT NULL,
      "seq" integer NOT NULL,
      "type" text NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}',
      "source" text NOT NULL,
      "actor_user_id" uuid,
      "actor_party_key" text,
      "at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_instance_event" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_instance_event_seq" UNIQUE ("instance_id", "seq"),
      CONSTRAINT "CHK_instance_event_source" CHECK (source IN ('user','timer','system')),
      CONSTRAINT "FK_instance_event_instance" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT)`);
    await db.query(`CREATE FUNCTION instance_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$`);
    await db.query(`CREATE TRIGGER "TRG_instance_event_append_only" BEFORE UPDATE OR DELETE ON "instance_event"
      FOR EACH ROW EXECUTE FUNCTION instance_event_append_only()`);
    await db.query(`CREATE TABLE "task" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "instance_id" uuid NOT NULL,
      "key" text NOT NULL,
      "task" text NOT NULL,
      "state" text NOT NULL,
      "owed_by" text NOT NULL,
      "party_keys" text array NOT NULL,
      "title" text NOT NULL,
      "status" text NOT NULL DEFAULT 'open',
      "opened_at" timestamptz NOT NULL,
      "due_at" timestamptz,
      "closed_at" timestamptz,
      CONSTRAINT "PK_task" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_task_status" CHECK (status IN ('open','completed','cancelled')),
      CONSTRAINT "FK_task_instance" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT)`);
    await db.query(`CREATE UNIQUE INDEX "UQ_task_open" ON "task" ("instance_id", "key") WHERE status = 'open'`);
    await db.query(`CREATE INDEX "IDX_task_party_keys" ON "task" USING gin ("party_keys")`);
    await db.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "instance_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "task_keys" text array NOT NULL,
      "recipient_role" text NOT NULL,
      "recipient_party_keys" text array NOT NULL,
      "status" text NOT NULL DEFAULT 'queued',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "delivered_at" timestamptz,
      CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_notification_kind" CHECK (kind IN ('reminder','escalation')),
      CONSTRAINT "CHK_notification_status" CHECK (status IN ('queued','delivered','failed')),
      CONSTRAINT "FK_notification_instance" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "notification"');
    await db.query('DROP TABLE "task"');
    await db.query('DROP TABLE "instance_event"');
    await db.query('DROP FUNCTION instance_event_append_only');
    await db.query('DROP TABLE "instance"');
    await db.query('DROP TABLE "routine_definition"');
  }
}
