import { Module } from '@nestjs/common';
import { InstanceEventEntity } from './instance-event.entity.js';
import { InstanceEntity } from './instance.entity.js';
import { InstanceRepository } from './instance.repository.js';

/**
 * A case's own rows: the instance and its event log, behind their one owner. Below tasks and
 * notifications (their lists show the case reference) and the instances module (which writes
 * steps), so that none of them needs another's module to reach these rows.
 */
@Module({ providers: [InstanceRepository], exports: [InstanceRepository] })
export class InstanceStoreModule {
  static readonly entities = [InstanceEntity, InstanceEventEntity];
}
