import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type RoutineBinding, parseTemplateRef } from '@samverkan/agreements';
import {
  type CompiledRoutine,
  type RoutineEffects,
  type RoutineSnapshot,
  applyEvent,
  compileRoutine,
  restoreSnapshot,
  startRoutine,
} from '@samverkan/workflows';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock.js';
import { updateReturning } from '../../platform/database/returning.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { DeadlineDispatcher } from '../deadlines/deadline-dispatcher.js';
import type { DeadlineEntity } from '../deadlines/deadline.entity.js';
import { type AfterCommit, DeadlineHandlers } from '../deadlines/deadline-handlers.js';
import { EngineError } from '../engine.error.js';
import { RoutineDefinitionsService } from '../routines/routine-definitions.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { isUuid } from '../../platform/http/params.js';
import { mayActInCase, mayReadCase, worksInCases } from './case-access.js';
import { type InstanceBindings, bindInstance, partiesOf } from './instance-bindings.js';
import {
  InstanceEffects,
  ROUTINE_DEADLINE,
  type RoutineTimerPayload,
  type WrittenEffects,
} from './instance-effects.js';
import { InstanceReader } from './instance-reader.js';
import { AGREEMENT_SOURCE, type AgreementSource, type SourcedVersion } from '../ports/agreement-source.js';
import { PAYLOAD_FILLERS, type PayloadFillers } from '../ports/payload-fillers.js';
import type { InstanceView } from './instance-views.js';

interface InstanceRow {
  id: string;
  agreement_version: number;
  routine_key: string;
  routine_version: number;
  status: 'active' | 'done';
  snapshot: unknown;
  bindings: InstanceBindings;
  version: number;
}

export interface StartRequest {
  agreement: string;
  routine: string;
  input?: Record<string, unknown>;
  /** The client's key for this start (a UUID): the same start again answers with its case. */
  idempotencyKey?: string;
}

type Actor = { source: 'user'; user: AuthUser } | { source: 'timer' };

/**
 * The engine: starts instances of a county's bound routines and applies events to them, each
 * in one transaction with optimistic locking (ARCHITECTURE: Execution). Deadlines are armed in
 * that transaction and dispatched after commit.
 */
