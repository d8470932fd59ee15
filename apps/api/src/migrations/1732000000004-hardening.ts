import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9: which counties an organisation takes part in (a party of an agreement must be one of
 * the county's); one case reference per agreement; and the idempotency key of a case start, so
 * that a client's retry answers with the case it made.
 */
export class Hardening1732000000004 implements MigrationInterface {
  name = 'Hardening1732000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "party_county" (
      "party_id" uuid NOT NULL,
      "county_code" text NOT NULL,
      "accepted_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_party_county" PRIMARY KEY ("party_id", "county_code"),
      CONSTRAINT "FK_party_county_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE CASCADE)`);
    // Every organisation already named by an agreement version takes part in that county.
    await db.query(`INSERT INTO party_county (party_id, county_code)
      SELECT DISTINCT p.id, a.county_code FROM agreement a
        JOIN agreement_version v ON v.agreement_id = a.id
        CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(v.content->'parties') = 'array'
          THEN v.content->'parties' ELSE '[]'::jsonb END) AS e(party)
        JOIN party p ON p.key = e.party->>'key'
      ON CONFLICT DO NOTHING`);
    await db.query(`CREATE UNIQUE INDEX "UQ_instance_case_ref" ON "instance" ("agreement_id", "case_ref")`);
    await db.query(`ALTER TABLE "instance" ADD "idempotency_key" uuid`);
    await db.query(
      `CREATE UNIQUE INDEX "UQ_instance_idempotency_key" ON "instance" ("agreement_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX "UQ_instance_idempotency_key"');
    await db.query('ALTER TABLE "instance" DROP COLUMN "idempotency_key"');
    await db.query('DROP INDEX "UQ_instance_case_ref"');
    await db.query('DROP TABLE "party_county"');
  }
}
