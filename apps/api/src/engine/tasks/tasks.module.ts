import { Module } from '@nestjs/common';
import { InstanceStoreModule } from '../instance-store/instance-store.module.js';
import { TaskEntity } from './task.entity.js';
import { TaskRepository } from './task.repository.js';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

/** Tasks of cases: their table, a case's tasks, and the open ones an organisation owes. */
@Module({
  imports: [InstanceStoreModule],
  controllers: [TasksController],
  providers: [TaskRepository, TasksService],
  exports: [TaskRepository, TasksService],
})
export class TasksModule {
  static readonly entities = [TaskEntity];
}
