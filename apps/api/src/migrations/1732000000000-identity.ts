import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1732000000000 implements MigrationInterface {
  name = 'Identity1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "party" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "key" text NOT NULL,
      "name" text NOT NULL,
      "kind" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_party" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_party_key" UNIQUE ("key"))`);
    await db.query(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "username" text NOT NULL,
      "display_name" text NOT NULL,
      "party_id" uuid NOT NULL,
      "roles" text array NOT NULL,
      "subject" text NOT NULL,
      "password_hash" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_app_user_username" UNIQUE ("username"),
      CONSTRAINT "UQ_app_user_subject" UNIQUE ("subject"),
      CONSTRAINT "CHK_app_user_roles" CHECK (roles <@ ARRAY['admin','strategist','coordinator','member']::text[]),
      CONSTRAINT "FK_app_user_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT)`);
    await db.query(`CREATE TABLE "signing_key" (
      "kid" text NOT NULL,
      "private_jwk" jsonb NOT NULL,
      "public_jwk" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_signing_key" PRIMARY KEY ("kid"))`);
    await db.query(`CREATE TABLE "worker_heartbeat" (
      "worker_id" text NOT NULL,
      "host" text NOT NULL,
      "pid" integer NOT NULL,
      "started_at" timestamptz NOT NULL,
      "seen_at" timestamptz NOT NULL,
      CONSTRAINT "PK_worker_heartbeat" PRIMARY KEY ("worker_id"))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "worker_heartbeat"');
    await db.query('DROP TABLE "signing_key"');
    await db.query('DROP TABLE "app_user"');
    await db.query('DROP TABLE "party"');
  }
}
