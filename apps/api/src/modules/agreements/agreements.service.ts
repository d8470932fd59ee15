import { Injectable } from '@nestjs/common';
import {
  type AgreementVersion,
  type Problem,
  type ValidationResult,
  problem,
  resolveAgreement,
} from '@samverkan/agreements';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { isUuid } from '../../platform/http/params.js';
import { enrolParties, partyProblems } from '../parties/party-enrolment.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { TemplatesService } from '../templates/templates.service.js';
import { canReadDrafts, canReadPublished, canWrite, partyKeysOf } from './agreement-access.js';
import {
  type AgreementSummary,
  type AgreementView,
  type ValidationReport,
  type VersionView,
  toAgreementSummary,
  toVersionSummary,
  toVersionView,
} from './agreement-views.js';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementError } from './agreements.error.js';
import { contentHash } from '../../platform/hash/content-hash.js';
import {
  type DefaultConfirmation,
  type DefaultToConfirm,
  defaultsToConfirm,
  holdingConfirmations,
  unconfirmedDefaults,
} from './default-confirmations.js';
import { RoutineTimersService } from './routine-timers.service.js';

/** `latest` is the published version; a number is that version. */
export type VersionSelector = number | 'latest';

/** A version just published, as a publication hook sees it in the publishing transaction. */
export interface PublishedVersion {
  agreementId: string;
  version: number;
  /** The full content (its template applied), as validated. */
  content: AgreementVersion;
  user: AuthUser;
}

/** Runs in the publishing transaction; what it returns runs once that has committed. */
export type PublicationHook = (db: EntityManager, published: PublishedVersion) => Promise<(() => Promise<void>) | void>;

