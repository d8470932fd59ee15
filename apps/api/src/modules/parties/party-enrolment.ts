import { type AgreementVersion, type Problem, problem } from '@samverkan/agreements';
import type { EntityManager } from 'typeorm';

/**
 * Which organisations a county's agreement may name as parties (issue 9, defect 6): one of the
 * county's own — an organisation its agreements named first, or a seed's — or one of another
 * county that has accepted to take part (`party_county`). A strategist can therefore neither
 * give tasks to, nor show case data to, an organisation that never agreed to the cooperation.
 * An organisation Samverkan does not know yet is the county's own: it is enrolled on publish.
 */
export async function partyProblems(db: EntityManager, version: AgreementVersion): Promise<Problem[]> {
  const keys = version.parties.map((party) => party.key);
  const rows: { key: string; enrolled: boolean }[] = await db.query(
    `SELECT p.key, EXISTS (SELECT 1 FROM party_county c WHERE c.party_id = p.id AND c.county_code = $2) AS enrolled
     FROM party p WHERE p.key = ANY($1::text[])`,
    [keys, version.county.code],
  );
  const outside = new Set(rows.filter((row) => !row.enrolled).map((row) => row.key));
  return version.parties.flatMap((party, index) =>
    outside.has(party.key)
      ? [
          problem(
            ['parties', index, 'key'],
            'partyNotInCounty',
            `${party.key} är en organisation i ett annat län som inte har godkänt att vara part i län ${version.county.code}`,
            `${party.key} is an organisation of another county that has not accepted to be a party in county ${version.county.code}`,
          ),
        ]
      : [],
  );
}

/** Makes every party of a version an organisation of Samverkan taking part in its county. */
export async function enrolParties(db: EntityManager, version: AgreementVersion, acceptedBy: string | null) {
  for (const party of version.parties) {
    await db.query(
      `INSERT INTO party (key, name, kind, municipality_code) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING`,
      [party.key, party.name, party.kind, party.municipalityCode ?? null],
    );
  }
  await db.query(
    `INSERT INTO party_county (party_id, county_code, accepted_by)
     SELECT id, $2, $3 FROM party WHERE key = ANY($1::text[]) ON CONFLICT DO NOTHING`,
    [version.parties.map((party) => party.key), version.county.code, acceptedBy],
  );
}
