import { Injectable } from '@nestjs/common';
import { resolveAgreement } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { isUuid } from '../../platform/http/params.js';
import type { AgreementSource, SourcedAgreement, SourcedVersion } from '../../engine/ports/agreement-source.js';
import { TemplatesService } from '../templates/templates.service.js';
import { canReadPublished } from './agreement-access.js';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementError } from './agreements.error.js';

/**
 * Versions resolved and kept: a published version never changes (a trigger refuses it, and
 * templates are immutable), so its resolved content serves every case started on it. Resolving
 * and validating a whole agreement was a quarter of a case start's time. Drafts are not kept.
 */
export const RESOLVED_VERSIONS_KEPT = 200;

/**
 * The engine's AGREEMENT_SOURCE: agreements read as the system, on the caller's connection pool
 * and outside any case's transaction, their templates applied.
 */
@Injectable()
export class AgreementSourceService implements AgreementSource {
  private readonly resolved = new Map<string, SourcedVersion>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
  ) {}

  /** The agreement and the number of its published version, in one query; its parties from that version. */
  async find(idOrKey: string): Promise<SourcedAgreement | undefined> {
    const rows: { id: string; key: string; county_code: string; version: number | null }[] =
      await this.dataSource.query(
        `SELECT a.id, a.key, a.county_code, v.version FROM agreement a
         LEFT JOIN agreement_version v ON v.agreement_id = a.id AND v.status = 'published'
         WHERE ${isUuid(idOrKey) ? 'a.id = $1::uuid' : 'a.key = $1'}`,
        [idOrKey],
      );
    const row = rows[0];
    if (!row) return undefined;
    const published = row.version === null ? undefined : await this.version(row.key, row.version);
    return {
      id: row.id,
      key: row.key,
      countyCode: row.county_code,
      parties: published ? published.content.parties.map((party) => party.key) : [],
      publishedVersion: row.version ?? undefined,
    };
  }

  isVisibleTo(caller: AuthUser, agreement: SourcedAgreement): boolean {
    return canReadPublished(caller, agreement.countyCode, agreement.parties);
  }

  async version(agreementKey: string, version: number): Promise<SourcedVersion | undefined> {
    const id = `${agreementKey}@${version}`;
    const kept = this.resolved.get(id);
    if (kept) return kept;
    const agreement = await this.dataSource.manager.findOneBy(AgreementEntity, { key: agreementKey });
    if (!agreement) return undefined;
    const row = await this.dataSource.manager.findOneBy(AgreementVersionEntity, { agreementId: agreement.id, version });
    if (!row) return undefined;
    const sourced = await this.sourced(agreement, row);
    if (row.status !== 'draft') this.keep(id, sourced);
    return sourced;
  }

  private keep(id: string, sourced: SourcedVersion): void {
    if (this.resolved.size >= RESOLVED_VERSIONS_KEPT) {
      const oldest = this.resolved.keys().next().value;
      if (oldest !== undefined) this.resolved.delete(oldest);
    }
    this.resolved.set(id, sourced);
  }

  private async sourced(agreement: AgreementEntity, row: AgreementVersionEntity): Promise<SourcedVersion> {
    const resolved = resolveAgreement(row.content, await this.templates.lookup());
    if (!resolved.ok) {
      throw new AgreementError('AGREEMENT_INVALID', 422, `The agreement has ${resolved.problems.length} problem(s)`, {
        problems: resolved.problems,
      });
    }
    return { agreementId: agreement.id, agreementKey: agreement.key, version: row.version, content: resolved.value };
  }
}
