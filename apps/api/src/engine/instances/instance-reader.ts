import { Injectable } from '@nestjs/common';
import { activeStateIds } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { EngineError } from '../engine.error.js';
import { isUuid } from '../../platform/http/params.js';
import { mayReadCase, readsEveryCase, worksInCases } from './case-access.js';
import type { InstanceBindings } from './instance-bindings.js';
import type { DeadlineView, EventView, InstanceView, NotificationView, TaskView } from './instance-views.js';

interface TaskRow {
  id: string;
  instance_id: string;
  case_ref: string;
  key: string;
  title: string;
  owed_by: string;
  party_keys: string[];
  status: TaskView['status'];
  opened_at: Date;
  due_at: Date | null;
}

/**
 * Reads cases for a user: only parties with a role in a case (and admins) see it; a member sees
 * the tasks and notifications of their own party. Case data carries no personal data, only the
 * pseudonymous case reference.
 */
@Injectable()
export class InstanceReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async read(user: AuthUser, id: string): Promise<InstanceView> {
    if (!isUuid(id)) throw new EngineError('INSTANCE_NOT_FOUND', 404, `No case ${id}`);
    const rows: {
      id: string;
      case_ref: string;
      key: string;
      agreement_version: number;
      routine_key: string;
      routine_version: number;
      status: 'active' | 'done';
      snapshot: { value: Parameters<typeof activeStateIds>[0] };
      bindings: InstanceBindings;
      version: number;
    }[] = await this.dataSource.query(
      `SELECT i.id, i.case_ref, a.key, i.agreement_version, i.routine_key, i.routine_version, i.status, i.snapshot, i.bindings, i.version
       FROM instance i JOIN agreement a ON a.id = i.agreement_id WHERE i.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row || !mayReadCase(user, row.bindings)) throw new EngineError('INSTANCE_NOT_FOUND', 404, `No case ${id}`);
    const [tasks, deadlines, history] = await Promise.all([this.tasksOf(id), this.deadlinesOf(id), this.historyOf(id)]);
    return {
      id: row.id,
      caseRef: row.case_ref,
      agreement: row.key,
      agreementVersion: row.agreement_version,
      routine: `${row.routine_key}@${row.routine_version}`,
      status: row.status,
      state: row.snapshot.value,
      activeStates: activeStateIds(row.snapshot.value),
      tasks,
      deadlines,
      history,
      rowVersion: row.version,
    };
  }

  /** Open tasks owed by the user's party, soonest due first. */
  async tasksOfParty(user: AuthUser): Promise<TaskView[]> {
    const everyone = this.listScope(user);
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT t.*, i.case_ref FROM task t JOIN instance i ON i.id = t.instance_id
       WHERE t.status = 'open' AND ($2 OR $1 = ANY(t.party_keys)) ORDER BY t.due_at NULLS LAST, t.opened_at LIMIT 500`,
      [user.party.key, everyone],
    );
    return rows.map((row) => this.taskView(row));
  }

  async notificationsOfParty(user: AuthUser): Promise<NotificationView[]> {
    const rows: {
      id: string;
      instance_id: string;
      case_ref: string;
      kind: NotificationView['kind'];
      task_keys: string[];
      recipient_role: string;
      recipient_party_keys: string[];
      status: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT n.*, i.case_ref FROM notification n JOIN instance i ON i.id = n.instance_id
       WHERE $2 OR $1 = ANY(n.recipient_party_keys) ORDER BY n.created_at DESC LIMIT 500`,
      [user.party.key, this.listScope(user)],
    );
    return rows.map((row) => ({
      id: row.id,
      instanceId: row.instance_id,
      caseRef: row.case_ref,
      kind: row.kind,
      taskKeys: row.task_keys,
      recipientRole: row.recipient_role,
      recipientParties: row.recipient_party_keys,
      status: row.status,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  /** Lists are for case workers (their organisation's) and the admin (everyone's); true means everyone's. */
  private listScope(user: AuthUser): boolean {
    if (readsEveryCase(user)) return true;
    if (worksInCases(user)) return false;
    throw new EngineError('CASE_ROLE_REQUIRED', 403, 'Tasks and notifications are for case workers of an organisation');
  }

  private async tasksOf(instanceId: string): Promise<TaskView[]> {
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT t.*, i.case_ref FROM task t JOIN instance i ON i.id = t.instance_id WHERE t.instance_id = $1 ORDER BY t.opened_at, t.key`,
      [instanceId],
    );
    return rows.map((row) => this.taskView(row));
  }

  private async deadlinesOf(instanceId: string): Promise<DeadlineView[]> {
    const rows: { id: string; payload: { timer: { kind: string; key: string; state: string } }; due_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, payload, due_at FROM deadline WHERE subject_id = $1 AND status = 'pending' ORDER BY due_at`,
        [instanceId],
      );
    return rows.map((row) => ({
      id: row.id,
      kind: row.payload.timer.kind,
      key: row.payload.timer.key,
      state: row.payload.timer.state,
      dueAt: new Date(row.due_at).toISOString(),
    }));
  }

  private async historyOf(instanceId: string): Promise<EventView[]> {
    const rows: {
      seq: number;
      type: string;
      payload: Record<string, unknown>;
      source: EventView['source'];
      actor_party_key: string | null;
      at: Date;
    }[] = await this.dataSource.query(
      'SELECT seq, type, payload, source, actor_party_key, at FROM instance_event WHERE instance_id = $1 ORDER BY seq',
      [instanceId],
    );
    return rows.map((row) => ({
      seq: row.seq,
      type: row.type,
      payload: row.payload,
      source: row.source,
      actorParty: row.actor_party_key,
      at: new Date(row.at).toISOString(),
    }));
  }

  private taskView(row: TaskRow): TaskView {
    const dueAt = row.due_at ? new Date(row.due_at) : null;
    return {
      id: row.id,
      instanceId: row.instance_id,
      caseRef: row.case_ref,
      key: row.key,
      title: row.title,
      owedBy: row.owed_by,
      parties: row.party_keys,
      status: row.status,
      openedAt: new Date(row.opened_at).toISOString(),
      dueAt: dueAt?.toISOString() ?? null,
      overdue: row.status === 'open' && dueAt !== null && dueAt.getTime() < this.clock.now().getTime(),
    };
  }
}