/** Agreements and the life cycle of their versions: draft → published → superseded. */
@Injectable()
export class AgreementsService {
  private readonly publicationHooks: PublicationHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly routineTimers: RoutineTimersService,
  ) {}

  async list(user: AuthUser): Promise<AgreementSummary[]> {
    const agreements = await this.dataSource
      .getRepository(AgreementEntity)
      .find({ order: { countyCode: 'ASC', key: 'ASC' } });
    const versions = await this.dataSource.getRepository(AgreementVersionEntity).find();
    return agreements
      .map((agreement) => ({ agreement, versions: versions.filter((v) => v.agreementId === agreement.id) }))
      .filter(({ agreement, versions }) => this.mayRead(user, agreement, versions))
      .map(({ agreement, versions }) => toAgreementSummary(agreement, this.visibleVersions(user, agreement, versions)));
  }

  async get(user: AuthUser, idOrKey: string): Promise<AgreementView> {
    const agreement = await this.findAgreement(this.dataSource.manager, idOrKey);
    const versions = await this.versionsOf(this.dataSource.manager, agreement.id);
    if (!this.mayRead(user, agreement, versions)) throw this.notFound(idOrKey);
    const visible = this.visibleVersions(user, agreement, versions);
    return { ...toAgreementSummary(agreement, visible), versions: visible.map(toVersionSummary) };
  }

  async getVersion(user: AuthUser, idOrKey: string, selector: VersionSelector): Promise<VersionView> {
    const { agreement, row } = await this.readableVersion(user, idOrKey, selector);
    return toVersionView(agreement, row);
  }

  /** The full content of a version, its template applied, for the computed views. */
  async resolvedVersion(user: AuthUser, idOrKey: string, selector: VersionSelector) {
    const { agreement, row } = await this.readableVersion(user, idOrKey, selector);
    const resolved = resolveAgreement(row.content, await this.templates.lookup());
    if (!resolved.ok) throw this.invalid(resolved.problems);
    return { agreement, row, content: resolved.value };
  }

  /**
   * The published version of an agreement, resolved, with no caller: only for a reader whose
   * access was checked otherwise (a calendar feed's secret, calendar-feeds.service.ts).
   */
  async publishedWithoutCaller(agreementId: string): Promise<AgreementVersion | null> {
    const row = await this.dataSource
      .getRepository(AgreementVersionEntity)
      .findOneBy({ agreementId, status: 'published' });
    if (!row) return null;
    const resolved = resolveAgreement(row.content, await this.templates.lookup());
    return resolved.ok ? resolved.value : null;
  }

  /** Creates an agreement with its first draft; the county and key come from the content. */
  async create(user: AuthUser, content: unknown): Promise<VersionView> {
    if (!user.roles.includes('strategist')) {
      throw new AgreementError('AGREEMENT_FORBIDDEN', 403, 'Only a county’s strategist creates its agreements');
    }
    const version = await this.checked(content);
    if (!canWrite(user, version.county.code)) throw this.forbidden(version.county.code);
    return this.dataSource
      .transaction(async (db) => {
        if (await db.existsBy(AgreementEntity, { key: version.key })) throw this.exists(version.key);
        const problems = await partyProblems(db, version);
        if (problems.length) throw this.invalid(problems);
        const agreement = await db.save(
          db.create(AgreementEntity, { key: version.key, countyCode: version.county.code, name: version.title }),
        );
        const row = await db.save(
          db.create(AgreementVersionEntity, {
            agreementId: agreement.id,
            version: 1,
            status: 'draft',
            content,
            createdBy: user.id,
          }),
        );
        await this.audit.record(db, user, {
          action: 'agreement.created',
          subjectType: 'agreement',
          subjectId: agreement.id,
        });
        return toVersionView(agreement, row);
      })
      .catch((error: unknown) => {
        // Two creates of one key at once: the second meets the unique key, not the check above.
        throw isUniqueViolation(error) ? this.exists(version.key) : error;
      });
  }

  /**
   * A new draft copied from a version (default: the published one, else the latest). `derive`, when
   * given, makes the draft's content from the copied one (a template update); it is validated as a
   * save is, and `details` go to the audit log.
   */
  async createDraft(
    user: AuthUser,
    idOrKey: string,
    from?: number,
    derive?: {
      content: (source: Record<string, unknown>) => Promise<Record<string, unknown>>;
      details: Record<string, unknown>;
    },
  ): Promise<VersionView> {
    const lookup = derive ? await this.templates.lookup() : undefined;
    return this.dataSource.transaction(async (db) => {
      const agreement = await this.lockAgreement(db, idOrKey);
      const versions = await this.versionsOf(db, agreement.id);
      this.assertWrites(user, agreement, versions, idOrKey);
      const draft = versions.find((v) => v.status === 'draft');
      if (draft) throw new AgreementError('AGREEMENT_DRAFT_EXISTS', 409, `Version ${draft.version} is already a draft`);
      const source =
        from !== undefined
          ? versions.find((v) => v.version === from)
          : (versions.find((v) => v.status === 'published') ?? versions.at(-1));
      if (!source) throw new AgreementError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version ${from ?? ''} to copy`);
      const next = Math.max(...versions.map((v) => v.version)) + 1;
      let content = source.content;
      if (derive && lookup) {
        content = await derive.content(source.content as Record<string, unknown>);
        await this.assertValid(db, agreement, resolveAgreement(content, lookup));
      }
      const row = await db.save(
        db.create(AgreementVersionEntity, {
          agreementId: agreement.id,
          version: next,
          status: 'draft',
          content,
          // They hold only while each value stays as confirmed (default-confirmations.ts).
          defaultConfirmations: source.defaultConfirmations,
          createdBy: user.id,
        }),
      );
      await this.audit.record(db, user, {
        action: 'agreement.version.drafted',
        subjectType: 'agreement',
        subjectId: agreement.id,
        details: { version: next, from: source.version, ...derive?.details },
      });
      return toVersionView(agreement, row);
    });
  }

  /** Replaces a draft's content; the caller names the row version it read (optimistic lock). */
  async update(
    user: AuthUser,
    idOrKey: string,
    version: number,
    content: unknown,
    rowVersion: number,
  ): Promise<VersionView> {
    const lookup = await this.templates.lookup();
    return this.dataSource.transaction(async (db) => {
      const agreement = await this.lockAgreement(db, idOrKey);
      this.assertWrites(user, agreement, await this.versionsOf(db, agreement.id), idOrKey);
      const row = await this.findVersion(db, agreement, version);
      this.assertEditable(row, version, rowVersion);
      await this.assertValid(db, agreement, resolveAgreement(content, lookup));
      // An explicit UPDATE, never save(): TypeORM's change detection walks jsonb calling methods
      // such as hasOwnProperty and valueOf on it, so content with keys of those names failed with
      // a 500 or was left unstored while the row version moved on.
      await db.query(
        `UPDATE agreement_version SET content = $3::jsonb, row_version = row_version + 1, updated_at = now()
          WHERE agreement_id = $1 AND version = $2`,
        [agreement.id, version, JSON.stringify(content)],
      );
      const saved = await this.findVersion(db, agreement, version);
      await this.audit.record(db, user, {
        action: 'agreement.version.edited',
        subjectType: 'agreement',
        subjectId: agreement.id,
        details: { version },
      });
      return toVersionView(agreement, saved);
    });
  }

  async validate(user: AuthUser, idOrKey: string, selector: VersionSelector): Promise<ValidationReport> {
    const { agreement, row } = await this.readableVersion(user, idOrKey, selector);
    const resolved = resolveAgreement(row.content, await this.templates.lookup());
    const problems = resolved.ok ? this.identityProblems(agreement, resolved.value) : resolved.problems;
    return { valid: problems.length === 0, problems };
  }

  /**
   * What else publishing a version does, in its transaction (the lifecycle module starts the
   * version's lifecycle): registered at start by the module that does it, as deadline handlers are.
   */
  onPublished(hook: PublicationHook): void {
    this.publicationHooks.push(hook);
  }

  /** Freezes a draft: content hash, who and when; the version published before is superseded. */
  async publish(user: AuthUser, idOrKey: string, version: number): Promise<VersionView> {
    const afterCommit: (() => Promise<void>)[] = [];
    const view = await this.publishInTransaction(user, idOrKey, version, afterCommit);
    for (const then of afterCommit) await then();
    return view;
  }

  private async publishInTransaction(
    user: AuthUser,
    idOrKey: string,
    version: number,
    afterCommit: (() => Promise<void>)[],
  ): Promise<VersionView> {
    const lookup = await this.templates.lookup();
    return this.dataSource.transaction(async (db) => {
      const agreement = await this.lockAgreement(db, idOrKey);
      this.assertWrites(user, agreement, await this.versionsOf(db, agreement.id), idOrKey);
      const row = await this.findVersion(db, agreement, version);
      if (row.status !== 'draft') {
        throw new AgreementError('AGREEMENT_VERSION_PUBLISHED', 409, `Version ${version} is already ${row.status}`);
      }
      const resolved = await this.assertValid(db, agreement, resolveAgreement(row.content, lookup));
      const timers = await this.routineTimers.timersOf(resolved);
      const unconfirmed = unconfirmedDefaults(timers, row.defaultConfirmations);
      if (unconfirmed.length) throw this.unconfirmed(unconfirmed);
      await enrolParties(db, resolved, null);
      await db.update(
        AgreementVersionEntity,
        { agreementId: agreement.id, status: 'published' },
        { status: 'superseded' },
      );
      await db.update(
        AgreementVersionEntity,
        { agreementId: agreement.id, version },
        {
          status: 'published',
          contentHash: contentHash(row.content),
          publishedAt: this.clock.now(),
          publishedBy: user.id,
          rowVersion: row.rowVersion + 1,
          // The version records exactly the confirmations its values rest on.
          defaultConfirmations: holdingConfirmations(timers, row.defaultConfirmations),
        },
      );
      await db.update(AgreementEntity, { id: agreement.id }, { name: resolved.title });
      await this.audit.record(db, user, {
        action: 'agreement.version.published',
        subjectType: 'agreement',
        subjectId: agreement.id,
        details: { version },
      });
      for (const hook of this.publicationHooks) {
        const then = await hook(db, { agreementId: agreement.id, version, content: resolved, user });
        if (then) afterCommit.push(then);
      }
      return toVersionView(agreement, await this.findVersion(db, agreement, version));
    });
  }

  /**
   * Confirms defaults of a draft's routines (values from the template or the product): who and
   * when is recorded with the value confirmed. Names the row version read, like an edit.
   */
  async confirmDefaults(
    user: AuthUser,
    idOrKey: string,
    version: number,
    paths: string[],
    rowVersion: number,
  ): Promise<VersionView> {
    const lookup = await this.templates.lookup();
    return this.dataSource.transaction(async (db) => {
      const agreement = await this.lockAgreement(db, idOrKey);
      this.assertWrites(user, agreement, await this.versionsOf(db, agreement.id), idOrKey);
      const row = await this.findVersion(db, agreement, version);
      this.assertEditable(row, version, rowVersion);
      const resolved = await this.assertValid(db, agreement, resolveAgreement(row.content, lookup));
      const defaults = defaultsToConfirm(await this.routineTimers.timersOf(resolved));
      const byPath = new Map(defaults.map((item) => [item.path, item]));
      const problems = paths.flatMap((path, index) =>
        byPath.has(path)
          ? []
          : [
              problem(
                ['confirm', index],
                'notADefault',
                `${path} är ingen parameter vars värde kommer från mallen eller produkten`,
                `${path} is no parameter whose value comes from the template or the product`,
              ),
            ],
      );
      if (problems.length) throw this.invalid(problems);
      const at = this.clock.now().toISOString();
      const confirmed = new Set(paths);
      const confirmations: DefaultConfirmation[] = [
        ...row.defaultConfirmations.filter((c) => !confirmed.has(`routines.${c.routine}.parameters.${c.parameter}`)),
        ...paths.map((path) => {
          const item = byPath.get(path) as DefaultToConfirm;
          return {
            routine: item.routine,
            parameter: item.parameter,
            value: item.value,
            sourceKind: item.sourceKind,
            confirmedBy: user.username,
            confirmedByName: user.displayName,
            confirmedAt: at,
          };
        }),
      ];
      await db.query(
        `UPDATE agreement_version SET default_confirmations = $3::jsonb, row_version = row_version + 1, updated_at = now()
          WHERE agreement_id = $1 AND version = $2`,
        [agreement.id, version, JSON.stringify(confirmations)],
      );
      await this.audit.record(db, user, {
        action: 'agreement.version.defaults-confirmed',
        subjectType: 'agreement',
        subjectId: agreement.id,
        details: { version, confirmed: paths },
      });
      return toVersionView(agreement, await this.findVersion(db, agreement, version));
    });
  }

  /** A draft, read at the row version the caller names. */
  private assertEditable(row: AgreementVersionEntity, version: number, rowVersion: number): void {
    if (row.status !== 'draft') {
      throw new AgreementError(
        'AGREEMENT_VERSION_PUBLISHED',
        409,
        `Version ${version} is ${row.status} and cannot change`,
      );
    }
    if (rowVersion !== row.rowVersion) {
      throw new AgreementError(
        'AGREEMENT_VERSION_STALE',
        409,
        `Version ${version} changed since row version ${rowVersion}`,
        {
          rowVersion: row.rowVersion,
        },
      );
    }
  }

  private unconfirmed(items: DefaultToConfirm[]): AgreementError {
    return new AgreementError(
      'AGREEMENT_DEFAULTS_UNCONFIRMED',
      422,
      `${items.length} default(s) from the template or the product are not confirmed`,
      { unconfirmed: items },
    );
  }

  private async checked(content: unknown): Promise<AgreementVersion> {
    const resolved = resolveAgreement(content, await this.templates.lookup());
    if (!resolved.ok) throw this.invalid(resolved.problems);
    return resolved.value;
  }

  /** Everything a saved or published version must satisfy: the lib's rules, its identity, its parties. */
  private async assertValid(
    db: EntityManager,
    agreement: AgreementEntity,
    resolved: ValidationResult<AgreementVersion>,
  ): Promise<AgreementVersion> {
    if (!resolved.ok) throw this.invalid(resolved.problems);
    const problems = [
      ...this.identityProblems(agreement, resolved.value),
      ...(await partyProblems(db, resolved.value)),
    ];
    if (problems.length) throw this.invalid(problems);
    return resolved.value;
  }

  /**
   * Writes are the county's strategists'. Whoever may not even read the agreement learns nothing
   * of it (404); a reader who may not write is told so (403).
   */
  private assertWrites(
    user: AuthUser,
    agreement: AgreementEntity,
    versions: AgreementVersionEntity[],
    idOrKey: string,
  ) {
    if (!this.mayRead(user, agreement, versions)) throw this.notFound(idOrKey);
    if (!canWrite(user, agreement.countyCode)) throw this.forbidden(agreement.countyCode);
  }

  private visibleVersions(user: AuthUser, agreement: AgreementEntity, versions: AgreementVersionEntity[]) {
    return canReadDrafts(user, agreement.countyCode) ? versions : versions.filter((v) => v.status !== 'draft');
  }

  /** A version may not move its agreement to another key or county. */
  private identityProblems(agreement: AgreementEntity, version: AgreementVersion): Problem[] {
    const problems: Problem[] = [];
    if (version.key !== agreement.key) {
      problems.push({
        path: 'key',
        code: 'keyChanged',
        message: { sv: `nyckeln måste vara ${agreement.key}`, en: `the key must stay ${agreement.key}` },
      });
    }
    if (version.county.code !== agreement.countyCode) {
      problems.push({
        path: 'county.code',
        code: 'countyChanged',
        message: { sv: `länet måste vara ${agreement.countyCode}`, en: `the county must stay ${agreement.countyCode}` },
      });
    }
    return problems;
  }

  private async readableVersion(user: AuthUser, idOrKey: string, selector: VersionSelector) {
    const agreement = await this.findAgreement(this.dataSource.manager, idOrKey);
    const versions = await this.versionsOf(this.dataSource.manager, agreement.id);
    if (!this.mayRead(user, agreement, versions)) throw this.notFound(idOrKey);
    const row =
      selector === 'latest'
        ? versions.find((v) => v.status === 'published')
        : versions.find((v) => v.version === selector);
    if (!row || (row.status === 'draft' && !canReadDrafts(user, agreement.countyCode))) {
      throw new AgreementError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version ${selector} of ${idOrKey}`);
    }
    return { agreement, row };
  }

  private mayRead(user: AuthUser, agreement: AgreementEntity, versions: AgreementVersionEntity[]): boolean {
    const published = versions.find((v) => v.status === 'published');
    return canReadPublished(user, agreement.countyCode, published ? partyKeysOf(published.content) : []);
  }

  private async findAgreement(db: EntityManager, idOrKey: string): Promise<AgreementEntity> {
    const agreement = await db.findOneBy(AgreementEntity, isUuid(idOrKey) ? { id: idOrKey } : { key: idOrKey });
    if (!agreement) throw this.notFound(idOrKey);
    return agreement;
  }

  /** Serialises writers of one agreement: version numbers and the one-draft rule stay sound. */
  private async lockAgreement(db: EntityManager, idOrKey: string): Promise<AgreementEntity> {
    const agreement = await this.findAgreement(db, idOrKey);
    await db.query('SELECT 1 FROM agreement WHERE id = $1 FOR UPDATE', [agreement.id]);
    return agreement;
  }

  private versionsOf(db: EntityManager, agreementId: string): Promise<AgreementVersionEntity[]> {
    return db.find(AgreementVersionEntity, {
      where: { agreementId },
      relations: { publisher: true },
      order: { version: 'ASC' },
    });
  }

  private async findVersion(
    db: EntityManager,
    agreement: AgreementEntity,
    version: number,
  ): Promise<AgreementVersionEntity> {
    const row = await db.findOne(AgreementVersionEntity, {
      where: { agreementId: agreement.id, version },
      relations: { publisher: true },
    });
    if (!row) throw new AgreementError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version ${version} of ${agreement.key}`);
    return row;
  }

  private notFound(idOrKey: string): AgreementError {
    return new AgreementError('AGREEMENT_NOT_FOUND', 404, `No agreement ${idOrKey}`);
  }

  private exists(key: string): AgreementError {
    return new AgreementError('AGREEMENT_EXISTS', 409, `An agreement with key ${key} exists`);
  }

  private forbidden(countyCode: string): AgreementError {
    return new AgreementError(
      'AGREEMENT_FORBIDDEN',
      403,
      `Only a strategist of county ${countyCode} may write its agreements`,
    );
  }

  private invalid(problems: Problem[]): AgreementError {
    return new AgreementError('AGREEMENT_INVALID', 422, `The agreement has ${problems.length} problem(s)`, {
      problems,
    });
  }
}
