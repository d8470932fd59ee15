import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseBody } from '../../platform/http/parse-body.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { InstanceReader } from './instance-reader.service.js';
import type { InstanceView, StepView } from './instance-views.js';
import { InstancesService } from './instances.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

// Strict: a field the API does not take (a case reference of the caller's choosing) is refused, not dropped.
const startSchema = z
  .object({
    agreement: z.string().min(1).max(200),
    routine: z.string().min(1).max(200),
    input: z.record(z.string(), z.unknown()).optional(),
    occurredAt: z.string().max(64).optional(),
  })
  .strict();
const idempotencyKeySchema = z.uuid('the Idempotency-Key header is a UUID').optional();
const eventSchema = z.object({ type: z.string().regex(/^[a-z]+(\.[a-z][A-Za-z]*)+$/) }).catchall(z.unknown());

const OCCURRED_AT =
  'When it happened, if before it is recorded: ISO 8601 with an offset. The states it enters are entered ' +
  'then, so deadlines run from it (Europe/Stockholm); one already past fires at once. Not in the future ' +
  '(a clock up to one minute fast is taken as now: 422 OCCURRED_AT_IN_FUTURE beyond), nor before the ' +
  "case's previous event (422 OCCURRED_AT_BEFORE_PREVIOUS_EVENT); the path of either is occurredAt. " +
  'The history keeps both times (at: recorded, occurredAt: happened).';

class StartInstanceDto {
  @ApiProperty({ example: 'jamtland-operation-norrsken' }) agreement: string;
  @ApiProperty({ description: 'the binding key (e.g. rvc) or template key (rvc-referral)', example: 'rvc' })
  routine: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'The routine’s own input, and who the case is for when the binding names target groups (docs/cases.md): ' +
      '`targetGroup` (implied when there is one), `violenceCategory`, `violenceForms`, and `attestation`, a yes or no ' +
      'per criterion of the group (`age`, `residence`, `gender`); a case outside the group is a 422 OUTSIDE_TARGET_GROUP',
    example: {
      homeMunicipality: 'ostersunds-kommun',
      violenceCategory: 'mensViolenceAgainstWomen',
      violenceForms: ['psychological'],
      attestation: { age: true, residence: true },
    },
  })
  input?: Record<string, unknown>;
  @ApiPropertyOptional({ description: OCCURRED_AT, example: '2026-03-28T10:00:00+01:00' })
  occurredAt?: string;
}

class EventDto {
  @ApiProperty({ example: 'case.contact.made' }) type: string;
  @ApiPropertyOptional({ description: OCCURRED_AT, example: '2026-03-28T10:00:00+01:00' })
  occurredAt?: string;
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
  @Answers('StepView', { status: 201, description: 'The case started: its first step (201; 200 when an Idempotency-Key repeats a start)' })
  @ApiOperation({
    summary: 'Start a case of a routine bound in a county’s published agreement; answers with what the start did',
    description:
      'The case reference is generated (pseudonymous, never chosen by the caller). With an Idempotency-Key ' +
      '(a UUID), the same start again answers with the case it made; the key with another start is a 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a UUID chosen by the client per start' })
  start(
    @CurrentUser() user: AuthUser,
    @Body() body: StartInstanceDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<StepView> {
    const request = parseBody(startSchema, body);
    const key = parseBody(idempotencyKeySchema, idempotencyKey, 'Idempotency-Key');
    return this.instances.start(user, { ...request, idempotencyKey: key });
  }

  @Get('instances/:id')
  @Answers('InstanceView')
  @ApiOperation({ summary: 'A case: active states, tasks with due times, armed deadlines and its whole history' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<InstanceView> {
    return this.reader.read(user, id);
  }

  @Post('instances/:id/events')
  @Answers('StepView', { status: 201, description: 'What the event did: the step' })
  @ApiOperation({
    summary: 'Send an event; only parties playing a role the event is expected from may send it',
    description:
      'Answers with what the step did (new state, tasks opened and closed, timers armed and cancelled); ' +
      'the whole case is GET /api/instances/{id}.',
  })
  send(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: EventDto): Promise<StepView> {
    return this.instances.send(user, id, parseBody(eventSchema, body));
  }
}
