import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import type { TaskView } from './task-view.js';
import { TasksService } from './tasks.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get('tasks')
  @Answers('TaskView', { list: true })
  @ApiOperation({ summary: 'Open tasks owed by the caller’s organisation, soonest due first' })
  list(@CurrentUser() user: AuthUser): Promise<TaskView[]> {
    return this.tasks.owedBy(user);
  }
}