@Injectable()
export class InstancesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AGREEMENT_SOURCE) private readonly agreements: AgreementSource,
    private readonly routines: RoutineDefinitionsService,
    private readonly effects: InstanceEffects,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly handlers: DeadlineHandlers,
    private readonly reader: InstanceReader,
    private readonly clock: Clock,
    @Inject(PAYLOAD_FILLERS) private readonly fillers: PayloadFillers,
  ) {}

  onModuleInit(): void {
    this.handlers.register(ROUTINE_DEADLINE, (db, deadline) => this.onTimer(db, deadline));
  }

  async start(user: AuthUser, request: StartRequest): Promise<InstanceView> {
    if (!worksInCases(user)) throw caseRoleRequired();
    const { agreementId, version, content } = await this.startingVersion(user, request.agreement);
    const binding = content.routines?.find(
      (r) => r.key === request.routine || parseTemplateRef(r.template)?.key === request.routine,
    );
    if (!binding)
      throw new EngineError('ROUTINE_NOT_BOUND', 404, `${request.agreement} binds no routine ${request.routine}`);
    const definition = await this.routines.latest(parseTemplateRef(binding.template)?.key ?? binding.template);
    const routine = compileRoutine(definition, binding);
    const at = this.clock.now();
    const input = request.input ?? {};
    // The input first (its form, personal data, a home municipality the binding knows): the
    // role check below reads the home municipality from it.
    const step = startRoutine(routine, input, at.toISOString());
    const home = typeof input['homeMunicipality'] === 'string' ? input['homeMunicipality'] : undefined;
    // The same bindings as every later read: whoever starts a case can read it (defect 5).
    const bindings = bindInstance(content, binding, home);
    if (!mayActInCase(user, bindings)) {
      throw new EngineError('INSTANCE_FORBIDDEN', 403, `${user.party.name} plays no role in ${binding.key}`);
    }
    const retried = (db: EntityManager) =>
      request.idempotencyKey
        ? this.startedBefore(db, agreementId, request.idempotencyKey, definition.key, input, user)
        : Promise.resolve(undefined);
    const insert = () =>
      this.dataSource.transaction(async (db) => {
        const existing = await retried(db);
        if (existing) return { id: existing, written: undefined };
        const [inserted] = (await db.query(
          `INSERT INTO instance (agreement_id, agreement_version, routine_key, routine_version, case_ref, status, snapshot, bindings, started_by, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            agreementId,
            version,
            definition.key,
            definition.version,
            this.newCaseRef(binding),
            step.effects.done ? 'done' : 'active',
            serialise(step.snapshot),
            JSON.stringify(bindings),
            user.id,
            request.idempotencyKey ?? null,
          ],
        )) as { id: string }[];
        if (!inserted) throw new Error('instance insert returned nothing');
        await this.log(db, inserted.id, 'instance.started', input, { source: 'user', user }, at);
        return { id: inserted.id, written: await this.effects.write(db, inserted.id, bindings, step.effects, at) };
      });
    // Two retries at once meet on the unique key: the one that lost finds the winner's case.
    // (A generated reference that collides, one in 191 million a month, is simply drawn again.)
    const { id, written } = await insert().catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      return insert();
    });
    if (written) await this.afterCommit(written);
    return this.reader.read(user, id);
  }

  /**
   * The version a new case starts on: the agreement's published one. A caller who may not know
   * of the agreement learns nothing of it (404, docs/security.md).
   */
  private async startingVersion(user: AuthUser, idOrKey: string): Promise<SourcedVersion> {
    const agreement = await this.agreements.find(idOrKey);
    if (!agreement || !this.agreements.isVisibleTo(user, agreement)) {
      throw new EngineError('AGREEMENT_NOT_FOUND', 404, `No agreement ${idOrKey}`);
    }
    const version =
      agreement.publishedVersion === undefined
        ? undefined
        : await this.agreements.version(agreement.key, agreement.publishedVersion);
    if (!version) throw new EngineError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version latest of ${idOrKey}`);
    return version;
  }

  /**
   * A start under a key the agreement has seen: the same start again (same routine, organisation
   * and input: a client's retry) is the case it made; any other start under that key is refused.
   */
  private async startedBefore(
    db: EntityManager,
    agreementId: string,
    idempotencyKey: string,
    routineKey: string,
    input: Record<string, unknown>,
    user: AuthUser,
  ): Promise<string | undefined> {
    const rows: { id: string; same: boolean }[] = await db.query(
      `SELECT i.id, (i.routine_key = $3 AND e.actor_party_key = $4 AND e.payload = $5::jsonb) AS same
       FROM instance i JOIN instance_event e ON e.instance_id = i.id AND e.seq = 1
       WHERE i.agreement_id = $1 AND i.idempotency_key = $2`,
      [agreementId, idempotencyKey, routineKey, user.party.key, JSON.stringify(input)],
    );
    const existing = rows[0];
    if (!existing) return undefined;
    if (!existing.same) {
      throw new EngineError('IDEMPOTENCY_KEY_REUSED', 409, 'This Idempotency-Key was used for another start');
    }
    return existing.id;
  }

  /** A user's event: only parties playing a role the event is expected from may send it. */
  async send(user: AuthUser, instanceId: string, event: Record<string, unknown>): Promise<InstanceView> {
    if (!isUuid(instanceId)) throw instanceNotFound(instanceId);
    const written = await this.dataSource.transaction((db) =>
      this.apply(db, instanceId, event, { source: 'user', user }),
    );
    await this.afterCommit(written);
    return this.reader.read(user, instanceId);
  }

  private async onTimer(db: EntityManager, deadline: DeadlineEntity): Promise<AfterCommit | undefined> {
    const { instanceId, timer } = deadline.payload as RoutineTimerPayload;
    if (timer.kind === 'deadline' && timer.event) {
      const written = await this.apply(db, instanceId, { type: timer.event }, { source: 'timer' });
      return () => this.afterCommit(written);
    }
    const instance = await this.load(db, instanceId);
    await this.effects.notify(db, instanceId, instance.bindings, timer);
    return undefined;
  }

  private async apply(
    db: EntityManager,
    instanceId: string,
    event: Record<string, unknown>,
    actor: Actor,
  ): Promise<WrittenEffects> {
    const instance = await this.load(db, instanceId);
    const routine = compileRoutine(
      await this.routines.get(instance.routine_key, instance.routine_version),
      instance.bindings.binding,
    );
    if (actor.source === 'user') {
      if (!mayReadCase(actor.user, instance.bindings)) throw instanceNotFound(instanceId);
      if (!mayActInCase(actor.user, instance.bindings)) throw caseRoleRequired();
      this.authorise(routine, instance.bindings, actor.user, event);
      event = await this.fill(routine, instance, event);
    }
    const at = this.clock.now();
    const result = applyEvent(routine, restoreSnapshot(routine, instance.snapshot), event, at.toISOString());
    if (!result.changed) return { armed: [], cancelled: [] };
    const updated = await updateReturning<{ id: string }>(
      db,
      `UPDATE instance SET snapshot = $3, status = $4, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING id`,
      [instanceId, instance.version, serialise(result.snapshot), result.effects.done ? 'done' : 'active'],
    );
    // Another event applied since we read: never both against the same state.
    if (updated.length === 0)
      throw new EngineError('INSTANCE_CONFLICT', 409, 'The case changed meanwhile; read it and send again');
    const { type, ...payload } = event;
    await this.log(db, instanceId, String(type), payload, actor, at);
    return this.effects.write(db, instanceId, instance.bindings, result.effects as RoutineEffects, at);
  }

  /** Fields the routine lets the server fill in (its events' `fill`), where the sender left them out. */
  private async fill(
    routine: CompiledRoutine,
    instance: InstanceRow,
    event: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const fill = routine.definition.events[String(event['type'])]?.fill ?? {};
    const filled = { ...event };
    for (const [field, filler] of Object.entries(fill)) {
      if (filled[field] !== undefined) continue;
      filled[field] = await this.fillers[filler]({
        agreementKey: instance.bindings.agreementKey,
        agreementVersion: instance.agreement_version,
      });
    }
    return filled;
  }

  private authorise(
    routine: CompiledRoutine,
    bindings: InstanceBindings,
    user: AuthUser,
    event: Record<string, unknown>,
  ): void {
    const spec = routine.definition.events[String(event['type'])];
    if (!spec) return; // applyEvent refuses unknown events with its own code
    const allowed = partiesOf(
      bindings,
      spec.sentBy.filter((role) => role !== 'timer'),
    );
    if (!allowed.includes(user.party.key)) {
      throw new EngineError(
        'INSTANCE_FORBIDDEN',
        403,
        `${user.party.name} may not send ${String(event['type'])} in this case`,
      );
    }
  }

  private async load(db: EntityManager, instanceId: string): Promise<InstanceRow> {
    const rows: InstanceRow[] = await db.query(
      'SELECT id, agreement_version, routine_key, routine_version, status, snapshot, bindings, version FROM instance WHERE id = $1',
      [instanceId],
    );
    const row = rows[0];
    if (!row) throw instanceNotFound(instanceId);
    return row;
  }

  private async log(
    db: EntityManager,
    instanceId: string,
    type: string,
    payload: Record<string, unknown>,
    actor: Actor,
    at: Date,
  ) {
    await db.query(
      `INSERT INTO instance_event (instance_id, seq, type, payload, source, actor_user_id, actor_party_key, at)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM instance_event WHERE instance_id = $1`,
      [
        instanceId,
        type,
        JSON.stringify(payload),
        actor.source,
        actor.source === 'user' ? actor.user.id : null,
        actor.source === 'user' ? actor.user.party.key : null,
        at,
      ],
    );
  }

  private async afterCommit(written: WrittenEffects): Promise<void> {
    await this.dispatcher.withdraw(written.cancelled);
    await this.dispatcher.dispatch(written.armed);
  }

  /**
   * `RVC-2611-KQZTMB`: routine, year and month, six random letters. No digit runs, so a
   * reference can never look like a personal identity number.
   */
  private newCaseRef(binding: RoutineBinding): string {
    const month = this.clock.today().slice(2, 7).replace('-', '');
    const letters = Array.from(randomBytes(6), (byte) => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[byte % 24]).join('');
    return `${binding.key.toUpperCase().slice(0, 12)}-${month}-${letters}`;
  }
}

function instanceNotFound(id: string): EngineError {
  return new EngineError('INSTANCE_NOT_FOUND', 404, `No case ${id}`);
}

function caseRoleRequired(): EngineError {
  return new EngineError(
    'CASE_ROLE_REQUIRED',
    403,
    'Case work is for coordinators and members of the organisations in the case (docs/security.md)',
  );
}

function serialise(snapshot: RoutineSnapshot): string {
  return JSON.stringify({ value: snapshot.value, context: snapshot.context });
}
