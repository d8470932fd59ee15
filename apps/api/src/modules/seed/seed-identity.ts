import { Logger } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../../platform/config/config.js';
import { hashPassword } from '../auth/password.js';
import { identitySeedSchema } from './identity-seed.js';

/**
 * Loads the demo parties and users from config/ at start. Idempotent: rows that exist are left
 * as they are (a changed password stays changed), so every process may run it.
 */
export async function seedIdentity(dataSource: DataSource, config: Config): Promise<void> {
  const logger = new Logger('Seed');
  const file = path.join(config.configDir, 'identity/users.json');
  const seed = identitySeedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const passwordHash = await hashPassword(config.seed.password);
  let created = 0;
  await dataSource.transaction(async (db) => {
    for (const party of seed.parties) {
      await db.query('INSERT INTO party (key, name, kind) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [
        party.key,
        party.name,
        party.kind,
      ]);
      for (const county of party.counties) {
        await db.query(
          `INSERT INTO party_county (party_id, county_code) SELECT id, $2 FROM party WHERE key = $1 ON CONFLICT DO NOTHING`,
          [party.key, county],
        );
      }
    }
    for (const user of seed.users) {
      const inserted: unknown[] = await db.query(
        `INSERT INTO app_user (username, display_name, party_id, roles, subject, password_hash)
           SELECT $1, $2, id, $4::text[], $1, $5 FROM party WHERE key = $3
           ON CONFLICT DO NOTHING RETURNING id`,
        [user.username, user.displayName, user.party, user.roles, passwordHash],
      );
      created += inserted.length;
      for (const county of user.counties) {
        await db.query(
          `INSERT INTO strategist_grant (user_id, county_code) SELECT id, $2 FROM app_user WHERE username = $1
           ON CONFLICT DO NOTHING`,
          [user.username, county],
        );
      }
    }
    const missing: { username: string }[] = await db.query(
      `SELECT u.username FROM unnest($1::text[]) AS u(username) LEFT JOIN app_user a USING (username) WHERE a.id IS NULL`,
      [seed.users.map((user) => user.username)],
    );
    if (missing.length) {
      throw new Error(
        `Seed users of unknown parties: ${missing.map((u) => u.username).join(', ')} (config/identity/users.json)`,
      );
    }
  });
  logger.log(`Seed users: ${created} created, ${seed.users.length - created} already present`);
  if (created > 0 && config.seed.password === 'samverkan') {
    logger.warn('Seed users have the default password "samverkan": set SEED_PASSWORD for anything but a trial');
  }
}
