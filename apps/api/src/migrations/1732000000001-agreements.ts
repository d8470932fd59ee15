import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1732000000001 implements MigrationInterface {
  name = 'Agreements1732000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "agreement" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "key" text NOT NULL,
      "county_code" text NOT NULL,
      "name" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_agreement" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_agreement_key" UNIQUE ("key"),
      CONSTRAINT "CHK_agreement_county_code" CHECK (county_code ~ '^[0-9]{2}$'))`);
    await db.query(`CREATE TABLE "agreement_version" (
      "agreement_id" uuid NOT NULL,
      "version" integer NOT NULL,
      "status" text NOT NULL,
      "content" jsonb NOT NULL,
      "content_hash" text,
      "row_version" integer NOT NULL DEFAULT 1,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "published_by" uuid,
      "published_at" timestamptz,
      CONSTRAINT "PK_agreement_version" PRIMARY KEY ("agreement_id", "version"),
      CONSTRAINT "CHK_agreement_version_status" CHECK (status IN ('draft','published','superseded')),
      CONSTRAINT "FK_agreement_version_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_agreement_version_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_agreement_version_published_by" FOREIGN KEY ("published_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    // At most one draft and one published version per agreement (twenty's "one active").
    await db.query(
      `CREATE UNIQUE INDEX "UQ_agreement_version_draft" ON "agreement_version" ("agreement_id") WHERE status = 'draft'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "UQ_agreement_version_published" ON "agreement_version" ("agreement_id") WHERE status = 'published'`,
    );
    // Defence in depth: a published or superseded version's content never changes, whatever the code does.
    await db.query(`CREATE FUNCTION agreement_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'draft' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash) THEN
          RAISE EXCEPTION 'agreement version % of % is % and cannot change', OLD.version, OLD.agreement_id, OLD.status;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER "TRG_agreement_version_frozen" BEFORE UPDATE ON "agreement_version"
      FOR EACH ROW EXECUTE FUNCTION agreement_version_frozen()`);
    await db.query(`CREATE TABLE "template" (
      "key" text NOT NULL,
      "version" integer NOT NULL,
      "kind" text NOT NULL,
      "name" text NOT NULL,
      "content" jsonb NOT NULL,
      "content_hash" text NOT NULL,
      "published_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_template" PRIMARY KEY ("key", "version"),
      CONSTRAINT "CHK_template_kind" CHECK (kind IN ('agreement','routine')))`);
    await db.query(`CREATE TABLE "strategist_grant" (
      "user_id" uuid NOT NULL,
      "county_code" text NOT NULL,
      CONSTRAINT "PK_strategist_grant" PRIMARY KEY ("user_id", "county_code"),
      CONSTRAINT "FK_strategist_grant_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await db.query(`CREATE TABLE "audit_event" (
      "id" bigserial NOT NULL,
      "at" timestamptz NOT NULL DEFAULT now(),
      "user_id" uuid,
      "action" text NOT NULL,
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "details" jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT "PK_audit_event" PRIMARY KEY ("id"))`);
    await db.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`);
    await db.query(`CREATE TRIGGER "TRG_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await db.query(`ALTER TABLE "party" ADD "municipality_code" text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "party" DROP COLUMN "municipality_code"');
    await db.query('DROP TABLE "audit_event"');
    await db.query('DROP FUNCTION audit_event_append_only');
    await db.query('DROP TABLE "strategist_grant"');
    await db.query('DROP TABLE "template"');
    await db.query('DROP TABLE "agreement_version"');
    await db.query('DROP FUNCTION agreement_version_frozen');
    await db.query('DROP TABLE "agreement"');
  }
}
