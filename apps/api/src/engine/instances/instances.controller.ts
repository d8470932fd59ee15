import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseBody } from '../../platform/http/parse-body.js';
import type { AuthUser } from '../../modules/auth/auth-user.js';
import { CurrentUser } from '../../modules/auth/current-user.decorator.js';
import { InstanceReader } from './instance-reader.js';
import type { InstanceView, NotificationView, TaskView } from './instance-views.js';
import { InstancesService } from './instances.service.js';

const startSchema = z.object({
  agreement: z.string().min(1),
  routine: z.string().min(1),
  caseRef: z.string().optional(),
  input: z.record(z.string(), z.unknown()).optional(),
});
const eventSchema = z.object({ type: z.string().regex(/^[a-z]+(\.[a-z][A-Za-z]*)+$/) }).catchall(z.unknown());

class StartInstanceDto {
  @ApiProperty({ example: 'jamtland-operation-norrsken' }) agreement: string;
  @ApiProperty({ description: 'the binding key (e.g. rvc) or template key (rvc-referral)', example: 'rvc' })
  routine: string;
  @ApiPropertyOptional({ description: 'pseudonymous case reference; generated when absent' }) caseRef?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { homeMunicipality: 'ostersunds-kommun' },
  })
  input?: Record<string, unknown>;
}

class EventDto {
  @ApiProperty({ example: 'case.contact.made' }) type: string;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class InstancesController {
  constructor(
    private readonly instances: InstancesService,
    private readonly reader: InstanceReader,
  ) {}

  @Post('instances')
  @ApiOperation({ summary: 'Start a case of a routine bound in a county’s published agreement' })
  start(@CurrentUser() user: AuthUser, @Body() body: StartInstanceDto): Promise<InstanceView> {
    return this.instances.start(user, parseBody(startSchema, body));
  }

  @Get('instances/:id')
  @ApiOperation({ summary: 'A case: active states, tasks with due times, armed deadlines and its whole history' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<InstanceView> {
    return this.reader.read(user, id);
  }

  @Post('instances/:id/events')
  @ApiOperation({ summary: 'Send an event; only parties playing a role the event is expected from may send it' })
  send(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: EventDto): Promise<InstanceView> {
    return this.instances.send(user, id, parseBody(eventSchema, body));
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Open tasks owed by the caller’s organisation, soonest due first' })
  tasks(@CurrentUser() user: AuthUser): Promise<TaskView[]> {
    return this.reader.tasksOfParty(user);
  }

  @Get('notifications')
  @ApiOperation({ summary: 'Reminders and escalations addressed to the caller’s organisation' })
  notifications(@CurrentUser() user: AuthUser): Promise<NotificationView[]> {
    return this.reader.notificationsOfParty(user);
  }
}
