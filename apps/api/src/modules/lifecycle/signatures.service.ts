import { Injectable } from '@nestjs/common';
import type { AgreementVersion } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DeadlineDispatcher } from '../../engine/deadlines/deadline-dispatcher.service.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { InstancesService } from '../../engine/instances/instances.service.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { AgreementsService, type VersionSelector } from '../agreements/agreements.service.js';
import { AuditService } from '../audit/audit.service.js';
import { LIFECYCLE_ROUTINE } from './lifecycle-routine.js';
import { mayRecordFor, refusePersonalFunction } from './party-records.js';
import { LifecycleError } from './lifecycle.error.js';
import type { SignatureRoundView } from './lifecycle-views.js';

/** A signature as recorded: the day and the signatory's function, never a name. */
export const signatureSchema = z.strictObject({
  party: z.string().min(1),
  signedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  // A function or title ("Kommunstyrelsens ordförande"), not who holds it: no digits, no
  // addresses, short. The personal-data guard runs over it too.
  signatoryFunction: z
    .string()
    .trim()
    .min(2)
    .max(80)
    .regex(/^[\p{L}][\p{L} ,.()/&-]*$/u, 'a function or title in words (no digits or symbols)'),
});
export type NewSignature = z.infer<typeof signatureSchema>;

/**
 * A published version's signature round: each party's signature (the day and the signatory's
 * function), recorded here and sent to the version's lifecycle as `agreement.signature.recorded`.
 */
@Injectable()
export class SignaturesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly instances: InstancesService,
    private readonly instanceRows: InstanceRepository,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The version's signature round: each party that signs, its signature if recorded, and the lifecycle. */
  async signatures(user: AuthUser, agreement: string, selector: VersionSelector): Promise<SignatureRoundView> {
    const { agreement: row, row: version, content } = await this.agreements.resolvedVersion(user, agreement, selector);
    const recorded: { party_key: string; signed_on: string; signatory_function: string; recorded_at: Date }[] =
      await this.dataSource.query(
        `SELECT party_key, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, signatory_function, recorded_at
         FROM agreement_signature WHERE agreement_id = $1 AND agreement_version = $2`,
        [row.id, version.version],
      );
    const lifecycle = await this.instanceRows.ofAgreementVersion(
      this.dataSource.manager,
      row.id,
      version.version,
      LIFECYCLE_ROUTINE,
    );
    const names = new Map(content.parties.map((party) => [party.key, party.name]));
    const signatures = signingParties(content).map((party) => {
      const signed = recorded.find((r) => r.party_key === party);
      return {
        party,
        partyName: names.get(party) ?? party,
        signedOn: signed?.signed_on ?? null,
        signatoryFunction: signed?.signatory_function ?? null,
        recordedAt: signed ? new Date(signed.recorded_at).toISOString() : null,
      };
    });
    const pending = signatures.filter((s) => s.signedOn === null).map((s) => s.party);
    return {
      agreement: row.key,
      version: version.version,
      lifecycle: lifecycle
        ? { id: lifecycle.id, caseRef: lifecycle.case_ref, state: lifecycle.snapshot.value, status: lifecycle.status }
        : null,
      signatures,
      pending,
      complete: pending.length === 0,
    };
  }

  /**
   * Records a party's signature of a published version: by the party's own strategist or
   * coordinator, the county's strategist (who collects the signed copies) or the admin (who
   * enters what the paper says); the same people as for a notice of withdrawal. Sent to the version's
   * lifecycle in the same transaction, so the party's signature task closes and its reminders
   * stop; the other parties' go on.
   */
  async sign(
    user: AuthUser,
    agreement: string,
    selector: VersionSelector,
    body: NewSignature,
  ): Promise<SignatureRoundView> {
    const { agreement: row, row: version, content } = await this.agreements.resolvedVersion(user, agreement, selector);
    if (version.status !== 'published') {
      throw new LifecycleError(
        'AGREEMENT_VERSION_NOT_PUBLISHED',
        409,
        `Version ${version.version} is ${version.status}: only the published version is signed`,
      );
    }
    if (!mayRecordFor(user, body.party, row.countyCode)) {
      throw new LifecycleError(
        'SIGNATURE_FORBIDDEN',
        403,
        'A party’s signature is recorded by its own strategist or coordinator, the county’s strategist or the admin',
      );
    }
    const problems = [
      ...(signingParties(content).includes(body.party)
        ? []
        : [{ path: 'party', message: `${body.party} is not a party that signs this agreement` }]),
      ...(body.signedOn > this.clock.today()
        ? [{ path: 'signedOn', message: 'a signature cannot be dated ahead' }]
        : []),
      ...(Number.isNaN(Date.parse(body.signedOn)) ? [{ path: 'signedOn', message: 'not a date' }] : []),
    ];
    if (problems.length) throw new LifecycleError('SIGNATURE_INVALID', 422, 'The signature is invalid', { problems });
    refusePersonalFunction(body.signatoryFunction);
    const dispatch = await this.dataSource
      .transaction(async (db) => {
        await db.query(
          `INSERT INTO agreement_signature
             (agreement_id, agreement_version, party_key, signed_on, signatory_function, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [row.id, version.version, body.party, body.signedOn, body.signatoryFunction, user.id, this.clock.now()],
        );
        await this.audit.record(db, user, {
          action: 'agreement.signature.recorded',
          subjectType: 'agreement',
          subjectId: row.id,
          details: { version: version.version, party: body.party, signedOn: body.signedOn },
        });
        const lifecycle = await this.instanceRows.ofAgreementVersion(
          db,
          row.id,
          version.version,
          LIFECYCLE_ROUTINE,
          true,
        );
        if (!lifecycle) return undefined;
        return this.instances.applyAuthorised(
          db,
          lifecycle.id,
          { type: 'agreement.signature.recorded', party: body.party },
          user,
        );
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new LifecycleError(
            'SIGNATURE_EXISTS',
            409,
            `${body.party} has signed version ${version.version} already`,
          );
        }
        throw error;
      });
    if (dispatch) await this.dispatcher.apply(dispatch);
    return this.signatures(user, agreement, version.version);
  }
}

/** The parties that sign: the signature page's, else every party. */
function signingParties(content: AgreementVersion): string[] {
  return content.signing?.parties ?? content.parties.map((party) => party.key);
}
