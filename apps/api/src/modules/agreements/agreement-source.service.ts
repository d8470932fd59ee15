import { Injectable } from '@nestjs/common';
import { resolveAgreement } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { isUuid } from '../../platform/http/params.js';
import type { AgreementSource, SourcedAgreement, SourcedVersion } from '../../engine/ports/agreement-source.js';
import { TemplatesService } from '../templates/templates.service.js';
import { canReadPublished, partyKeysOf } from './agreement-access.js';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementError } from './agreements.error.js';

/**
 * The engine's AGREEMENT_SOURCE: agreements read as the system, on the caller's connection pool
 * and outside any case's transaction, their templates applied.
 */
@Injectable()
export class AgreementSourceService implements AgreementSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
  ) {}

  async find(idOrKey: string): Promise<SourcedAgreement | undefined> {
    const agreement = await this.dataSource.manager.findOneBy(
      AgreementEntity,
      isUuid(idOrKey) ? { id: idOrKey } : { key: idOrKey },
    );
    if (!agreement) return undefined;
    const row = await this.dataSource.manager.findOneBy(AgreementVersionEntity, {
      agreementId: agreement.id,
      status: 'published',
    });
    return {
      id: agreement.id,
      key: agreement.key,
      countyCode: agreement.countyCode,
      parties: row ? partyKeysOf(row.content) : [],
      publishedVersion: row?.version,
    };
  }

  isVisibleTo(caller: AuthUser, agreement: SourcedAgreement): boolean {
    return canReadPublished(caller, agreement.countyCode, agreement.parties);
  }

  async version(agreementKey: string, version: number): Promise<SourcedVersion | undefined> {
    const agreement = await this.dataSource.manager.findOneBy(AgreementEntity, { key: agreementKey });
    if (!agreement) return undefined;
    const row = await this.dataSource.manager.findOneBy(AgreementVersionEntity, { agreementId: agreement.id, version });
    return row ? this.sourced(agreement, row) : undefined;
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
