import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type AgreementVersion, type RoutineBinding, parseTemplateRef } from '@samverkan/agreements';
import {
  type CompiledRoutine,
  type RoutineSnapshot,
  activeStateIds,
  applyEvent,
  caseFactsOf,
  occurredAtOf,
  restoreSnapshot,
  startRoutine,
  timerOccurredAt,
} from '@samverkan/workflows';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { isUuid } from '../../platform/http/params.js';
import { type Dispatch, DeadlineDispatcher, nothingToDispatch } from '../deadlines/deadline-dispatcher.service.js';
import { DeadlineHandlers } from '../deadlines/deadline-handlers.service.js';
import { ROUTINE_DEADLINE, deadlineViewOf, routineTimerOf } from '../deadlines/deadline-payload.js';
import type { ArmedDeadline } from '../deadlines/deadline.repository.js';
import { EngineError } from '../engine.error.js';
import { mayActInCase, mayReadCase, worksInCases } from '../instance-store/case-access.js';
import { type InstanceBindings, bindInstance, partiesOf } from '../instance-store/instance-bindings.js';
import type { StoredSnapshot } from '../instance-store/instance.entity.js';
import { type InstanceRow, InstanceRepository, type LoggedEvent } from '../instance-store/instance.repository.js';
import { AGREEMENT_SOURCE, type AgreementSource, type SourcedVersion } from '../ports/agreement-source.js';
import { PAYLOAD_FILLERS, type PayloadFillers } from '../ports/payload-fillers.js';
import { RoutineDefinitionsService } from '../routines/routine-definitions.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { CaseStepWriter, type WrittenStep } from './step-writer.service.js';
import { InstanceReader } from './instance-reader.service.js';
import type { StepView } from './instance-views.js';

export interface StartRequest {
  agreement: string;
  routine: string;
  input?: Record<string, unknown>;
  /** The client's key for this start (a UUID): the same start again answers with its case. */
  idempotencyKey?: string;
  /** When the case began, if before it is registered (ISO 8601 with an offset). */
  occurredAt?: unknown;
}

/**
 * Who sends an event: a user, or a timer that fell due at `dueAt`. `authorised`: a feature module
 * checked the user's right itself (a party's signature is recorded by its own strategist or the
 * admin, who play no role in the lifecycle), so the engine's role check is not applied.
 */
type Actor = { source: 'user'; user: AuthUser; authorised?: true } | { source: 'timer'; dueAt: Date };

/** A start the product makes itself, in the caller's transaction (publishing starts a lifecycle). */
export interface SystemStart {
  agreementId: string;
  version: number;
  content: AgreementVersion;
  /** The binding's key in the version's routines. */
  binding: string;
  input: Record<string, unknown>;
  /** The user whose act caused the start (the publisher). */
  startedBy: string;
}

/** An event applied in a transaction: the case after it, and the step written (none if nothing changed). */
interface Applied {
  caseRef: string;
  routine: string;
  at: Date;
  occurredAt: Date;
  after: { status: 'active' | 'done'; value: unknown };
  written: WrittenStep | undefined;
}

/**
 * The engine: starts instances of a county's bound routines and applies events to them, users'
 * and timers' alike, with optimistic locking (ARCHITECTURE: Execution): the case is read, and
 * what the step writes is one statement under the version read (CaseStepWriter), committed on
 * its own for a user's start or event, in the firing's transaction for a timer. Deadlines it
 * armed or cancelled reach the queue after commit.
 */
