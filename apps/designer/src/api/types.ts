/**
 * Shapes of the API's answers that the designer reads. Requests, paths and parameters are typed
 * from the OpenAPI document (schema.d.ts, generated); the calendar and the cost split are the
 * libs' own types (`@samverkan/agreements`). The rest are written here only because the API does
 * not document these responses yet (see docs/designer.md, "API types"): each names the API
 * type it mirrors, and goes when the document gets a response schema for it.
 */
import type { components } from './schema';

export const ROLES = ['admin', 'strategist', 'coordinator', 'member'] as const;
export type Role = (typeof ROLES)[number];

export type TokenResponse = components['schemas']['TokenResponseDto'];

export interface Party {
  id: string;
  name: string;
  kind: string;
}

/** GET /api/me (the API's MeView). */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  party: Party;
}

/** The API's error body: a stable machine-readable code and a human-readable message. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export const VERSION_STATUSES = ['draft', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** One version in an agreement's list (the API's VersionSummary). */
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

/** GET /api/agreements/{agreement}/versions/{version} (the API's VersionView). */
export interface VersionView extends VersionSummary {
  agreementId: string;
  agreementKey: string;
  countyCode: string;
  /** An AgreementVersion, or its overrides of the template it `extends`. */
  content: unknown;
}

/** An item of GET /api/agreements (the API's AgreementSummary). */
export interface AgreementSummary {
  id: string;
  key: string;
  countyCode: string;
  name: string;
  publishedVersion: number | null;
  draftVersion: number | null;
}

/** GET /api/agreements/{agreement} (the API's AgreementView). */
export interface AgreementView extends AgreementSummary {
  versions: VersionSummary[];
}
