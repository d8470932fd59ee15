import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { CASE_LIST_LIMIT, listScope } from '../instance-store/case-lists.js';
import { InstanceRepository } from '../instance-store/instance.repository.js';
import { type TaskRow, TaskRepository } from './task.repository.js';
import type { TaskView } from './task-view.js';

/** Tasks as people see them: a case's, and the open ones an organisation owes. */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly instances: InstanceRepository,
    private readonly clock: Clock,
  ) {}

  /** Open tasks owed by the user's party (every party's for the admin), soonest due first. */
  async owedBy(user: AuthUser): Promise<TaskView[]> {
    const rows = await this.tasks.openOwedBy(listScope(user), CASE_LIST_LIMIT);
    const caseRefs = await this.instances.caseRefs(rows.map((row) => row.instance_id));
    return rows.map((row) => this.toView(row, caseRefs.get(row.instance_id) ?? ''));
  }

  /** Every task of one case (its reader has checked access). */
  async ofCase(instanceId: string, caseRef: string): Promise<TaskView[]> {
    return (await this.tasks.ofInstance(instanceId)).map((row) => this.toView(row, caseRef));
  }

  /** A task row as people see it, `overdue` by the clock. */
  toView(row: TaskRow, caseRef: string): TaskView {
    const dueAt = row.due_at ? new Date(row.due_at) : null;
    return {
      id: row.id,
      instanceId: row.instance_id,
      caseRef,
      key: row.key,
      title: row.title,
      owedBy: row.owed_by,
      parties: row.party_keys,
      status: row.status,
      openedAt: new Date(row.opened_at).toISOString(),
      dueAt: dueAt?.toISOString() ?? null,
      // Overdue from the instant it falls due, when its deadline fires: the case and the task agree.
      overdue: row.status === 'open' && dueAt !== null && dueAt.getTime() <= this.clock.now().getTime(),
    };
  }
}
