import { Logger } from '@nestjs/common';
import {
  formatTemplateRef,
  resolveAgreement,
  validateAgreementTemplate,
  type AgreementTemplate,
  type AgreementVersion,
} from '@samverkan/agreements';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../platform/config/config.js';
import { contentHash } from '../../platform/hash/content-hash.js';
import { enrolParties } from '../parties/party-enrolment.js';

async function readJsonFiles(dir: string): Promise<{ file: string; json: unknown }[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => ({ file: name, json: JSON.parse(await readFile(path.join(dir, name), 'utf8')) })),
  );
}

function describeProblems(file: string, problems: { path: string; message: { en: string } }[]): Error {
  return new Error(`${file} is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message.en}`).join('\n')}`);
}

async function seedTemplates(db: EntityManager, templates: AgreementTemplate[], logger: Logger): Promise<void> {
  for (const template of templates) {
    const hash = contentHash(template);
    const rows: { content_hash: string }[] = await db.query(
      `INSERT INTO template (key, version, kind, name, content, content_hash) VALUES ($1, $2, 'agreement', $3, $4, $5)
       ON CONFLICT (key, version) DO UPDATE SET key = EXCLUDED.key RETURNING content_hash`,
      [template.key, template.version, template.name, JSON.stringify(template), hash],
    );
    if (rows[0]?.content_hash !== hash) {
      logger.error(
        `Template ${formatTemplateRef(template)} in config/ differs from the published one; templates are immutable: give it a new version`,
      );
    }
  }
}

async function seedParties(db: EntityManager, version: AgreementVersion): Promise<void> {
  await enrolParties(db, version, null);
}

/**
 * Loads config/templates and config/agreements at start, idempotently: a template is inserted
 * once (and never changed), the parties of every agreement become organisations users can
 * belong to, and an agreement that does not exist yet is created with its file as published
 * version 1. An agreement that exists is left alone: from then on it is edited in Samverkan.
 */
export async function seedAgreements(dataSource: DataSource, config: Config): Promise<void> {
  const logger = new Logger('Seed');
  const templates = (await readJsonFiles(path.join(config.configDir, 'templates'))).map(({ file, json }) => {
    const result = validateAgreementTemplate(json);
    if (!result.ok) throw describeProblems(`config/templates/${file}`, result.problems);
    return result.value;
  });
  const byRef = new Map(templates.map((t) => [formatTemplateRef(t), t]));
  const agreements = (await readJsonFiles(path.join(config.configDir, 'agreements'))).map(({ file, json }) => {
    const result = resolveAgreement(json, (ref) => byRef.get(formatTemplateRef(ref)));
    if (!result.ok) throw describeProblems(`config/agreements/${file}`, result.problems);
    return { json, version: result.value };
  });

  let created = 0;
  await dataSource.transaction(async (db) => {
    await seedTemplates(db, templates, logger);
    for (const { json, version } of agreements) {
      await seedParties(db, version);
      const inserted: { id: string }[] = await db.query(
        `INSERT INTO agreement (key, county_code, name) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING id`,
        [version.key, version.county.code, version.title],
      );
      const id = inserted[0]?.id;
      if (!id) continue;
      await db.query(
        `INSERT INTO agreement_version (agreement_id, version, status, content, content_hash, published_at)
         VALUES ($1, 1, 'published', $2, $3, now())`,
        [id, JSON.stringify(json), contentHash(json)],
      );
      await db.query(
        `INSERT INTO audit_event (action, subject_type, subject_id, details) VALUES ('agreement.seeded', 'agreement', $1, $2)`,
        [id, JSON.stringify({ key: version.key })],
      );
      created += 1;
    }
  });
  logger.log(
    `Seed agreements: ${created} created, ${agreements.length - created} already present; ${templates.length} templates`,
  );
}
