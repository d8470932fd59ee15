import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AgreementTemplate,
  type TemplateLookup,
  formatTemplateRef,
  parseTemplateRef,
  validateAgreementTemplate,
} from '@samverkan/agreements';
import { Repository } from 'typeorm';
import { AgreementError } from '../agreements/agreements.error.js';
import { TemplateEntity } from './template.entity.js';

export interface TemplateSummary {
  ref: string;
  key: string;
  version: number;
  kind: 'agreement' | 'routine';
  name: string;
  contentHash: string;
  publishedAt: string;
}

@Injectable()
export class TemplatesService {
  constructor(@InjectRepository(TemplateEntity) private readonly templates: Repository<TemplateEntity>) {}

  async list(): Promise<TemplateSummary[]> {
    const rows = await this.templates.find({ order: { key: 'ASC', version: 'ASC' } });
    return rows.map((row) => ({
      ref: formatTemplateRef(row),
      key: row.key,
      version: row.version,
      kind: row.kind,
      name: row.name,
      contentHash: row.contentHash,
      publishedAt: row.publishedAt.toISOString(),
    }));
  }

  async get(ref: string): Promise<AgreementTemplate> {
    const parsed = parseTemplateRef(ref);
    const row = parsed ? await this.templates.findOneBy({ key: parsed.key, version: parsed.version }) : null;
    if (!row) throw new AgreementError('TEMPLATE_NOT_FOUND', 404, `No template ${ref}`);
    const template = validateAgreementTemplate(row.content);
    if (!template.ok) throw new Error(`stored template ${ref} is invalid: ${JSON.stringify(template.problems)}`);
    return template.value;
  }

  /**
   * A synchronous lookup over every agreement template, for `resolveAgreement`. Templates are
   * immutable once published, so a snapshot taken now stays right.
   */
  async lookup(): Promise<TemplateLookup> {
    const rows = await this.templates.findBy({ kind: 'agreement' });
    const byRef = new Map(rows.map((row) => [formatTemplateRef(row), row.content]));
    return (ref) => byRef.get(formatTemplateRef(ref));
  }
}
