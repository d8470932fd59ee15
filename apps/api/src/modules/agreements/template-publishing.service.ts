import { Injectable } from '@nestjs/common';
import { templateFromAgreement } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { contentHash } from '../../platform/hash/content-hash.js';
import { AuditService } from '../audit/audit.service.js';
import { TemplateEntity } from '../templates/template.entity.js';
import type { TemplateSummary } from '../templates/templates.service.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementError } from './agreements.error.js';

export interface PublishTemplateRequest {
  /** The agreement (key or id) whose published version becomes the template. */
  agreement: string;
  /** A template key: a new one makes version 1, an existing agreement template's its next version. */
  key: string;
  name: string;
  description: string;
}

/** A template published from a county's agreement, and what of the agreement it leaves out. */
export interface PublishedTemplate {
  template: TemplateSummary;
  /** The agreement version it was made from. */
  agreement: string;
  version: number;
  /** In Swedish: what the county's record holds that the template does not. */
  left: string[];
}

/**
 * An admin publishes a county's published agreement as a template for other counties: a new
 * key's version 1, or the next version of an agreement template (which the counties built on it
 * then see as changes to take or leave).
 */
@Injectable()
export class TemplatePublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly audit: AuditService,
  ) {}

  async publish(user: AuthUser, request: PublishTemplateRequest): Promise<PublishedTemplate> {
    if (!user.roles.includes('admin')) {
      throw new AgreementError('TEMPLATE_FORBIDDEN', 403, 'Only the admin publishes templates');
    }
    const summary = await this.agreements.get(user, request.agreement);
    if (summary.publishedVersion === null) {
      throw new AgreementError(
        'AGREEMENT_VERSION_NOT_PUBLISHED',
        409,
        `${summary.key} has no published version to make a template of`,
      );
    }
    const published = summary.publishedVersion;
    const { content } = await this.agreements.resolvedVersion(user, summary.key, published);
    return this.dataSource.transaction(async (db) => {
      // One publisher of a key at a time: version numbers stay dense and unique.
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`template:${request.key}`]);
      const existing = await db.find(TemplateEntity, { where: { key: request.key }, order: { version: 'DESC' } });
      if (existing.some((row) => row.kind !== 'agreement')) {
        throw new AgreementError('TEMPLATE_EXISTS', 409, `${request.key} is a routine template`);
      }
      const version = (existing[0]?.version ?? 0) + 1;
      const made = templateFromAgreement(content, {
        key: request.key,
        version,
        name: request.name,
        description: request.description,
      });
      if (!made.ok) {
        throw new AgreementError('AGREEMENT_INVALID', 422, `The template has ${made.problems.length} problem(s)`, {
          problems: made.problems,
        });
      }
      const { template, left } = made.value;
      const row = await db.save(
        db.create(TemplateEntity, {
          key: template.key,
          version,
          kind: 'agreement',
          name: template.name,
          content: template,
          contentHash: contentHash(template),
        }),
      );
      await this.audit.record(db, user, {
        action: 'template.published',
        subjectType: 'template',
        subjectId: `${template.key}@${version}`,
        details: { agreement: summary.key, version: published },
      });
      return {
        template: {
          ref: `${row.key}@${row.version}`,
          key: row.key,
          version: row.version,
          kind: 'agreement',
          name: row.name,
          contentHash: row.contentHash,
          publishedAt: row.publishedAt.toISOString(),
        },
        agreement: summary.key,
        version: published,
        left,
      };
    });
  }
}
