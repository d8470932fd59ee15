import { Injectable } from '@nestjs/common';
import { type AgreementVersion, withdrawalOf } from '@samverkan/agreements';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { DeadlineDispatcher } from '../../engine/deadlines/deadline-dispatcher.service.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { AppError } from '../../platform/errors/app-error.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { AuditService } from '../audit/audit.service.js';
import { plusDays, swedishDate } from './agreement-reminders.js';
import { LIFECYCLE_ROUTINE } from './lifecycle-routine.js';
import { LifecycleError } from './lifecycle.error.js';
import { mayRecordFor, refusePersonalFunction } from './party-records.js';
import { signatureSchema } from './signatures.service.js';
import type { RecordedWithdrawalView, WithdrawalNoticeView, WithdrawalNoticesView } from './withdrawal-views.js';

/** A notice of withdrawal as given: the party, the day (default today) and the signatory's function. */
export const withdrawalSchema = z.strictObject({
  party: z.string().min(1),
  givenOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .optional(),
  signatoryFunction: signatureSchema.shape.signatoryFunction,
});
export type NewWithdrawal = z.infer<typeof withdrawalSchema>;

interface NoticeRow {
  party_key: string;
  party_name: string | null;
  agreement_version: number;
  given_on: string;
  effective_on: string;
  signatory_function: string;
  recorded_at: Date;
}

/**
 * A party's notice of withdrawal (uppsägning) from an agreement: recorded against the published
 * version, its effective day from that version's withdrawal rule (the same `withdrawalOf` the
 * view `…/versions/{n}/withdrawal` answers with), and the `withdrawalReceived` notice queued to
 * the parties in the same transaction (the outbox), on the version's lifecycle.
 */
