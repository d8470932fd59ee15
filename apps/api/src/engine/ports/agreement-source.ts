import type { AgreementVersion } from '@samverkan/agreements';
import type { AuthUser } from '../../platform/auth/auth-user.js';

/** A version of an agreement as the engine reads it: as the system, its template applied. */
export interface SourcedVersion {
  agreementId: string;
  agreementKey: string;
  version: number;
  content: AgreementVersion;
}

/** An agreement: enough to decide who may know of it, and which version new cases start on. */
export interface SourcedAgreement {
  id: string;
  key: string;
  countyCode: string;
  /** The party keys of its published version (none when nothing is published). */
  parties: string[];
  /** The number of its published version, the one new cases start on; undefined when none is. */
  publishedVersion?: number;
}

/**
 * What the engine needs of agreements (a port: modules/agreements provides it). Reads are the
 * system's, never the caller's: who may do what in a case is the engine's to decide, except
 * whether a caller may know of the agreement at all, which is the agreements' rule.
 */
export interface AgreementSource {
  /** By key or id; undefined when there is no such agreement. */
  find(agreement: string): Promise<SourcedAgreement | undefined>;
  /**
   * Whether the caller may know of the agreement (docs/security.md): the engine answers 404 to
   * one who may not, as the agreement's own routes do.
   */
  isVisibleTo(caller: AuthUser, agreement: SourcedAgreement): boolean;
  /** The version a case started on (published then, perhaps superseded since). */
  version(agreementKey: string, version: number): Promise<SourcedVersion | undefined>;
}

export const AGREEMENT_SOURCE = Symbol('AGREEMENT_SOURCE');
