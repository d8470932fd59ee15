import type { INestApplicationContext } from '@nestjs/common';
import type { AgreementVersion } from '@samverkan/agreements';
import { AGREEMENT_SOURCE, type AgreementSource } from '../engine/ports/agreement-source.js';

/** The content of an agreement's published version, template applied, as the engine reads it. */
export async function publishedContent(app: INestApplicationContext, key: string): Promise<AgreementVersion> {
  const source = app.get<AgreementSource>(AGREEMENT_SOURCE);
  const agreement = await source.find(key);
  const version = agreement?.publishedVersion && (await source.version(key, agreement.publishedVersion));
  if (!version) throw new Error(`${key} has no published version`);
  return version.content;
}
