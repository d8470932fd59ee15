import { Injectable } from '@nestjs/common';
import { activeStateIds } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { isUuid } from '../../platform/http/params.js';
import { DeadlineRepository } from '../deadlines/deadline.repository.js';
import { EngineError } from '../engine.error.js';
import { mayReadCase } from '../instance-store/case-access.js';
import { InstanceRepository } from '../instance-store/instance.repository.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { InstanceView } from './instance-views.js';

/**
 * Reads a whole case for a user: only parties with a role in it (and admins) see it. Case data
 * carries no personal data, only the pseudonymous case reference.
 */
@Injectable()
export class InstanceReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instances: InstanceRepository,
    private readonly tasks: TasksService,
    private readonly deadlines: DeadlineRepository,
  ) {}

  async read(user: AuthUser, id: string): Promise<InstanceView> {
    if (!isUuid(id)) throw new EngineError('INSTANCE_NOT_FOUND', 404, `No case ${id}`);
    const row = await this.instances.load(this.dataSource.manager, id);
    if (!row || !mayReadCase(user, row.bindings)) throw new EngineError('INSTANCE_NOT_FOUND', 404, `No case ${id}`);
    const [tasks, deadlines, history] = await Promise.all([
      this.tasks.ofCase(id, row.case_ref),
      this.deadlines.pendingTimersOf(id),
      this.instances.history(id),
    ]);
    return {
      id: row.id,
      caseRef: row.case_ref,
      agreement: row.bindings.agreementKey,
      agreementVersion: row.agreement_version,
      routine: `${row.routine_key}@${row.routine_version}`,
      status: row.status,
      state: row.snapshot.value,
      activeStates: activeStateIds(row.snapshot.value),
      tasks,
      deadlines,
      history: history.map((event) => ({
        seq: event.seq,
        type: event.type,
        payload: event.payload,
        source: event.source,
        actorParty: event.actor_party_key,
        at: new Date(event.at).toISOString(),
        occurredAt: new Date(event.occurred_at).toISOString(),
      })),
      rowVersion: row.version,
    };
  }
}