@Injectable()
export class WithdrawalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly instanceRows: InstanceRepository,
    private readonly notifications: NotificationRepository,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The notices given from the agreement, for its readers (none before it is published). */
  async list(user: AuthUser, agreement: string): Promise<WithdrawalNoticesView> {
    const { id, key } = await this.agreements.get(user, agreement);
    // The party's name as Samverkan knows it: a later version may no longer name the party.
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT w.party_key, p.name AS party_name, w.agreement_version, to_char(w.given_on, 'YYYY-MM-DD') AS given_on,
         to_char(w.effective_on, 'YYYY-MM-DD') AS effective_on, w.signatory_function, w.recorded_at
       FROM withdrawal_notice w LEFT JOIN party p ON p.key = w.party_key
       WHERE w.agreement_id = $1 ORDER BY w.given_on, w.recorded_at`,
      [id],
    );
    return { agreement: key, notices: rows.map(toView) };
  }

  /**
   * Records a party's notice: by the party's own strategist or coordinator, the county's
   * strategist, or the admin (who enter what the signed letter says). Refused for a party that
   * has given notice already, and where the agreement has no withdrawal rule to date it by.
   */
  async give(user: AuthUser, agreement: string, body: NewWithdrawal): Promise<RecordedWithdrawalView> {
    const { agreement: row, row: version, content } = await this.published(user, agreement);
    if (!mayRecordFor(user, body.party, row.countyCode)) {
      throw new LifecycleError(
        'WITHDRAWAL_FORBIDDEN',
        403,
        'A party’s notice of withdrawal is recorded by its own strategist or coordinator, the county’s strategist or the admin',
      );
    }
    const givenOn = body.givenOn ?? this.clock.today();
    await this.check({ ...body, givenOn }, content);
    const computed = withdrawalOf(content, body.party, givenOn);
    if (computed.status === 'notSpecified') {
      throw new LifecycleError('WITHDRAWAL_RULE_MISSING', 409, 'The agreement has no withdrawal rule to date it by', {
        problems: [{ path: 'withdrawal', message: 'the published version states no withdrawal rule' }],
      });
    }
    if (computed.status !== 'computed') {
      throw new LifecycleError('WITHDRAWAL_INVALID', 422, 'The withdrawal cannot be dated', {
        problems: computed.status === 'invalid' ? computed.problems : [{ path: 'party', message: 'not a party' }],
      });
    }
    const effectiveOn = computed.date.effectiveOn;
    const recordedAt = this.clock.now();
    const notified = await this.dataSource
      .transaction(async (db) => {
        await db.query(
          `INSERT INTO withdrawal_notice (agreement_id, agreement_version, party_key, given_on, effective_on,
             signatory_function, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [row.id, version.version, body.party, givenOn, effectiveOn, body.signatoryFunction, user.id, recordedAt],
        );
        await this.audit.record(db, user, {
          action: 'agreement.withdrawal.recorded',
          subjectType: 'agreement',
          subjectId: row.id,
          details: { version: version.version, party: body.party, givenOn, effectiveOn },
        });
        return this.queueNotice(db, row.id, version.version, content, body.party, givenOn, effectiveOn);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new LifecycleError('WITHDRAWAL_EXISTS', 409, `${body.party} has given notice of withdrawal already`);
        }
        throw error;
      });
    if (notified.ids.length) await this.dispatcher.apply({ armed: [], cancelled: [], notifications: notified.ids });
    return {
      agreement: row.key,
      clause: computed.clause,
      inWriting: computed.inWriting,
      notified: notified.parties,
      ...toView({
        party_key: body.party,
        party_name: content.parties.find((p) => p.key === body.party)?.name ?? null,
        agreement_version: version.version,
        given_on: givenOn,
        effective_on: effectiveOn,
        signatory_function: body.signatoryFunction,
        recorded_at: recordedAt,
      }),
    };
  }

  /** The published version, resolved; an agreement with none is refused (nothing to withdraw from). */
  private async published(user: AuthUser, agreement: string) {
    try {
      return await this.agreements.resolvedVersion(user, agreement, 'latest');
    } catch (error) {
      if (error instanceof AppError && error.code === 'AGREEMENT_VERSION_NOT_FOUND') {
        throw new LifecycleError('AGREEMENT_NOT_PUBLISHED', 409, `${agreement} has no published version`);
      }
      throw error;
    }
  }

  /** 422 with the path of each field that is wrong: a party none or not this agreement's, a day ahead. */
  private async check(
    { party, givenOn, signatoryFunction }: { party: string; givenOn: string; signatoryFunction: string },
    content: AgreementVersion,
  ): Promise<void> {
    const problems: { path: string; code: string; message: string }[] = [];
    if (!content.parties.some((p) => p.key === party)) {
      const known: unknown[] = await this.dataSource.query(`SELECT 1 FROM party WHERE key = $1`, [party]);
      problems.push(
        known.length
          ? { path: 'party', code: 'partyNotInAgreement', message: `${party} is no party to this agreement` }
          : { path: 'party', code: 'unknownParty', message: `no party ${party} is known` },
      );
    }
    const date = new Date(`${givenOn}T12:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== givenOn) {
      problems.push({ path: 'givenOn', code: 'notADate', message: 'not a date' });
    } else if (givenOn > this.clock.today()) {
      problems.push({ path: 'givenOn', code: 'dateAhead', message: 'notice cannot be dated ahead' });
    }
    if (problems.length) throw new LifecycleError('WITHDRAWAL_INVALID', 422, 'The notice is invalid', { problems });
    refusePersonalFunction(signatoryFunction);
  }

  /**
   * Queues `withdrawalReceived` (in the caller's transaction) on the version's lifecycle, to the
   * other parties and to the withdrawing one as its receipt. Nothing when no lifecycle runs: a
   * notice about the agreement hangs on its lifecycle.
   */
  private async queueNotice(
    db: EntityManager,
    agreementId: string,
    version: number,
    content: AgreementVersion,
    party: string,
    givenOn: string,
    effectiveOn: string,
  ): Promise<{ ids: string[]; parties: string[] }> {
    const lifecycle = await this.instanceRows.ofAgreementVersion(db, agreementId, version, LIFECYCLE_ROUTINE, true);
    if (lifecycle?.status !== 'active') return { ids: [], parties: [] };
    const parties = [...content.parties.map((p) => p.key).filter((key) => key !== party), party];
    const name = content.parties.find((p) => p.key === party)?.name ?? party;
    const ids = await this.notifications.queueNotices(
      db,
      [
        {
          instanceId: lifecycle.id,
          notice: {
            kind: 'withdrawalReceived',
            values: {
              withdrawal: { party: name, givenOn: swedishDate(givenOn), effectiveOn: swedishDate(effectiveOn) },
            },
          },
          recipientRole: 'signatory',
          recipientPartyKeys: parties,
        },
      ],
      this.clock.now(),
    );
    return { ids, parties };
  }
}

function toView(row: NoticeRow): WithdrawalNoticeView {
  return {
    party: row.party_key,
    partyName: row.party_name ?? row.party_key,
    version: row.agreement_version,
    givenOn: row.given_on,
    effectiveOn: row.effective_on,
    freeFrom: plusDays(row.effective_on, 1),
    signatoryFunction: row.signatory_function,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}