@Injectable()
export class InstancesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AGREEMENT_SOURCE) private readonly agreements: AgreementSource,
    @Inject(PAYLOAD_FILLERS) private readonly fillers: PayloadFillers,
    private readonly routines: RoutineDefinitionsService,
    private readonly instances: InstanceRepository,
    private readonly steps: CaseStepWriter,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly handlers: DeadlineHandlers,
    private readonly reader: InstanceReader,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.handlers.register(ROUTINE_DEADLINE, (db, deadline) => this.onTimer(db, deadline));
  }

  async start(user: AuthUser, request: StartRequest): Promise<StepView> {
    if (!worksInCases(user)) throw caseRoleRequired();
    const { agreementId, version, content } = await this.startingVersion(user, request.agreement);
    const binding = content.routines?.find(
      (r) => r.key === request.routine || parseTemplateRef(r.template)?.key === request.routine,
    );
    if (!binding)
      throw new EngineError('ROUTINE_NOT_BOUND', 404, `${request.agreement} binds no routine ${request.routine}`);
    const definition = await this.routines.latest(parseTemplateRef(binding.template)?.key ?? binding.template);
    const routine = this.routines.compiled(definition, binding);
    const at = this.clock.now();
    // Who the case is for first: a case outside the binding's target group is refused before
    // anything is written, and the start keeps only the category, forms and yes-or-no answers.
    const groups = (content.targetGroups ?? []).filter((group) => binding.targetGroups?.includes(group.key));
    const { facts, rest } = caseFactsOf(groups, request.input ?? {});
    // A case that began before it was registered starts then: its first deadlines run from it.
    const occurredAt = occurredAtOf({ occurredAt: request.occurredAt, recordedAt: at });
    // Then the routine's own input (its form, personal data, a home municipality the binding
    // knows): the role check below reads the home municipality from it.
    const started = startRoutine(routine, rest, occurredAt);
    const input = facts ? { ...rest, ...facts } : rest;
    const home = typeof input['homeMunicipality'] === 'string' ? input['homeMunicipality'] : undefined;
    // The same bindings as every later read: whoever starts a case can read it (defect 5).
    const bindings = bindInstance(content, binding, home);
    if (!mayActInCase(user, bindings)) {
      throw new EngineError('INSTANCE_FORBIDDEN', 403, `${user.party.name} plays no role in ${binding.key}`);
    }
    let caseRef = this.newCaseRef(binding);
    // No transaction: the start is one statement, committed at once; a start under a key that
    // races another meets it on the unique index below.
    const insert = async () => {
      const db = this.dataSource.manager;
      if (request.idempotencyKey) {
        const existing = await this.startedBefore(db, agreementId, request.idempotencyKey, {
          routineKey: definition.key,
          partyKey: user.party.key,
          input,
        });
        if (existing) return existing;
      }
      return this.steps.write(db, {
        at,
        occurredAt: new Date(occurredAt),
        bindings,
        instance: {
          start: {
            agreementId,
            agreementVersion: version,
            routineKey: definition.key,
            routineVersion: definition.version,
            caseRef,
            status: started.effects.done ? 'done' : 'active',
            snapshot: stored(started.snapshot),
            bindings,
            startedBy: user.id,
            idempotencyKey: request.idempotencyKey ?? null,
          },
        },
        event: loggedEvent('instance.started', input, { source: 'user', user }),
        effects: started.effects,
      });
    };
    // Two retries at once meet on the unique key: the one that lost finds the winner's case.
    // (A generated reference that collides, one in 191 million a month, is simply drawn again.)
    const written = await insert().catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      caseRef = this.newCaseRef(binding);
      return insert();
    });
    if (typeof written === 'string') return this.replayed(user, written);
    await this.dispatcher.apply(written.dispatch);
    return this.stepView(
      { id: written.instanceId, caseRef, routine: `${definition.key}@${definition.version}` },
      { status: started.effects.done ? 'done' : 'active', value: started.snapshot.value },
      { type: 'instance.started', at, occurredAt: new Date(occurredAt) },
      written,
    );
  }

  /**
   * Starts an instance of a bound routine for the product itself (no user's role is checked), in
   * the caller's transaction: the caller dispatches what it returns once that has committed.
   */
  async startInTransaction(db: EntityManager, start: SystemStart): Promise<{ instanceId: string; dispatch: Dispatch }> {
    const binding = start.content.routines?.find((r) => r.key === start.binding);
    if (!binding)
      throw new EngineError('ROUTINE_NOT_BOUND', 404, `${start.content.key} binds no routine ${start.binding}`);
    const definition = await this.routines.latest(parseTemplateRef(binding.template)?.key ?? binding.template);
    const routine = this.routines.compiled(definition, binding);
    const at = this.clock.now();
    const started = startRoutine(routine, start.input, at.toISOString());
    const bindings = bindInstance(start.content, binding, undefined);
    const written = await this.steps.write(db, {
      at,
      occurredAt: at,
      bindings,
      instance: {
        start: {
          agreementId: start.agreementId,
          agreementVersion: start.version,
          routineKey: definition.key,
          routineVersion: definition.version,
          caseRef: this.newCaseRef(binding),
          status: started.effects.done ? 'done' : 'active',
          snapshot: stored(started.snapshot),
          bindings,
          startedBy: start.startedBy,
          idempotencyKey: null,
        },
      },
      event: { type: 'instance.started', payload: start.input, source: 'system' },
      effects: started.effects,
    });
    return { instanceId: written.instanceId, dispatch: written.dispatch };
  }

  /**
   * A user's event whose right the calling module checked (see Actor), applied in the caller's
   * transaction; returns what to dispatch after the commit (nothing when it changed nothing).
   */
  async applyAuthorised(
    db: EntityManager,
    instanceId: string,
    event: Record<string, unknown>,
    user: AuthUser,
  ): Promise<Dispatch> {
    const applied = await this.apply(db, instanceId, event, { source: 'user', user, authorised: true });
    return applied.written?.dispatch ?? nothingToDispatch;
  }

  /**
   * Ends an active case for the product itself, in the caller's transaction (a superseded
   * agreement version's lifecycle): through the one step writer, as a system event in its
   * history, its open tasks cancelled and its pending timers (reminders among them) cancelled.
   * Its state stays where it was, so the history shows how far it got. Nothing for a case
   * already over.
   */
  async endInTransaction(
    db: EntityManager,
    instanceId: string,
    type: string,
    payload: Record<string, unknown>,
  ): Promise<Dispatch> {
    const instance = await this.load(db, instanceId);
    if (instance.status !== 'active') return nothingToDispatch;
    const at = this.clock.now();
    const written = await this.steps.write(db, {
      at,
      bindings: instance.bindings,
      instance: {
        id: instanceId,
        move: { readVersion: instance.version, snapshot: instance.snapshot, status: 'done' },
        conflict: 'The case changed meanwhile',
      },
      event: { type, payload, source: 'system' },
      effects: { openTasks: [], closeTasks: [], armTimers: [], cancelTimers: [], done: true },
    });
    return written.dispatch;
  }

  /** A start retried under its Idempotency-Key: the case it made, as it stands now. */
  private async replayed(user: AuthUser, instanceId: string): Promise<StepView> {
    const view = await this.reader.read(user, instanceId);
    const started = view.history[0];
    return {
      id: view.id,
      caseRef: view.caseRef,
      routine: view.routine,
      status: view.status,
      state: view.state,
      activeStates: view.activeStates,
      rowVersion: view.rowVersion,
      event: started ? { seq: started.seq, type: started.type, at: started.at, occurredAt: started.occurredAt } : null,
      opened: view.tasks.filter((task) => task.status === 'open'),
      closed: [],
      armed: view.deadlines,
      cancelled: [],
    };
  }

  private stepView(
    instance: { id: string; caseRef: string; routine: string },
    after: { status: 'active' | 'done'; value: unknown },
    event: { type: string; at: Date; occurredAt: Date },
    written: WrittenStep,
  ): StepView {
    return {
      id: instance.id,
      caseRef: instance.caseRef,
      routine: instance.routine,
      status: after.status,
      state: after.value,
      activeStates: activeStateIds(after.value as Parameters<typeof activeStateIds>[0]),
      rowVersion: written.version ?? 0,
      event:
        written.seq === undefined
          ? null
          : {
              seq: written.seq,
              type: event.type,
              at: event.at.toISOString(),
              occurredAt: event.occurredAt.toISOString(),
            },
      opened: written.opened.map((row) => this.tasks.toView(row, instance.caseRef)),
      closed: written.closed,
      armed: written.armed.map(deadlineViewOf),
      cancelled: written.cancelled,
    };
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
    start: { routineKey: string; partyKey: string; input: Record<string, unknown> },
  ): Promise<string | undefined> {
    const existing = await this.instances.startedUnderKey(db, agreementId, idempotencyKey, start);
    if (!existing) return undefined;
    if (!existing.same) {
      throw new EngineError('IDEMPOTENCY_KEY_REUSED', 409, 'This Idempotency-Key was used for another start');
    }
    return existing.id;
  }

  /**
   * A user's event: only parties playing a role the event is expected from may send it. The
   * answer is what the step did; the whole case is a separate read.
   */
  async send(user: AuthUser, instanceId: string, event: Record<string, unknown>): Promise<StepView> {
    if (!isUuid(instanceId)) throw instanceNotFound(instanceId);
    // No transaction: the case is read, then the step is one statement under its version check.
    const applied = await this.apply(this.dataSource.manager, instanceId, event, { source: 'user', user });
    // A user's event that changes nothing is refused inside apply; a step was written.
    if (!applied.written) throw new Error('a user event applied without a step');
    await this.dispatcher.apply(applied.written.dispatch);
    return this.stepView(
      { id: instanceId, caseRef: applied.caseRef, routine: applied.routine },
      applied.after,
      { type: String(event['type']), at: applied.at, occurredAt: applied.occurredAt },
      applied.written,
    );
  }

  /**
   * A routine's timer fired (its row claimed in this transaction): a deadline sends its event,
   * a reminder or escalation queues notifications. Returns what to dispatch after the commit.
   */
  private async onTimer(db: EntityManager, deadline: ArmedDeadline): Promise<Dispatch> {
    const { instanceId, timer } = routineTimerOf(deadline);
    if (timer.kind === 'deadline') {
      if (!timer.event) return nothingToDispatch;
      const applied = await this.apply(
        db,
        instanceId,
        { type: timer.event },
        { source: 'timer', dueAt: deadline.dueAt },
      );
      return applied.written?.dispatch ?? nothingToDispatch;
    }
    const instance = await this.load(db, instanceId);
    const { dispatch } = await this.steps.write(db, {
      at: this.clock.now(),
      bindings: instance.bindings,
      instance: { id: instanceId },
      notify: [{ kind: timer.kind, tasks: timer.tasks, to: timer.to }],
    });
    return dispatch;
  }

  private async apply(
    db: EntityManager,
    instanceId: string,
    event: Record<string, unknown>,
    actor: Actor,
  ): Promise<Applied> {
    const instance = await this.load(db, instanceId);
    const routine = this.routines.compiled(
      await this.routines.get(instance.routine_key, instance.routine_version),
      instance.bindings.binding,
    );
    const at = this.clock.now();
    const previous = instance.last_occurred_at === null ? undefined : new Date(instance.last_occurred_at);
    // When it happened is no field of the routine's event: it is when its states are entered.
    const { occurredAt: claimed, ...sent } = event;
    event = sent;
    let occurredAt: string;
    if (actor.source === 'user') {
      if (!actor.authorised) {
        if (!mayReadCase(actor.user, instance.bindings)) throw instanceNotFound(instanceId);
        if (!mayActInCase(actor.user, instance.bindings)) throw caseRoleRequired();
        this.authorise(routine, instance.bindings, actor.user, event);
      }
      occurredAt = occurredAtOf({ occurredAt: claimed, recordedAt: at, previous });
      event = await this.fill(routine, instance, event);
    } else {
      occurredAt = timerOccurredAt(actor.dueAt, at, previous);
    }
    const result = applyEvent(routine, restoreSnapshot(routine, instance.snapshot), event, occurredAt);
    const status = result.effects.done ? 'done' : 'active';
    const after = { status, value: result.snapshot.value } as const;
    const routineRef = `${instance.routine_key}@${instance.routine_version}`;
    const happened = new Date(occurredAt);
    if (!result.changed) {
      return { caseRef: instance.case_ref, routine: routineRef, at, occurredAt: happened, after, written: undefined };
    }
    const { type, ...payload } = event;
    const written = await this.steps.write(db, {
      at,
      occurredAt: happened,
      bindings: instance.bindings,
      instance: {
        id: instanceId,
        // Another event applied since we read: never both against the same state.
        move: { readVersion: instance.version, snapshot: stored(result.snapshot), status },
        conflict: 'The case changed meanwhile; read it and send again',
      },
      event: loggedEvent(String(type), payload, actor),
      effects: result.effects,
    });
    return { caseRef: instance.case_ref, routine: routineRef, at, occurredAt: happened, after, written };
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
    if (allowed.length === 0) {
      // Say why, so the county knows what to bind: a role of the agreement without a party
      // (a coordinator whose employer neither the text nor the county names) cannot act.
      const roles = spec.sentBy.filter((role) => role !== 'timer').join(', ');
      throw new EngineError(
        'INSTANCE_FORBIDDEN',
        403,
        `No party plays ${roles}, which sends ${String(event['type'])}: the agreement names no party for the role`,
      );
    }
    if (!allowed.includes(user.party.key)) {
      throw new EngineError(
        'INSTANCE_FORBIDDEN',
        403,
        `${user.party.name} may not send ${String(event['type'])} in this case`,
      );
    }
  }

  private async load(db: EntityManager, instanceId: string): Promise<InstanceRow> {
    const row = await this.instances.load(db, instanceId);
    if (!row) throw instanceNotFound(instanceId);
    return row;
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

function loggedEvent(type: string, payload: Record<string, unknown>, actor: Actor): LoggedEvent {
  return {
    type,
    payload,
    source: actor.source,
    actor: actor.source === 'user' ? { userId: actor.user.id, partyKey: actor.user.party.key } : undefined,
  };
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

/** What a row keeps of a snapshot: the state value and the routine's memory. */
function stored(snapshot: RoutineSnapshot): StoredSnapshot {
  return { value: snapshot.value, context: snapshot.context };
}
