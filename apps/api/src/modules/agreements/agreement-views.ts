import type { Problem } from '@samverkan/agreements';
import type { AgreementEntity } from './agreement.entity.js';
import type { AgreementVersionEntity, VersionStatus } from './agreement-version.entity.js';

export interface VersionSummary {
  version: number;
  status: VersionStatus;
  rowVersion: number;
  contentHash: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface VersionView extends VersionSummary {
  agreementId: string;
  agreementKey: string;
  countyCode: string;
  content: unknown;
}

export interface AgreementSummary {
  id: string;
  key: string;
  countyCode: string;
  name: string;
  publishedVersion: number | null;
  draftVersion: number | null;
}

export interface AgreementView extends AgreementSummary {
  versions: VersionSummary[];
}

export interface ValidationReport {
  valid: boolean;
  problems: Problem[];
}

export function toVersionSummary(row: AgreementVersionEntity): VersionSummary {
  return {
    version: row.version,
    status: row.status,
    rowVersion: row.rowVersion,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publisher?.username ?? (row.publishedAt ? 'seed' : null),
  };
}

export function toVersionView(agreement: AgreementEntity, row: AgreementVersionEntity): VersionView {
  return {
    agreementId: agreement.id,
    agreementKey: agreement.key,
    countyCode: agreement.countyCode,
    ...toVersionSummary(row),
    content: row.content,
  };
}

export function toAgreementSummary(agreement: AgreementEntity, versions: AgreementVersionEntity[]): AgreementSummary {
  return {
    id: agreement.id,
    key: agreement.key,
    countyCode: agreement.countyCode,
    name: agreement.name,
    publishedVersion: versions.find((v) => v.status === 'published')?.version ?? null,
    draftVersion: versions.find((v) => v.status === 'draft')?.version ?? null,
  };
}
